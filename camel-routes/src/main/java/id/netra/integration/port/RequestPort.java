package id.netra.integration.port;

import id.netra.integration.canonical.PendingRequest;
import id.netra.integration.canonical.RecordResult;

/** Answers a source's pending request with the gate's decision. */
public interface RequestPort {

  /**
   * Decides the request; a new decision (not a replay) puts its write-back in the outbox in the
   * same transaction. The result's detail is the outcome.
   *
   * @param dryRun evaluate only: no decision stored, nothing sent
   */
  RecordResult decide(ConnectorRef connector, PendingRequest request, boolean dryRun);

  /**
   * From now on, decisions on the requests the API client with this key prefix sends (and their
   * later changes) are delivered through the connector.
   *
   * @throws IllegalArgumentException if the agency has no such active client
   */
  void linkClient(ConnectorRef connector, String apiKeyPrefix);
}
