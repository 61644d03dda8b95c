package id.netra.application;

import id.netra.domain.shared.DomainValidationException;

/**
 * Who is acting, as the services see it.
 *
 * @param name for the audit trail: {@code client:<id>:<name>}, {@code account:<username>}, {@code
 *     employee:<nip>}, or {@code system}
 * @param agencyCode the one agency the actor may see, or null for every agency
 * @param clientId the HR-system client's id, when the actor is one
 * @param nip the employee's NIP, when the actor is an employee
 */
public record Actor(String name, String agencyCode, Long clientId, String nip) {

  public static final Actor SYSTEM = new Actor("system", null, null, null);

  private static final String ACCOUNT = "account:";

  /** A console account acting. */
  public static Actor account(String username, String agencyCode) {
    return new Actor(ACCOUNT + username, agencyCode, null, null);
  }

  /** The name a person knows themselves by: the account's username, else the audit name. */
  public String displayName() {
    return name.startsWith(ACCOUNT) ? name.substring(ACCOUNT.length()) : name;
  }

  public boolean mayAct(String agency) {
    return agencyCode == null || agencyCode.equals(agency);
  }

  /** The agency the actor works in: its own, or the one it names if it may see every agency. */
  public String agencyFor(String requested) {
    if (agencyCode != null) {
      return agencyCode;
    }
    if (requested == null || requested.isBlank()) {
      throw DomainValidationException.of(
          "agency", "REQUIRED", "Sebutkan kode instansi.", "Name the agency code.");
    }
    return requested;
  }

  /**
   * The agencies a listing covers: the actor's own, else the one it names, else (null) every
   * agency, for an actor that may see them all.
   */
  public String scope(String requested) {
    if (agencyCode != null) {
      return agencyCode;
    }
    return requested == null || requested.isBlank() ? null : requested;
  }

  /** Whether the actor works for every agency (a central administrator, or Netra itself). */
  public boolean central() {
    return agencyCode == null;
  }

  /**
   * Refuses an agency's actor a change to what every agency shares.
   *
   * @param whatId what is shared, in Indonesian; {@code whatEn} in English
   * @throws Forbidden ({@code CENTRAL_ONLY}) for an actor of one agency
   */
  public void requireCentral(String whatId, String whatEn) {
    if (!central()) {
      throw new Forbidden(
          "CENTRAL_ONLY",
          whatId
              + " dipakai bersama semua instansi: hanya administrator pusat yang dapat mengubahnya.",
          whatEn + " is shared by every agency: only a central administrator can change it.");
    }
  }

  public void requireAgency(String agency) {
    if (!mayAct(agency)) {
      throw new NotFound("agency", agency);
    }
  }
}
