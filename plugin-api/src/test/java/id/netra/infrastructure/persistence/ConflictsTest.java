package id.netra.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ConflictsTest {

  @Test
  void onlyAUniqueKeyRaceIsAConflict() {
    assertTrue(
        Conflicts.isUniqueViolation(
            new RuntimeException("wrapped", new SQLException("duplicate key", "23505"))));
    assertFalse(Conflicts.isUniqueViolation(new SQLException("null value", "23502")));
    assertFalse(Conflicts.isUniqueViolation(new SQLException("foreign key", "23503")));
    assertFalse(Conflicts.isUniqueViolation(new SQLException("check", "23514")));
    assertFalse(Conflicts.isUniqueViolation(new RuntimeException("no SQL at all")));
  }
}
