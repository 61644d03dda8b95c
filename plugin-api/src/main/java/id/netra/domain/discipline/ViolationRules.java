package id.netra.domain.discipline;

import java.util.Set;

/**
 * What a violation leads to in one stage: its track, the tier the regulation fixes (or null when
 * the PPK weighs it), and the sanction codes a case may end in.
 */
public record ViolationRules(Track track, Tier tier, Set<String> allowedSanctions) {

  public ViolationRules {
    allowedSanctions = Set.copyOf(allowedSanctions);
  }
}
