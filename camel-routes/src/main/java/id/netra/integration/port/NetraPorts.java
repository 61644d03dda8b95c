package id.netra.integration.port;

/** The ports the application hands to the integration side at start-up. */
public record NetraPorts(
    PersonnelPort personnel,
    RequestPort requests,
    OutboxPort outbox,
    SyncLog syncLog,
    CasePort cases) {}
