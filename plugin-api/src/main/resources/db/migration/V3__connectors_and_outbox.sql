-- Connectors: the transactional outbox, run reports, incremental-pull markers, and the API client
-- identity each connector instance acts as.

ALTER TABLE api_client ADD COLUMN connector_id VARCHAR(64);
CREATE UNIQUE INDEX ux_api_client_connector ON api_client (connector_id);

CREATE SEQUENCE outbox_message_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE outbox_message (
  id BIGINT PRIMARY KEY,
  connector_id VARCHAR(64) NOT NULL,
  agency_code VARCHAR(32) NOT NULL,
  kind VARCHAR(32) NOT NULL,
  idempotency_key VARCHAR(200) NOT NULL,
  ordering_key VARCHAR(200) NOT NULL,
  payload VARCHAR(8000) NOT NULL,
  state VARCHAR(16) NOT NULL,
  attempts INTEGER NOT NULL,
  next_attempt_at TIMESTAMP NOT NULL,
  lease_until TIMESTAMP,
  last_error VARCHAR(1000),
  target_ref VARCHAR(200),
  created_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  CONSTRAINT uq_outbox_idempotency UNIQUE (idempotency_key)
);
CREATE INDEX ix_outbox_due ON outbox_message (state, next_attempt_at);
CREATE INDEX ix_outbox_ordering ON outbox_message (ordering_key, state);

CREATE SEQUENCE connector_run_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE connector_run (
  id BIGINT PRIMARY KEY,
  connector_id VARCHAR(64) NOT NULL,
  agency_code VARCHAR(32) NOT NULL,
  run_kind VARCHAR(16) NOT NULL,
  dry_run BOOLEAN NOT NULL,
  status VARCHAR(16) NOT NULL,
  started_at TIMESTAMP NOT NULL,
  finished_at TIMESTAMP NOT NULL,
  created_count INTEGER NOT NULL,
  updated_count INTEGER NOT NULL,
  unchanged_count INTEGER NOT NULL,
  deactivated_count INTEGER NOT NULL,
  decided_count INTEGER NOT NULL,
  replayed_count INTEGER NOT NULL,
  failed_count INTEGER NOT NULL,
  marker_from VARCHAR(200),
  marker_to VARCHAR(200),
  error VARCHAR(1000)
);
CREATE INDEX ix_connector_run ON connector_run (connector_id, started_at);

CREATE TABLE connector_run_item (
  run_id BIGINT NOT NULL REFERENCES connector_run (id),
  item_no INTEGER NOT NULL,
  record_key VARCHAR(200),
  outcome VARCHAR(16) NOT NULL,
  detail VARCHAR(200),
  reasons VARCHAR(4000),
  PRIMARY KEY (run_id, item_no)
);

CREATE TABLE connector_marker (
  connector_id VARCHAR(64) NOT NULL,
  name VARCHAR(64) NOT NULL,
  marker VARCHAR(200) NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  PRIMARY KEY (connector_id, name)
);
