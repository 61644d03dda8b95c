package id.netra.interfaces.rest.dto;

/** One reason of a decision, with the action the employee can take and where. */
public record ReasonDto(
    String code,
    String severity,
    String messageId,
    String messageEn,
    String action,
    String actionUrl) {}
