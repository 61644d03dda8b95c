package id.netra.infrastructure.security;

import id.netra.application.Actor;
import id.netra.application.AuditService;
import id.netra.application.NotFound;
import id.netra.domain.shared.DomainStateException;
import id.netra.domain.shared.Times;
import id.netra.domain.shared.Validations;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * HR portals and the keys they sign employee tokens with: registered by an agency for itself,
 * rotated with an overlap in which the old and the new key are both accepted, revoked at once.
 */
@Stateless
public class PortalService {

  /** The longest overlap a rotation may give the key it replaces. */
  public static final Duration MAX_OVERLAP = Duration.ofDays(30);

  /** A portal with the keys it has had, newest first. */
  public record Portal(PortalIssuer issuer, List<PortalKey> keys) {}

  @Inject Clock clock;
  @Inject AccessRepository access;
  @Inject AuditService audit;

  @Inject
  @ConfigProperty(name = "netra.portal.key-overlap", defaultValue = "PT24H")
  Duration defaultOverlap;

  /** The employee a token names, if a valid key of a known portal signed it and it is fresh. */
  public Optional<EmployeeTokens.Claims> authenticate(String token) {
    Instant now = Times.now(clock);
    return EmployeeTokens.verify(token, issuer -> access.findValidPortalKeys(issuer, now), now);
  }

  /**
   * Registers a portal of the agency with its first key.
   *
   * @throws DomainStateException {@code PORTAL_ISSUER_TAKEN} when another agency's portal names
   *     that issuer, {@code PORTAL_EXISTS} when the agency registered it already (rotate its key)
   */
  public PortalKey register(Actor actor, String agency, String issuer, String secret) {
    Validations v = new Validations();
    v.requireText(issuer, "issuer", 200);
    requireSecret(v, secret);
    v.throwIfAny();
    String a = actor.agencyFor(agency);
    String iss = issuer.trim();
    Optional<PortalIssuer> existing = access.findPortal(iss);
    if (existing.isPresent() && !existing.get().agencyCode().equals(a)) {
      throw new DomainStateException(
          "PORTAL_ISSUER_TAKEN",
          "Penerbit token " + iss + " sudah dipakai portal instansi lain.",
          "The token issuer " + iss + " belongs to another agency's portal.");
    }
    if (existing.isPresent()) {
      throw new DomainStateException(
          "PORTAL_EXISTS",
          "Portal " + iss + " sudah terdaftar; ganti kuncinya lewat rotasi kunci.",
          "The portal " + iss + " is registered already; rotate its key instead.");
    }
    PortalIssuer portal = new PortalIssuer(iss, a, Times.now(clock));
    access.add(portal);
    PortalKey key = new PortalKey(portal, secret, Times.now(clock));
    access.add(key);
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("issuer", iss);
    after.put("keyId", key.keyId());
    audit.record(actor, a, "PORTAL_KEY_REGISTERED", "portal", iss, null, after);
    return key;
  }

  /**
   * Gives a portal a new current key; the one it replaces stays valid for {@code overlap} (the
   * configured default when null), so the portal's servers can switch over without a gap.
   *
   * @throws DomainStateException {@code PORTAL_KEY_OVERLAP} while an earlier rotation's overlap
   *     still runs (revoke the older key first): never more than two keys valid at once
   */
  public PortalKey rotate(Actor actor, String issuer, String secret, Duration overlap) {
    Validations v = new Validations();
    requireSecret(v, secret);
    Duration o = overlap == null ? defaultOverlap : overlap;
    v.require(
        !o.isNegative() && o.compareTo(MAX_OVERLAP) <= 0,
        "overlapHours",
        "OUT_OF_RANGE",
        "Masa tumpang tindih 0 sampai " + MAX_OVERLAP.toHours() + " jam.",
        "The overlap is 0 to " + MAX_OVERLAP.toHours() + " hours.");
    v.throwIfAny();
    PortalIssuer portal = portalFor(actor, issuer, true);
    Instant now = Times.now(clock);
    List<PortalKey> valid = access.findValidPortalKeys(portal.issuer(), now);
    if (valid.stream().anyMatch(k -> k.stateAt(now) == PortalKey.State.RETIRING)) {
      throw new DomainStateException(
          "PORTAL_KEY_OVERLAP",
          "Rotasi sebelumnya masih dalam masa tumpang tindih: cabut kunci lama dulu atau tunggu"
              + " sampai masanya habis.",
          "An earlier rotation's overlap still runs: revoke the older key first or wait until it"
              + " ends.");
    }
    PortalKey key = new PortalKey(portal, secret, now);
    Map<String, Object> before = new LinkedHashMap<>();
    for (PortalKey k : valid) {
      k.retire(now.plus(o));
      before.put("keyId", k.keyId());
    }
    access.add(key);
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("keyId", key.keyId());
    after.put("previousRetiresAt", valid.isEmpty() ? null : now.plus(o).toString());
    audit.record(actor, portal.agencyCode(), "PORTAL_KEY_ROTATED", "portal", issuer, before, after);
    return key;
  }

  /** Withdraws a key at once: tokens it signed are refused from the next request on. */
  public PortalKey revoke(Actor actor, String issuer, String keyId) {
    PortalIssuer portal = portalFor(actor, issuer, false);
    PortalKey key =
        access
            .findPortalKeyForUpdate(keyId)
            .filter(k -> k.issuer().equals(portal.issuer()))
            .orElseThrow(() -> new NotFound("portalKey", keyId));
    if (key.revokedAt() == null) {
      Instant now = Times.now(clock);
      String was = key.stateAt(now).name();
      key.revoke(now);
      audit.record(
          actor,
          portal.agencyCode(),
          "PORTAL_KEY_REVOKED",
          "portal",
          issuer,
          Map.of("keyId", keyId, "state", was),
          Map.of("keyId", keyId, "state", PortalKey.State.REVOKED.name()));
    }
    return key;
  }

  /** The portals the caller may see (a central caller: every agency's, or the one named). */
  public List<Portal> list(Actor actor, String agency, int offset, int limit) {
    List<PortalIssuer> page =
        access.findPortals(actor.scope(agency), offset, Math.min(Math.max(limit, 1), 500));
    Map<String, List<PortalKey>> keys =
        access.findPortalKeys(page.stream().map(PortalIssuer::issuer).toList()).stream()
            .collect(Collectors.groupingBy(PortalKey::issuer));
    return page.stream().map(p -> new Portal(p, keys.getOrDefault(p.issuer(), List.of()))).toList();
  }

  private PortalIssuer portalFor(Actor actor, String issuer, boolean forUpdate) {
    Optional<PortalIssuer> p =
        forUpdate ? access.findPortalForUpdate(issuer) : access.findPortal(issuer);
    return p.filter(i -> actor.mayAct(i.agencyCode()))
        .orElseThrow(() -> new NotFound("portal", issuer));
  }

  private void requireSecret(Validations v, String secret) {
    v.requireText(secret, "secret", 200);
    v.require(
        secret == null || secret.length() >= 32,
        "secret",
        "TOO_SHORT",
        "Kunci portal paling sedikit 32 karakter.",
        "A portal key has at least 32 characters.");
    v.require(
        secret == null || v.has("secret") || !access.portalSecretUsed(secret),
        "secret",
        "REUSED",
        "Kunci ini pernah dipakai; buat kunci baru yang acak.",
        "This key was used before; make a new random one.");
  }
}
