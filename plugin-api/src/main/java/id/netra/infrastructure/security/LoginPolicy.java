package id.netra.infrastructure.security;

import java.time.Duration;
import java.time.Instant;

/**
 * How logins are throttled and how long sessions last ({@code netra.login.*}, {@code
 * netra.session.*}; config/README.md, "Accounts and logins").
 *
 * @param lockAfter wrong passwords in a row that lock an account (or an unknown name) for {@code
 *     lockBase}, doubled with each further one up to {@code lockMax}
 * @param addressFailures wrong logins from one address that hold that address back the same way
 * @param forgetAfter how long after the last wrong password the count starts again
 * @param sessionIdle a console session ends after this long without a request
 * @param sessionMax and after this long in any case
 * @param tokenLifetime a script's bearer token lasts this long
 */
public record LoginPolicy(
    int lockAfter,
    Duration lockBase,
    Duration lockMax,
    int addressFailures,
    Duration forgetAfter,
    Duration sessionIdle,
    Duration sessionMax,
    Duration tokenLifetime) {

  public static final LoginPolicy DEFAULTS =
      new LoginPolicy(
          5,
          Duration.ofSeconds(30),
          Duration.ofMinutes(15),
          20,
          Duration.ofMinutes(15),
          Duration.ofMinutes(30),
          Duration.ofHours(12),
          Duration.ofMinutes(30));

  /** How long an account (or name) is locked after its {@code failures}-th wrong password. */
  public Duration lockFor(int failures) {
    return backOff(failures, lockAfter);
  }

  /** How long an address is held back after its {@code failures}-th wrong login. */
  public Duration holdAddressFor(int failures) {
    return backOff(failures, addressFailures);
  }

  /** Whether a wrong password of then is too old to count any more. */
  public boolean forgotten(Instant lastFailure, Instant now) {
    return !lastFailure.plus(forgetAfter).isAfter(now);
  }

  private Duration backOff(int failures, int threshold) {
    if (failures < threshold) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - threshold, 20);
    Duration lock = lockBase.multipliedBy(1L << doublings);
    return lock.compareTo(lockMax) > 0 ? lockMax : lock;
  }
}
