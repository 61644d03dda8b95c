package id.netra.infrastructure.security;

/** The roles Netra knows; names as they appear in {@code @RolesAllowed}. */
public final class Role {

  /** An HR system (SIMPEG) calling the integration API with its API key. */
  public static final String HR_CLIENT = "hr-client";

  /** An employee acting for their own NIP through their portal's token. */
  public static final String EMPLOYEE = "employee";

  public static final String ADMIN = "admin";
  public static final String OFFICER = "officer";
  public static final String PPK = "ppk";
  public static final String AUDITOR = "auditor";

  private Role() {}
}
