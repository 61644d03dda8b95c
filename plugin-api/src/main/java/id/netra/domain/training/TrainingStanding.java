package id.netra.domain.training;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;

/**
 * Where an employee stands with a training on a given day: never passed, passed and still valid, or
 * passed but expired.
 *
 * @param state the standing
 * @param validUntil the last day the newest pass is valid, or null if never passed
 */
public record TrainingStanding(State state, LocalDate validUntil) {

  public enum State {
    NOT_PASSED,
    PASSED,
    EXPIRED
  }

  public static final TrainingStanding NOT_PASSED = new TrainingStanding(State.NOT_PASSED, null);

  /** The standing given every completion of the module the employee has. */
  public static TrainingStanding of(Collection<TrainingCompletion> completions, LocalDate day) {
    return of(
        completions.stream()
            .map(TrainingCompletion::validUntil)
            .max(Comparator.naturalOrder())
            .orElse(null),
        day);
  }

  /** The standing on {@code day} of an employee whose latest pass is valid until {@code until}. */
  public static TrainingStanding of(LocalDate until, LocalDate day) {
    if (until == null) {
      return NOT_PASSED;
    }
    return new TrainingStanding(day.isAfter(until) ? State.EXPIRED : State.PASSED, until);
  }
}
