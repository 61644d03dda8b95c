package id.netra.integration.port;

import java.time.Clock;

/**
 * The ports the application hands to the integration side at start-up, and its one clock: every
 * time a connector stamps (a run, a token's expiry, a channel's last success) is read from it.
 */
public record NetraPorts(
    PersonnelPort personnel,
    RequestPort requests,
    OutboxPort outbox,
    SyncLog syncLog,
    CasePort cases,
    Clock clock) {}
