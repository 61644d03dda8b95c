package id.netra.infrastructure.security;

import id.netra.application.Actor;
import id.netra.application.AuditService;
import id.netra.application.NotFound;
import id.netra.domain.shared.Times;
import id.netra.domain.shared.Validations;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Authenticates callers and issues API keys. */
@Stateless
public class AccessService {

  @Inject Clock clock;
  @Inject AccessRepository access;
  @Inject AuditService audit;
  @Inject ReceiptKeys receiptKeys;

  /** A new receipt key (central administrators): old receipts still verify with the old key. */
  public String rotateReceiptKey(Actor actor) {
    actor.requireCentral("Kunci tanda terima", "The receipt key");
    String before = receiptKeys.currentKid();
    String kid = receiptKeys.rotate();
    audit.record(
        actor,
        null,
        "RECEIPT_KEY_ROTATED",
        "receipt_key",
        kid,
        Map.of("kid", before),
        Map.of("kid", kid));
    return kid;
  }

  public Optional<ApiClient> authenticateKey(String presentedKey) {
    return ApiKeys.parse(presentedKey)
        .flatMap(
            p ->
                access
                    .findClientByPrefix(p.prefix())
                    .filter(ApiClient::active)
                    .filter(c -> !c.internal())
                    .filter(c -> ApiKeys.matches(p.secret(), c.keyHash())));
  }

  /** Issues a key for an HR system of the agency; the full key is returned this once only. */
  public ApiKeys.Issued createClient(Actor actor, String name, String agency) {
    return createClient(actor, name, agency, ApiKeys.issue());
  }

  /** Registers a client with a given key (the demo's documented one). */
  public ApiKeys.Issued createClient(Actor actor, String name, String agency, ApiKeys.Issued key) {
    new Validations().requireText(name, "name", 200).throwIfAny();
    String a = actor.agencyFor(agency);
    ApiClient client = new ApiClient(name.trim(), a, key, Times.now(clock));
    access.add(client);
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("name", client.name());
    after.put("agency", a);
    after.put("keyPrefix", key.prefix());
    audit.record(actor, a, "API_CLIENT_CREATED", "api_client", key.prefix(), null, after);
    return key;
  }

  /** The client a connector instance acts as, created the first time it is needed. */
  public ApiClient connectorClient(String connectorId, String agency) {
    return access
        .findClientByConnector(connectorId)
        .orElseGet(
            () -> {
              ApiClient client = ApiClient.forConnector(connectorId, agency, Times.now(clock));
              access.add(client);
              Map<String, Object> after = new LinkedHashMap<>();
              after.put("connectorId", connectorId);
              after.put("agency", agency);
              audit.record(
                  Actor.SYSTEM,
                  agency,
                  "API_CLIENT_CREATED",
                  "api_client",
                  connectorId,
                  null,
                  after);
              return client;
            });
  }

  /**
   * Links an HR system's client to a webhook connector: decisions on its requests, and their later
   * changes, are called back through it. A client linked before to the same connector is unlinked.
   *
   * @throws IllegalArgumentException if the agency has no active client with that key prefix
   */
  public void linkClient(String connectorId, String agency, String keyPrefix) {
    ApiClient client =
        access
            .findClientByPrefix(keyPrefix)
            .filter(ApiClient::active)
            .filter(c -> !c.internal())
            .filter(c -> c.agencyCode().equals(agency))
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "No active API client " + keyPrefix + " in agency " + agency));
    if (connectorId.equals(client.connectorId())) {
      return;
    }
    access
        .findClientByConnector(connectorId)
        .ifPresent(
            previous -> {
              previous.unlink();
              audit.record(
                  Actor.SYSTEM,
                  agency,
                  "API_CLIENT_UNLINKED",
                  "api_client",
                  previous.keyPrefix(),
                  Map.of("connectorId", connectorId),
                  Map.of());
              access.flush();
            });
    Map<String, Object> before = new LinkedHashMap<>();
    before.put("connectorId", client.connectorId());
    client.link(connectorId);
    audit.record(
        Actor.SYSTEM,
        agency,
        "API_CLIENT_LINKED",
        "api_client",
        client.keyPrefix(),
        before,
        Map.of("connectorId", connectorId));
  }

  /** Revokes a client's key at once: the next request with it answers 401. */
  public void revokeClient(Actor actor, String keyPrefix) {
    ApiClient client =
        access
            .findClientByPrefix(keyPrefix)
            .filter(c -> actor.mayAct(c.agencyCode()))
            .orElseThrow(() -> new NotFound("apiClient", keyPrefix));
    if (!client.active()) {
      return;
    }
    client.deactivate();
    Map<String, Object> before = new LinkedHashMap<>();
    before.put("keyPrefix", keyPrefix);
    before.put("active", true);
    Map<String, Object> after = new LinkedHashMap<>(before);
    after.put("active", false);
    audit.record(
        actor, client.agencyCode(), "API_CLIENT_REVOKED", "api_client", keyPrefix, before, after);
  }

  public List<ApiClient> clients(Actor actor, String agency) {
    return access.findClients(actor.agencyFor(agency));
  }
}
