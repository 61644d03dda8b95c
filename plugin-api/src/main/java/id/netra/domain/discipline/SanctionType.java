package id.netra.domain.discipline;

import java.util.Objects;

/**
 * A sanction as the catalogue knows it.
 *
 * @param code Netra's code: SIASN's jenisHukumanId where SIASN has one (for example {@code 23})
 * @param siasnHukumanId what {@code hukdis/save} is sent, or null (a dismissal for party membership
 *     is a pemberhentian in SIASN, not a disciplinary record)
 * @param track the track it belongs to
 * @param months how long it runs; 0 for a sanction without a period
 * @param issuable false for the PP 53/2010 forms that old records hold: read, never issued
 * @param forPns whether PNS employees can receive it
 * @param forPppk whether PPPK employees can receive it (they hold no rank or structural position to
 *     lose)
 * @param regulation the basis, for example {@code 94/2021}
 */
public record SanctionType(
    String code,
    String siasnHukumanId,
    String name,
    Tier tier,
    Track track,
    int months,
    boolean permanent,
    boolean issuable,
    boolean forPns,
    boolean forPppk,
    String regulation) {

  public SanctionType {
    Objects.requireNonNull(code);
    Objects.requireNonNull(name);
    Objects.requireNonNull(track);
    if (months < 0) {
      throw new IllegalArgumentException("months must not be negative");
    }
  }

  /** Whether an employee of this type can receive it. */
  public boolean appliesTo(id.netra.domain.employee.EmployeeType type) {
    return type == id.netra.domain.employee.EmployeeType.PPPK ? forPppk : forPns;
  }
}
