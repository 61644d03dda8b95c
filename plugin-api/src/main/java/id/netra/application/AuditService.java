package id.netra.application;

import id.netra.domain.audit.AuditEntry;
import id.netra.domain.audit.AuditQuery;
import id.netra.domain.audit.AuditRecord;
import id.netra.domain.audit.AuditRepository;
import id.netra.domain.audit.ChainVerification;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/** Appends audit entries in the caller's transaction, and verifies the chain. */
@Stateless
public class AuditService {

  private static final Jsonb JSON = JsonbBuilder.create();
  private static final int PAGE = 500;

  @Inject AuditRepository audit;

  /** Records a change in the caller's transaction: it stands or falls with the change. */
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
   * entries only; a central account every entry, or one agency's when it names one.
   */
  public List<AuditEntry> search(Actor actor, AuditQuery query) {
    return audit.find(query.within(actor.scope(query.agency())).pagedBy(PAGE));
  }

  /** Walks the whole chain page by page. */
  public ChainVerification verify() {
    return ChainVerification.verify(new PagedEntries());
  }

  private final class PagedEntries implements Iterator<AuditEntry> {
    private List<AuditEntry> page = audit.find(AuditQuery.page(0, PAGE));
    private int index;

    @Override
    public boolean hasNext() {
      if (index < page.size()) {
        return true;
      }
      if (page.size() < PAGE) {
        return false;
      }
      page = audit.find(AuditQuery.page(page.get(page.size() - 1).seq(), PAGE));
      index = 0;
      return !page.isEmpty();
    }

    @Override
    public AuditEntry next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return page.get(index++);
    }
  }
}
