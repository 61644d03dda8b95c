package id.netra.interfaces.rest.security;

import id.netra.application.Actor;
import java.util.Set;

/**
 * The authenticated caller of one request.
 *
 * @param actor who acts, for the services
 * @param roles the roles granted
 */
public record Caller(Actor actor, Set<String> roles) {

  public static final Caller ANONYMOUS = new Caller(null, Set.of());

  public boolean authenticated() {
    return actor != null;
  }
}
