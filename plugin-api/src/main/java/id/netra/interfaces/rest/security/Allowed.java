package id.netra.interfaces.rest.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call a resource method (or every method of a class). Netra checks it in {@link
 * AuthenticationFilter}; it is not {@code @RolesAllowed}, which would hand the request to the
 * container's own realms.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Allowed {
  String[] value();
}
