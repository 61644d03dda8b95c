package id.netra.infrastructure.persistence;

import java.sql.SQLException;

/**
 * Recognises a unique-constraint violation (SQL state 23505, on PostgreSQL and H2 alike) anywhere
 * in a cause chain. Other integrity failures (a null, a foreign key, a check) are faults of Netra's
 * own validation, not races, and are not answered as conflicts.
 */
public final class Conflicts {

  private Conflicts() {}

  /**
   * Whether the failure is two writers racing for the same unique key (the same requestRef twice at
   * once, a second valid signature): the loser should be told to retry, not shown a 500.
   */
  public static boolean isUniqueViolation(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().equals("23505")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the database refused a text longer than its column (SQL state 22001 on PostgreSQL and
   * H2): a length Netra's validation should have caught, answered as bad input, never as a 500.
   */
  public static boolean isValueTooLong(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && "22001".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
