package id.netra.infrastructure.security.sso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SsoProviderTest {

  private static List<SsoProvider> providers(Map<String, String> settings) {
    return SsoProvider.fromSettings(k -> Optional.ofNullable(settings.get(k)));
  }

  private static SsoProvider bkn(Map<String, String> extra) {
    Map<String, String> s = new HashMap<>();
    s.put("netra.sso.providers", "BKN");
    s.put("netra.sso.bkn.issuer", "https://sso.bkn.example/realms/asn/");
    s.put("netra.sso.bkn.client-id", "netra");
    s.put("netra.sso.bkn.central-agencies", "BKN");
    s.putAll(extra);
    return providers(s).get(0);
  }

  @Test
  void readsSettingsWithDefaults() {
    SsoProvider p = bkn(Map.of());
    assertEquals("bkn", p.id());
    assertEquals("https://sso.bkn.example/realms/asn", p.issuer().toString());
    assertEquals("netra_agency", p.agencyClaim());
    assertEquals("netra_roles", p.rolesClaim());
    assertEquals("admin", p.roleMap().get("netra-admin"));
    assertEquals(Set.of("BKN"), p.centralAgencies());
    assertTrue(p.toString().indexOf("secret") < 0);
  }

  @Test
  void namesTheMissingOrWrongSetting() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                providers(Map.of("netra.sso.providers", "kc", "netra.sso.kc.issuer", "http://x")));
    assertTrue(e.getMessage().contains("netra.sso.kc.client-id"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> bkn(Map.of("netra.sso.bkn.role-map", "kepala=superuser")));
    assertTrue(e.getMessage().contains("superuser"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> providers(Map.of("netra.sso.providers", "a b/c")));
    assertTrue(providers(Map.of()).isEmpty());
  }

  @Test
  void sharedProviderTakesAgencyAndRolesFromClaims() {
    var who =
        bkn(Map.of())
            .identify(
                Map.of(
                    "sub", "f3a1",
                    "preferred_username", "Sari.W",
                    "name", "Sari Wulandari",
                    "netra_agency", "KAB-X",
                    "netra_roles", List.of("netra-admin", "simpeg-user", "officer")));
    assertEquals("sari.w@bkn", who.username());
    assertEquals("KAB-X", who.agency());
    assertEquals(Set.of("admin", "officer"), who.roles());
    assertEquals("Sari Wulandari", who.displayName());
  }

  @Test
  void onlyListedValuesMakeACentralAccount() {
    var central =
        bkn(Map.of())
            .identify(Map.of("sub", "1", "netra_agency", "BKN", "netra_roles", List.of("auditor")));
    assertNull(central.agency());
    var refused =
        assertThrows(
            SsoRefusal.class,
            () -> bkn(Map.of()).identify(Map.of("sub", "1", "netra_roles", List.of("admin"))));
    assertEquals("SSO_NO_AGENCY", refused.code());
  }

  @Test
  void agencyProviderNeverReadsTheAgencyClaim() {
    var who =
        bkn(Map.of("netra.sso.bkn.agency", "DEMO"))
            .identify(Map.of("sub", "1", "netra_agency", "BKN", "netra_roles", "netra-ppk"));
    assertEquals("DEMO", who.agency());
    assertEquals(Set.of("ppk"), who.roles());
  }

  @Test
  void refusesWithoutRoleOrSubject() {
    assertEquals(
        "SSO_NO_ROLE",
        assertThrows(
                SsoRefusal.class,
                () ->
                    bkn(Map.of())
                        .identify(
                            Map.of(
                                "sub",
                                "1",
                                "netra_agency",
                                "X",
                                "netra_roles",
                                List.of("hr-client"))))
            .code());
    assertEquals(
        "SSO_TOKEN",
        assertThrows(SsoRefusal.class, () -> bkn(Map.of()).identify(Map.of("netra_agency", "X")))
            .code());
  }

  @Test
  void rolesFromANestedClaimThroughAMap() {
    var who =
        bkn(Map.of(
                "netra.sso.bkn.roles-claim", "realm_access.roles",
                "netra.sso.bkn.role-map", "kepegawaian-admin=admin, inspektorat=auditor"))
            .identify(
                Map.of(
                    "sub",
                    "1",
                    "netra_agency",
                    "X",
                    "realm_access",
                    Map.of("roles", List.of("inspektorat", "netra-admin"))));
    // netra-admin is not in this provider's own map
    assertEquals(Set.of("auditor"), who.roles());
    assertEquals("1@bkn", who.username());
  }
}
