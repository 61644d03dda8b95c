package id.netra.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AuditQueryTest {

  static final AuditQuery ASKED =
      new AuditQuery("OTHER", "case", "7", "admin", "CASE_DECIDE", null, null, -5, 10_000);

  @Test
  void theScopeReplacesTheAgencyAskedFor() {
    AuditQuery q = ASKED.within("DEMO");
    assertEquals("DEMO", q.agency());
    assertEquals("case", q.entityType());
    assertEquals("CASE_DECIDE", q.action());
  }

  @Test
  void pagesStayWithinTheirBounds() {
    AuditQuery q = ASKED.pagedBy(500);
    assertEquals(0, q.afterSeq());
    assertEquals(500, q.limit());
    AuditQuery tiny = new AuditQuery(null, null, null, null, null, null, null, 3, 0).pagedBy(500);
    assertEquals(1, tiny.limit());
    assertEquals(3, tiny.afterSeq());
  }
}
