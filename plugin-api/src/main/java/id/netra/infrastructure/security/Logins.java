package id.netra.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This instance's login settings, its throttle, and the cap on password checks running at once (a
 * flood of logins waits for the cap or is told to come back, instead of taking every core from the
 * requests the server is there for).
 */
@ApplicationScoped
public class Logins {

  @Inject
  @ConfigProperty(name = "netra.login.lock-after", defaultValue = "5")
  int lockAfter;

  @Inject
  @ConfigProperty(name = "netra.login.lock-base", defaultValue = "PT30S")
  Duration lockBase;

  @Inject
  @ConfigProperty(name = "netra.login.lock-max", defaultValue = "PT15M")
  Duration lockMax;

  @Inject
  @ConfigProperty(name = "netra.login.address-failures", defaultValue = "20")
  int addressFailures;

  @Inject
  @ConfigProperty(name = "netra.login.forget-after", defaultValue = "PT15M")
  Duration forgetAfter;

  @Inject
  @ConfigProperty(name = "netra.session.idle", defaultValue = "PT30M")
  Duration sessionIdle;

  @Inject
  @ConfigProperty(name = "netra.session.max", defaultValue = "PT12H")
  Duration sessionMax;

  @Inject
  @ConfigProperty(name = "netra.session.token-lifetime", defaultValue = "PT30M")
  Duration tokenLifetime;

  private LoginPolicy policy;
  private LoginThrottle throttle;
  private Semaphore checks;

  @PostConstruct
  void init() {
    policy =
        new LoginPolicy(
            lockAfter,
            lockBase,
            lockMax,
            addressFailures,
            forgetAfter,
            sessionIdle,
            sessionMax,
            tokenLifetime);
    throttle = new LoginThrottle(policy);
    checks = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));
  }

  public LoginPolicy policy() {
    return policy;
  }

  public LoginThrottle throttle() {
    return throttle;
  }

  /** Takes a turn for a password check; false when none came free in a few seconds. */
  public boolean acquireCheck() {
    try {
      return checks.tryAcquire(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  public void releaseCheck() {
    checks.release();
  }
}
