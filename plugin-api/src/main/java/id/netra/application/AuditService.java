package id.netra.application;

import id.netra.domain.audit.AuditEntry;
import id.netra.domain.audit.AuditQuery;
import id.netra.domain.audit.AuditRecord;
import id.netra.domain.audit.AuditRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import java.util.Map;

/** Keeps audit records in the caller's transaction, and searches the trail. */
@Stateless
public class AuditService {

  private static final Jsonb JSON = JsonbBuilder.create();
  private static final int PAGE = 500;

  @Inject AuditRepository audit;
  @Inject AuditSealer sealer;

  /**
   * Records a change in the caller's transaction: it stands or falls with the change. The record is
   * chained by the sealer once committed; no lock is taken here.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void record(
      Actor actor,
      String agency,
      String action,
      String entityType,
      Object entityId,
      Map<String, Object> before,
      Map<String, Object> after) {
    audit.append(
        new AuditRecord(
            actor.name(),
            agency,
            action,
            entityType,
            String.valueOf(entityId),
            before == null ? null : JSON.toJson(before),
            after == null ? null : JSON.toJson(after)));
  }

  /**
   * Searches the trail within what the caller may read: an agency's account sees its agency's
   * entries only; a central account every entry, or one agency's when it names one. What was
   * committed before the search is sealed first, so the caller sees it.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public List<AuditEntry> search(Actor actor, AuditQuery query) {
    sealer.sealCommitted();
    return audit.find(query.within(actor.scope(query.agency())).pagedBy(PAGE));
  }

  /** Records committed and not yet chained: how many, and the oldest one's time. */
  public AuditRepository.Backlog backlog() {
    return audit.backlog();
  }
}
