package id.netra.domain.discipline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a catalogue seeded by an older edition of {@link StandardCatalogue} up to the current one:
 * sanction types it lacks are added and the standard ones take the current edition's eligibility
 * (administrators do not edit sanction types); violation types it lacks are added; a violation type
 * still at its seeded version gets the current rules as its next version (cases keep theirs), and
 * one an administrator has revised is kept as it is, and named.
 */
public final class CatalogueUpgrade {

  /** What the upgrade did. */
  public record Outcome(
      List<String> sanctionsAdded,
      List<String> sanctionsUpdated,
      List<String> violationsAdded,
      List<String> violationsRevised,
      List<String> violationsKept) {}

  /** Where the upgrade writes. */
  public interface Store {
    void add(SanctionType s);

    void add(ViolationType v);
  }

  private CatalogueUpgrade() {}

  public static Outcome apply(
      Catalogue current,
      List<SanctionType> standardSanctions,
      List<ViolationType> standardViolations,
      Store store,
      Instant now) {
    List<String> sAdded = new ArrayList<>();
    List<String> sUpdated = new ArrayList<>();
    List<String> vAdded = new ArrayList<>();
    List<String> vRevised = new ArrayList<>();
    List<String> vKept = new ArrayList<>();
    for (SanctionType standard : standardSanctions) {
      var existing = current.sanction(standard.code());
      if (existing.isEmpty()) {
        store.add(standard);
        sAdded.add(standard.code());
      } else if (existing.get().adopt(standard)) {
        sUpdated.add(standard.code());
      }
    }
    for (ViolationType standard : standardViolations) {
      var existing = current.violation(standard.code());
      if (existing.isEmpty()) {
        standard.created(now);
        store.add(standard);
        vAdded.add(standard.code());
      } else if (existing.get().catalogueVersion() == 1) {
        ViolationType next =
            existing
                .get()
                .revise(
                    standard.nameId(),
                    standard.nameEn(),
                    standard.beforeRules(),
                    standard.afterRules(),
                    standard.siasnReasonId(),
                    standard.toVerify(),
                    now);
        store.add(next);
        vRevised.add(standard.code());
      } else {
        vKept.add(existing.get().code());
      }
    }
    return new Outcome(sAdded, sUpdated, vAdded, vRevised, vKept);
  }
}
