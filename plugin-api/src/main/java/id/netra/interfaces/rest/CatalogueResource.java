package id.netra.interfaces.rest;

import id.netra.application.CatalogueService;
import id.netra.domain.discipline.Catalogue;
import id.netra.domain.discipline.SanctionType;
import id.netra.domain.discipline.ViolationRules;
import id.netra.domain.discipline.ViolationType;
import id.netra.infrastructure.security.Role;
import id.netra.interfaces.rest.dto.Inputs;
import id.netra.interfaces.rest.security.Allowed;
import id.netra.interfaces.rest.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The shared catalogue of sanction and violation types: read by everyone who works cases, corrected
 * and extended by central administrators only.
 */
@Path("cases/catalogue")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cases and sanctions")
public class CatalogueResource {

  @Inject CatalogueService catalogues;
  @Inject CurrentCaller caller;

  /** A sanction type as listed. */
  public record SanctionDto(
      String code,
      String siasnHukumanId,
      String name,
      String tier,
      String track,
      int months,
      boolean permanent,
      boolean issuable,
      boolean forPns,
      boolean forPppk,
      boolean forNonAsn,
      boolean dismissal,
      boolean siasnRecord,
      String regulation,
      int revision) {
    static SanctionDto of(SanctionType s) {
      return new SanctionDto(
          s.code(),
          s.siasnHukumanId(),
          s.name(),
          s.tier() == null ? null : s.tier().name(),
          s.track().name(),
          s.months(),
          s.permanent(),
          s.issuable(),
          s.forPns(),
          s.forPppk(),
          s.forNonAsn(),
          s.dismissal(),
          s.siasnRecord(),
          s.regulation(),
          s.revision());
    }
  }

  /** One stage's rules of a violation type. */
  public record RulesDto(String track, String tier, Set<String> allowedSanctions) {
    static RulesDto of(ViolationRules r) {
      return r == null
          ? null
          : new RulesDto(
              r.track().name(), r.tier() == null ? null : r.tier().name(), r.allowedSanctions());
    }

    CatalogueService.RulesInput input() {
      return new CatalogueService.RulesInput(track, tier, allowedSanctions);
    }
  }

  /**
   * A violation type as listed, added or revised: {@code track}, {@code tier} and {@code
   * allowedSanctions} are its rules (before the candidate determination day, and after it when
   * {@code afterDetermination} is null).
   */
  public record ViolationDto(
      String code,
      Integer version,
      String nameId,
      String nameEn,
      String basis,
      String track,
      String tier,
      Set<String> allowedSanctions,
      RulesDto afterDetermination,
      String siasnReasonId,
      boolean toVerify) {
    static ViolationDto of(ViolationType v) {
      return new ViolationDto(
          v.code(),
          v.catalogueVersion(),
          v.nameId(),
          v.nameEn(),
          v.basis(),
          v.track().name(),
          v.tier() == null ? null : v.tier().name(),
          v.allowedSanctions(),
          RulesDto.of(v.afterRules()),
          v.siasnReasonId(),
          v.toVerify());
    }

    CatalogueService.RulesInput before() {
      return new CatalogueService.RulesInput(track, tier, allowedSanctions);
    }

    CatalogueService.RulesInput after() {
      return afterDetermination == null ? null : afterDetermination.input();
    }
  }

  public record CatalogueDto(List<SanctionDto> sanctions, List<ViolationDto> violations) {}

  /**
   * A sanction type as a central administrator adds or corrects it: code, tier and track only when
   * adding; the rest is what a revision may change.
   */
  public record SanctionInput(
      String code,
      String tier,
      String track,
      String name,
      String siasnHukumanId,
      Integer months,
      boolean permanent,
      boolean issuable,
      boolean forPns,
      boolean forPppk,
      boolean forNonAsn,
      boolean dismissal,
      String regulation) {
    SanctionType.Revision revision() {
      return new SanctionType.Revision(
          name,
          siasnHukumanId,
          months == null ? 0 : months,
          permanent,
          issuable,
          forPns,
          forPppk,
          forNonAsn,
          dismissal,
          regulation);
    }
  }

  @GET
  @Allowed({Role.ADMIN, Role.OFFICER, Role.PPK, Role.AUDITOR})
  @Operation(summary = "Sanction types and the current violation types")
  public CatalogueDto catalogue() {
    Catalogue c = catalogues.catalogue();
    return new CatalogueDto(
        c.sanctions().stream().map(SanctionDto::of).toList(),
        c.violations().stream().map(ViolationDto::of).toList());
  }

  @PUT
  @Path("violations/{code}")
  @Allowed(Role.ADMIN)
  @Operation(
      summary = "Correct a violation type (central administrators)",
      description =
          "Creates the next version; cases keep the version they were registered under."
              + " afterDetermination: other rules for acts on or after the candidate determination"
              + " day (null: the same throughout). An agency's administrator is answered 403"
              + " CENTRAL_ONLY: the catalogue is shared.")
  public ViolationDto revise(@PathParam("code") String code, ViolationDto body) {
    Inputs.requireBody(body);
    return ViolationDto.of(
        catalogues.reviseViolation(
            caller.actor(),
            code,
            body.nameId(),
            body.nameEn(),
            body.before(),
            body.after(),
            body.siasnReasonId(),
            body.toVerify()));
  }

  @POST
  @Path("violations")
  @Allowed(Role.ADMIN)
  @Operation(
      summary = "Add a violation type (central administrators)",
      description =
          "For a breach the catalogue lacks (an SKB item, a task force's decision): code (capitals,"
              + " digits, dashes), names, basis, rules and the SIASN alasanHukumanDisiplinId.")
  public Response addViolation(ViolationDto body) {
    Inputs.requireBody(body);
    ViolationType v =
        catalogues.addViolation(
            caller.actor(),
            body.code(),
            body.nameId(),
            body.nameEn(),
            body.basis(),
            body.before(),
            body.after(),
            body.siasnReasonId(),
            body.toVerify());
    return Response.created(URI.create("cases/catalogue/violations/" + v.code()))
        .entity(ViolationDto.of(v))
        .build();
  }

  @PUT
  @Path("sanctions/{code}")
  @Allowed(Role.ADMIN)
  @Operation(
      summary = "Correct a sanction type (central administrators)",
      description =
          "name, siasnHukumanId (one SIASN's jenisHukuman knows, or none), months, permanent,"
              + " issuable, forPns/forPppk/forNonAsn, dismissal, regulation; code, tier and track"
              + " stay. Raises its revision: decided cases keep their period and name the revision"
              + " they used. 403 CENTRAL_ONLY for an agency's administrator.")
  public SanctionDto reviseSanction(@PathParam("code") String code, SanctionInput body) {
    Inputs.requireBody(body);
    return SanctionDto.of(catalogues.reviseSanction(caller.actor(), code, body.revision()));
  }

  @POST
  @Path("sanctions")
  @Allowed(Role.ADMIN)
  @Operation(
      summary = "Add a sanction type (central administrators)",
      description =
          "code (capitals, digits, dashes), tier (R, S, B or none), track, and the fields of a"
              + " revision; a contract measure (track CONTRACT) is for non-ASN staff only.")
  public Response addSanction(SanctionInput body) {
    Inputs.requireBody(body);
    SanctionType s =
        catalogues.addSanction(
            caller.actor(), body.code(), body.tier(), body.track(), body.revision());
    return Response.created(URI.create("cases/catalogue/sanctions/" + s.code()))
        .entity(SanctionDto.of(s))
        .build();
  }
}
