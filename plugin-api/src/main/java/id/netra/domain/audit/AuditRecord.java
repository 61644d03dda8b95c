package id.netra.domain.audit;

/**
 * What happened, before it is chained: who did what to which thing, and its state before and after
 * (as JSON text; null where there is none).
 */
public record AuditRecord(
    String actor,
    String agencyCode,
    String action,
    String entityType,
    String entityId,
    String before,
    String after) {}
