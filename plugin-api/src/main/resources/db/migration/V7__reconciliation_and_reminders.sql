-- Reconciliation of Netra's sanctions with what each personnel record holds: one row per run,
-- one per difference found, with how an administrator resolved it.

CREATE SEQUENCE sanction_reconciliation_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE sanction_reconciliation (
  id BIGINT PRIMARY KEY,
  agency_code VARCHAR(32) NOT NULL,
  ran_at TIMESTAMP NOT NULL,
  ran_by VARCHAR(200) NOT NULL,
  sanctions_compared INTEGER NOT NULL,
  summary VARCHAR(4000) NOT NULL
);
CREATE INDEX ix_sanction_reconciliation_agency ON sanction_reconciliation (agency_code, ran_at);

CREATE SEQUENCE reconciliation_item_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE reconciliation_item (
  id BIGINT PRIMARY KEY,
  reconciliation_id BIGINT NOT NULL REFERENCES sanction_reconciliation (id),
  connector_id VARCHAR(64) NOT NULL,
  case_id BIGINT,
  nip VARCHAR(18),
  decree_number VARCHAR(100),
  difference VARCHAR(32) NOT NULL,
  expected_value VARCHAR(500),
  found_value VARCHAR(2000),
  target_id VARCHAR(100),
  resolution VARCHAR(16),
  resolved_by VARCHAR(200),
  resolved_at TIMESTAMP,
  resolution_note VARCHAR(2000)
);
CREATE INDEX ix_reconciliation_item_run ON reconciliation_item (reconciliation_id);

-- Reminders to the role responsible for a case's next step, before its deadline.
CREATE SEQUENCE case_reminder_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE case_reminder (
  id BIGINT PRIMARY KEY,
  case_id BIGINT NOT NULL REFERENCES neutrality_case (id),
  agency_code VARCHAR(32) NOT NULL,
  role VARCHAR(16) NOT NULL,
  stage VARCHAR(16) NOT NULL,
  due_on DATE NOT NULL,
  created_at TIMESTAMP NOT NULL,
  acknowledged_by VARCHAR(200),
  acknowledged_at TIMESTAMP,
  CONSTRAINT uq_case_reminder UNIQUE (case_id, stage, due_on)
);
CREATE INDEX ix_case_reminder_open ON case_reminder (agency_code, role, acknowledged_at);

-- The source's own number for a report (a Bawaslu finding's register number): registered once.
ALTER TABLE neutrality_case ADD COLUMN external_ref VARCHAR(100);
CREATE UNIQUE INDEX ux_neutrality_case_ref ON neutrality_case (agency_code, external_ref);
