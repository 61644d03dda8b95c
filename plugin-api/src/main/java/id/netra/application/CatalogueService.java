package id.netra.application;

import id.netra.domain.discipline.CaseRepository;
import id.netra.domain.discipline.Catalogue;
import id.netra.domain.discipline.CatalogueUpgrade;
import id.netra.domain.discipline.SanctionType;
import id.netra.domain.discipline.StandardCatalogue;
import id.netra.domain.discipline.Tier;
import id.netra.domain.discipline.Track;
import id.netra.domain.discipline.ViolationRules;
import id.netra.domain.discipline.ViolationType;
import id.netra.domain.shared.DomainStateException;
import id.netra.domain.shared.Times;
import id.netra.domain.shared.Validations;
import id.netra.integration.siasn.SiasnCodes;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The shared catalogue of violation and sanction types: seeded from the standard edition (and
 * brought up to a newer one), corrected and extended by central administrators only, every change
 * audited and versioned so that a case keeps the version it was registered under.
 */
@Stateless
public class CatalogueService {

  private static final Logger LOG = Logger.getLogger(CatalogueService.class.getName());

  @Inject Clock clock;
  @Inject CaseRepository cases;
  @Inject AuditService audit;

  /**
   * Loads the standard catalogue into an empty database, or brings one seeded by an older edition
   * up to the current one (keeping what administrators revised).
   */
  public void seedCatalogue() {
    if (cases.catalogueEmpty()) {
      StandardCatalogue.sanctions().forEach(cases::add);
      StandardCatalogue.violations().forEach(cases::add);
      cases.catalogueEditionApplied(StandardCatalogue.EDITION, Times.now(clock));
      audit.record(
          Actor.SYSTEM,
          null,
          "CATALOGUE_SEEDED",
          "catalogue",
          "standard",
          null,
          Map.of(
              "edition", StandardCatalogue.EDITION,
              "sanctions", StandardCatalogue.sanctions().size(),
              "violations", StandardCatalogue.violations().size()));
      LOG.info("Violation catalogue seeded from the domain reference");
      return;
    }
    int edition = cases.catalogueEdition();
    if (edition >= StandardCatalogue.EDITION) {
      return;
    }
    CatalogueUpgrade.Outcome out =
        CatalogueUpgrade.apply(
            cases.catalogue(),
            StandardCatalogue.sanctions(),
            StandardCatalogue.violations(),
            cases,
            Times.now(clock));
    cases.catalogueEditionApplied(StandardCatalogue.EDITION, Times.now(clock));
    Map<String, Object> after = new java.util.LinkedHashMap<>();
    after.put("edition", StandardCatalogue.EDITION);
    after.put("sanctionsAdded", out.sanctionsAdded());
    after.put("sanctionsUpdated", out.sanctionsUpdated());
    after.put("violationsAdded", out.violationsAdded());
    after.put("violationsRevised", out.violationsRevised());
    after.put("violationsKeptAsRevisedByAdministrators", out.violationsKept());
    audit.record(
        Actor.SYSTEM,
        null,
        "CATALOGUE_UPGRADED",
        "catalogue",
        "standard",
        Map.of("edition", edition),
        after);
    LOG.info("Violation catalogue brought from edition " + edition + " to " + after);
  }

  /** The catalogue as it stands: sanction types and the current violation types. */
  public Catalogue catalogue() {
    return cases.catalogue();
  }

  /**
   * A central administrator's correction of a sanction type (its name, SIASN id, length, who may
   * receive it, its regulation): a new revision; decided cases keep theirs and name it.
   */
  public SanctionType reviseSanction(Actor actor, String code, SanctionType.Revision r) {
    actor.requireCentral("Katalog hukuman", "The sanction catalogue");
    SanctionType current =
        cases.catalogue().sanction(code).orElseThrow(() -> new NotFound("sanction type", code));
    Map<String, Object> before = current.snapshot();
    current.revise(r, SiasnCodes::knownHukuman);
    audit.record(
        actor, null, "SANCTION_TYPE_REVISED", "sanction_type", code, before, current.snapshot());
    return current;
  }

  /** A central administrator's new sanction type (for example a contract measure of a region). */
  public SanctionType addSanction(
      Actor actor, String code, String tier, String track, SanctionType.Revision r) {
    actor.requireCentral("Katalog hukuman", "The sanction catalogue");
    var v = codeChecked(code);
    Track t = v.enumValue(Track.class, track, "track", true);
    Tier tr = v.enumValue(Tier.class, tier, "tier", false);
    if (t != null) {
      SanctionType.check(v, r, t, SiasnCodes::knownHukuman);
    }
    v.throwIfAny();
    if (cases.catalogue().sanction(code).isPresent()) {
      throw new DomainStateException(
          "SANCTION_TYPE_EXISTS",
          "Jenis hukuman " + code + " sudah ada; ubah dengan PUT.",
          "Sanction type " + code + " exists already; change it with PUT.");
    }
    SanctionType created =
        new SanctionType(
            code,
            r.siasnHukumanId() == null || r.siasnHukumanId().isBlank()
                ? null
                : r.siasnHukumanId().strip(),
            r.name().strip(),
            tr,
            t,
            r.months(),
            r.permanent(),
            r.issuable(),
            r.forNonAsn()
                ? SanctionType.For.NON_ASN
                : r.forPns() && r.forPppk()
                    ? SanctionType.For.ASN
                    : r.forPns() ? SanctionType.For.PNS : SanctionType.For.PPPK,
            r.dismissal(),
            r.regulation().strip());
    cases.add(created);
    audit.record(
        actor, null, "SANCTION_TYPE_ADDED", "sanction_type", code, null, created.snapshot());
    return created;
  }

  /** One stage's rules as an administrator sends them. */
  public record RulesInput(String track, String tier, Set<String> allowedSanctions) {}

  /**
   * A central administrator's correction of a violation type: a new version; cases keep theirs.
   *
   * @param after the rules on or after the candidate determination day, or null when the same rules
   *     hold throughout
   */
  public ViolationType reviseViolation(
      Actor actor,
      String code,
      String nameId,
      String nameEn,
      RulesInput before,
      RulesInput after,
      String siasnReasonId,
      boolean toVerify) {
    actor.requireCentral("Katalog pelanggaran", "The violation catalogue");
    ViolationType current =
        cases.findCurrentViolation(code).orElseThrow(() -> new NotFound("violation type", code));
    var v = new Validations();
    Definition d = definition(v, nameId, nameEn, before, after, siasnReasonId);
    v.throwIfAny();
    ViolationRules b = d.before();
    ViolationRules a = d.after();
    ViolationType next =
        current.revise(
            nameId, nameEn, b, a, blankToNull(siasnReasonId), toVerify, Times.now(clock));
    cases.add(next);
    audit.record(
        actor,
        null,
        "VIOLATION_TYPE_REVISED",
        "violation_type",
        code,
        current.snapshot(),
        next.snapshot());
    return next;
  }

  /** A central administrator's new violation type (for example a breach the SKB list adds). */
  public ViolationType addViolation(
      Actor actor,
      String code,
      String nameId,
      String nameEn,
      String basis,
      RulesInput before,
      RulesInput after,
      String siasnReasonId,
      boolean toVerify) {
    actor.requireCentral("Katalog pelanggaran", "The violation catalogue");
    var v = codeChecked(code);
    v.requireText(basis, "basis", 100);
    Definition d = definition(v, nameId, nameEn, before, after, siasnReasonId);
    v.throwIfAny();
    ViolationRules b = d.before();
    ViolationRules a = d.after();
    if (cases.findCurrentViolation(code).isPresent()) {
      throw new DomainStateException(
          "VIOLATION_TYPE_EXISTS",
          "Jenis pelanggaran " + code + " sudah ada; ubah dengan PUT.",
          "Violation type " + code + " exists already; change it with PUT.");
    }
    ViolationType created =
        new ViolationType(
                code,
                nameId.strip(),
                nameEn.strip(),
                basis.strip(),
                b.track(),
                b.tier(),
                b.allowedSanctions(),
                blankToNull(siasnReasonId),
                toVerify)
            .afterDetermination(a);
    cases.add(created);
    audit.record(
        actor, null, "VIOLATION_TYPE_ADDED", "violation_type", code, null, created.snapshot());
    return created;
  }

  /** A violation type's editable parts, checked. */
  private record Definition(ViolationRules before, ViolationRules after) {}

  private Definition definition(
      Validations v,
      String nameId,
      String nameEn,
      RulesInput before,
      RulesInput after,
      String siasnReasonId) {
    v.requireText(nameId, "nameId", 300);
    v.requireText(nameEn, "nameEn", 300);
    Catalogue catalogue = cases.catalogue();
    ViolationRules b = rules(v, catalogue, before, "");
    ViolationRules a = after == null ? null : rules(v, catalogue, after, "after.");
    requireReason(v, siasnReasonId);
    return new Definition(b, a);
  }

  private static ViolationRules rules(
      Validations v, Catalogue catalogue, RulesInput in, String prefix) {
    if (in == null) {
      v.require(
          false,
          prefix + "track",
          "REQUIRED",
          "Sebutkan jalur dan jenis hukuman.",
          "Name the track and the sanctions.");
      return null;
    }
    Track t = v.enumValue(Track.class, in.track(), prefix + "track", true);
    Tier tr = v.enumValue(Tier.class, in.tier(), prefix + "tier", false);
    Set<String> allowed = in.allowedSanctions() == null ? Set.of() : in.allowedSanctions();
    v.require(
        t != Track.CONTRACT,
        prefix + "track",
        "CONTRACT_TRACK",
        "Jalur CONTRACT berlaku otomatis bagi pegawai non-ASN, bukan untuk jenis pelanggaran.",
        "The CONTRACT track applies to non-ASN staff by itself, not to a violation type.");
    for (String s : allowed) {
      var sanction = catalogue.sanction(s);
      v.require(
          sanction.isPresent(),
          prefix + "allowedSanctions",
          "UNKNOWN_SANCTION",
          "Jenis hukuman " + s + " tidak ada di katalog.",
          "Sanction type " + s + " is not in the catalogue.");
      v.require(
          sanction.isEmpty() || t == null || sanction.get().track() == t,
          prefix + "allowedSanctions",
          "SANCTION_NOT_FOR_TRACK",
          "Jenis hukuman " + s + " bukan untuk jalur " + t + ".",
          "Sanction type " + s + " does not belong to track " + t + ".");
      v.require(
          sanction.isEmpty() || tr == null || sanction.get().tier() == tr,
          prefix + "allowedSanctions",
          "SANCTION_TIER",
          "Jenis hukuman " + s + " bukan " + Catalogue.tierId(tr) + ".",
          "Sanction type " + s + " is not of the " + Catalogue.tierEn(tr) + " tier.");
    }
    v.require(
        !allowed.isEmpty(),
        prefix + "allowedSanctions",
        "REQUIRED",
        "Sebutkan paling sedikit satu jenis hukuman.",
        "Name at least one sanction type.");
    return t == null ? null : new ViolationRules(t, tr, allowed);
  }

  /** Checks a new catalogue code: 2 to 32 capitals, digits or dashes. */
  private static Validations codeChecked(String code) {
    return new Validations()
        .require(
            code != null && code.matches("[A-Z0-9][A-Z0-9-]{1,31}"),
            "code",
            "CODE_FORMAT",
            "Kode 2 sampai 32 huruf besar, angka atau tanda minus.",
            "A code is 2 to 32 capital letters, digits or dashes.");
  }

  private static void requireReason(Validations v, String siasnReasonId) {
    v.require(
        siasnReasonId == null
            || siasnReasonId.isBlank()
            || siasnReasonId.strip().matches("[A-Za-z0-9-]{1,64}"),
        "siasnReasonId",
        "SIASN_ID_FORMAT",
        "alasanHukumanDisiplinId SIASN hanya huruf, angka dan tanda minus, paling panjang 64.",
        "A SIASN alasanHukumanDisiplinId is letters, digits and dashes, at most 64.");
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
