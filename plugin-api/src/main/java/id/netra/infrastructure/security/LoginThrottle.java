package id.netra.infrastructure.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Wrong logins counted per address and per name that has no account, in this instance's memory:
 * what a known account counts lives on the account itself, shared by every instance. Unknown names
 * are locked exactly as accounts are, so that the answers do not tell which names exist. The table
 * keeps at most {@link #CAPACITY} keys (the least recently failed go first), so a flood of made-up
 * names or addresses cannot fill the heap.
 */
public final class LoginThrottle {

  static final int CAPACITY = 100_000;

  private final LoginPolicy policy;
  private final Map<String, Failures> failures =
      new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
          return size() > CAPACITY;
        }
      };

  public LoginThrottle(LoginPolicy policy) {
    this.policy = policy;
  }

  private static final class Failures {
    int count;
    Instant last;
    Instant heldUntil;
  }

  /** Until when logins from this address are held back, if they are now. */
  public synchronized Optional<Instant> addressHeld(String address, Instant now) {
    return held("addr:" + address, now);
  }

  /** Until when an unknown name is locked, if it is now. */
  public synchronized Optional<Instant> nameLocked(String name, Instant now) {
    return held("name:" + name, now);
  }

  /** Counts a wrong login from the address (and, for a name without account, against the name). */
  public synchronized void failed(String address, String unknownName, Instant now) {
    count("addr:" + address, policy.addressFailures(), now, true);
    if (unknownName != null) {
      count("name:" + unknownName, policy.lockAfter(), now, false);
    }
  }

  /** A right password from the address: its count starts again. */
  public synchronized void succeeded(String address) {
    failures.remove("addr:" + address);
  }

  private Optional<Instant> held(String key, Instant now) {
    Failures f = failures.get(key);
    return f == null || f.heldUntil == null || !f.heldUntil.isAfter(now)
        ? Optional.empty()
        : Optional.of(f.heldUntil);
  }

  private void count(String key, int threshold, Instant now, boolean address) {
    Failures f = failures.computeIfAbsent(key, k -> new Failures());
    if (f.last != null && policy.forgotten(f.last, now)) {
      f.count = 0;
    }
    f.count++;
    f.last = now;
    Duration hold = address ? policy.holdAddressFor(f.count) : policy.lockFor(f.count);
    if (!hold.isZero()) {
      f.heldUntil = now.plus(hold);
    }
  }
}
