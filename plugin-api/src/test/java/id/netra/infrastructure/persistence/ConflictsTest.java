package id.netra.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class ConflictsTest {

  @Test
  void uniqueViolationsAreFoundDeepInTheChain() {
    Exception h2 =
        new RuntimeException(
            "tx",
            new IllegalStateException(
                "flush", new SQLIntegrityConstraintViolationException("dup", "23505")));
    Exception postgres = new RuntimeException(new SQLException("duplicate key", "23505"));
    assertTrue(Conflicts.isUniqueViolation(h2));
    assertTrue(Conflicts.isUniqueViolation(postgres));
  }

  @Test
  void otherFailuresAreNot() {
    assertFalse(
        Conflicts.isUniqueViolation(new RuntimeException(new SQLException("down", "08001"))));
    assertFalse(Conflicts.isUniqueViolation(new IllegalStateException("boom")));
    assertFalse(Conflicts.isUniqueViolation(new RuntimeException(new SQLException("no state"))));
  }
}
