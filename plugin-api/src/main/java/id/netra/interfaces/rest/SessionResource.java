package id.netra.interfaces.rest;

import id.netra.application.ElectionService;
import id.netra.domain.election.ElectionPeriod;
import id.netra.infrastructure.security.LoginService;
import id.netra.infrastructure.security.Role;
import id.netra.interfaces.rest.security.Allowed;
import id.netra.interfaces.rest.security.ConsoleAuthenticationMechanism;
import id.netra.interfaces.rest.security.CurrentCaller;
import id.netra.interfaces.rest.security.ForEveryLogin;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who the console's caller is, and what the console needs before its first page. */
@Path("session")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Console")
public class SessionResource {

  @Inject CurrentCaller caller;
  @Inject ElectionService elections;
  @Context HttpServletRequest request;

  /** An election as the console lists it. */
  public record ElectionRef(
      long id, String name, LocalDate startDate, LocalDate endDate, Set<String> agencies) {}

  /**
   * @param agency the account's agency, or null for a central account (which chooses among {@code
   *     agencies})
   * @param csrfToken what every change from this browser session carries in {@code X-CSRF-Token}
   *     (none for a bearer token)
   * @param mustChangePassword the password was set by an administrator: change it first
   */
  public record Session(
      String name,
      String agency,
      List<String> roles,
      List<String> agencies,
      List<ElectionRef> elections,
      String csrfToken,
      boolean mustChangePassword) {}

  @GET
  @ForEveryLogin
  @Allowed({Role.ADMIN, Role.OFFICER, Role.PPK, Role.AUDITOR})
  @Operation(
      summary = "The console's session",
      description =
          "The account's name, agency and roles, and the elections it can see (with their"
              + " agencies), so that the console's first page needs no other round trip.")
  public Session session() {
    var actor = caller.actor();
    List<ElectionPeriod> visible = elections.visible(actor);
    Set<String> agencies = new TreeSet<>();
    visible.forEach(e -> agencies.addAll(e.agencies()));
    if (actor.agencyCode() != null) {
      agencies.retainAll(Set.of(actor.agencyCode()));
    }
    var login =
        request.getAttribute(ConsoleAuthenticationMechanism.SESSION_ATTRIBUTE)
                instanceof LoginService.ActiveSession s
            ? s
            : null;
    return new Session(
        actor.displayName(),
        actor.agencyCode(),
        caller.get().roles().stream().sorted().toList(),
        List.copyOf(agencies),
        visible.stream()
            .map(
                e ->
                    new ElectionRef(
                        e.id(), e.name(), e.startDate(), e.endDate(), Set.copyOf(e.agencies())))
            .toList(),
        login == null ? null : login.csrfToken(),
        login != null && login.mustChangePassword());
  }
}
