-- Netra's baseline schema. Portable SQL for H2 2.x and PostgreSQL 13+.
-- Sequences increment by 50 to match the entities' allocationSize.

CREATE SEQUENCE employee_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE employee (
  id BIGINT PRIMARY KEY,
  nip VARCHAR(18) NOT NULL,
  employee_type VARCHAR(8) NOT NULL,
  full_name VARCHAR(200) NOT NULL,
  agency_code VARCHAR(32) NOT NULL,
  unit_code VARCHAR(64),
  unit_name VARCHAR(200),
  superior_nip VARCHAR(18),
  golongan VARCHAR(16),
  position_type VARCHAR(64),
  status VARCHAR(24) NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT uq_employee_nip UNIQUE (nip)
);
CREATE INDEX ix_employee_agency ON employee (agency_code, unit_code);

CREATE SEQUENCE election_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE election_period (
  id BIGINT PRIMARY KEY,
  election_type VARCHAR(16) NOT NULL,
  name VARCHAR(200) NOT NULL,
  start_date DATE NOT NULL,
  campaign_start DATE NOT NULL,
  campaign_end DATE NOT NULL,
  voting_day DATE NOT NULL,
  end_date DATE NOT NULL,
  version BIGINT NOT NULL
);
CREATE TABLE election_agency (
  election_id BIGINT NOT NULL REFERENCES election_period (id),
  agency_code VARCHAR(32) NOT NULL,
  PRIMARY KEY (election_id, agency_code)
);

CREATE SEQUENCE pact_template_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE pact_template (
  id BIGINT PRIMARY KEY,
  agency_code VARCHAR(32) NOT NULL,
  code VARCHAR(64) NOT NULL,
  template_version INTEGER NOT NULL,
  title_id VARCHAR(300) NOT NULL,
  title_en VARCHAR(300) NOT NULL,
  content_hash VARCHAR(64) NOT NULL,
  status VARCHAR(16) NOT NULL,
  published_at TIMESTAMP,
  version BIGINT NOT NULL,
  CONSTRAINT uq_pact_template_version UNIQUE (agency_code, code, template_version)
);
CREATE TABLE pact_clause (
  template_id BIGINT NOT NULL REFERENCES pact_template (id),
  position INTEGER NOT NULL,
  text_id VARCHAR(4000) NOT NULL,
  text_en VARCHAR(4000) NOT NULL,
  PRIMARY KEY (template_id, position)
);

CREATE SEQUENCE pact_signature_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE pact_signature (
  id BIGINT PRIMARY KEY,
  nip VARCHAR(18) NOT NULL,
  agency_code VARCHAR(32) NOT NULL,
  election_id BIGINT NOT NULL REFERENCES election_period (id),
  template_id BIGINT NOT NULL REFERENCES pact_template (id),
  template_version INTEGER NOT NULL,
  template_hash VARCHAR(64) NOT NULL,
  signed_at TIMESTAMP NOT NULL,
  channel VARCHAR(24) NOT NULL,
  evidence_ref VARCHAR(300),
  witness_nip VARCHAR(18),
  typed_name VARCHAR(200),
  recorded_at TIMESTAMP NOT NULL,
  valid_marker VARCHAR(1),
  receipt VARCHAR(8000),
  -- one valid signature per employee and election: revoked ones have a NULL marker
  CONSTRAINT uq_pact_signature_valid UNIQUE (nip, election_id, valid_marker)
);

CREATE SEQUENCE training_module_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE training_module (
  id BIGINT PRIMARY KEY,
  agency_code VARCHAR(32) NOT NULL,
  code VARCHAR(64) NOT NULL,
  module_version INTEGER NOT NULL,
  title VARCHAR(300) NOT NULL,
  pass_mark INTEGER NOT NULL,
  validity_days INTEGER NOT NULL,
  status VARCHAR(16) NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT uq_training_module_version UNIQUE (agency_code, code, module_version)
);
CREATE TABLE training_section (
  module_id BIGINT NOT NULL REFERENCES training_module (id),
  position INTEGER NOT NULL,
  title VARCHAR(300) NOT NULL,
  body VARCHAR(20000) NOT NULL,
  PRIMARY KEY (module_id, position)
);
CREATE TABLE quiz_question (
  module_id BIGINT NOT NULL REFERENCES training_module (id),
  position INTEGER NOT NULL,
  prompt VARCHAR(1000) NOT NULL,
  choices VARCHAR(4000) NOT NULL,
  correct_choice INTEGER NOT NULL,
  PRIMARY KEY (module_id, position)
);

CREATE SEQUENCE training_completion_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE training_completion (
  id BIGINT PRIMARY KEY,
  nip VARCHAR(18) NOT NULL,
  agency_code VARCHAR(32) NOT NULL,
  module_code VARCHAR(64) NOT NULL,
  module_version INTEGER,
  completed_on DATE NOT NULL,
  score INTEGER NOT NULL,
  valid_until DATE NOT NULL,
  certificate_number VARCHAR(64) NOT NULL,
  source VARCHAR(16) NOT NULL,
  provider VARCHAR(100),
  external_id VARCHAR(200),
  recorded_at TIMESTAMP NOT NULL,
  CONSTRAINT uq_training_completion_external UNIQUE (provider, external_id)
);
CREATE INDEX ix_training_completion_nip ON training_completion (nip, module_code);

CREATE SEQUENCE gate_policy_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gate_policy (
  id BIGINT PRIMARY KEY,
  agency_code VARCHAR(32) NOT NULL,
  election_id BIGINT NOT NULL REFERENCES election_period (id),
  policy_version INTEGER NOT NULL,
  mode VARCHAR(16) NOT NULL,
  require_pact BOOLEAN NOT NULL,
  require_training BOOLEAN NOT NULL,
  training_code VARCHAR(64) NOT NULL,
  gated_leave_types VARCHAR(200) NOT NULL,
  warned_leave_types VARCHAR(200) NOT NULL,
  gated_duty_bodies VARCHAR(200) NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT uq_gate_policy UNIQUE (agency_code, election_id)
);

CREATE SEQUENCE gate_decision_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gate_decision (
  id BIGINT PRIMARY KEY,
  client_id BIGINT NOT NULL,
  agency_code VARCHAR(32) NOT NULL,
  request_ref VARCHAR(100) NOT NULL,
  request_kind VARCHAR(16) NOT NULL,
  leave_type VARCHAR(16),
  duty_body VARCHAR(16),
  nip VARCHAR(18) NOT NULL,
  start_date DATE NOT NULL,
  end_date DATE NOT NULL,
  election_id BIGINT,
  policy_id BIGINT,
  policy_version INTEGER NOT NULL,
  policy_mode VARCHAR(16) NOT NULL,
  outcome VARCHAR(24) NOT NULL,
  fingerprint VARCHAR(64) NOT NULL,
  decided_at TIMESTAMP NOT NULL,
  supersedes_id BIGINT,
  current_marker VARCHAR(1),
  -- one current decision per request of a client: superseded ones have a NULL marker
  CONSTRAINT uq_gate_decision_current UNIQUE (client_id, request_ref, current_marker)
);
CREATE INDEX ix_gate_decision_nip ON gate_decision (nip, current_marker);
CREATE TABLE gate_decision_reason (
  decision_id BIGINT NOT NULL REFERENCES gate_decision (id),
  position INTEGER NOT NULL,
  code VARCHAR(40) NOT NULL,
  severity VARCHAR(16) NOT NULL,
  PRIMARY KEY (decision_id, position)
);

CREATE SEQUENCE decision_change_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE decision_change (
  id BIGINT PRIMARY KEY,
  client_id BIGINT NOT NULL,
  request_ref VARCHAR(100) NOT NULL,
  decision_id BIGINT NOT NULL REFERENCES gate_decision (id),
  previous_decision_id BIGINT NOT NULL REFERENCES gate_decision (id),
  from_outcome VARCHAR(24) NOT NULL,
  to_outcome VARCHAR(24) NOT NULL,
  changed_at TIMESTAMP NOT NULL,
  cause VARCHAR(64) NOT NULL
);
CREATE INDEX ix_decision_change_client ON decision_change (client_id, changed_at);

CREATE TABLE audit_head (
  id BIGINT PRIMARY KEY,
  last_seq BIGINT NOT NULL,
  last_hash VARCHAR(64) NOT NULL
);
INSERT INTO audit_head (id, last_seq, last_hash)
  VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
CREATE TABLE audit_entry (
  seq BIGINT PRIMARY KEY,
  occurred_at TIMESTAMP NOT NULL,
  actor VARCHAR(120) NOT NULL,
  agency_code VARCHAR(32),
  action VARCHAR(64) NOT NULL,
  entity_type VARCHAR(64) NOT NULL,
  entity_id VARCHAR(100) NOT NULL,
  before_state VARCHAR(20000),
  after_state VARCHAR(20000),
  prev_hash VARCHAR(64) NOT NULL,
  hash VARCHAR(64) NOT NULL
);
CREATE INDEX ix_audit_entity ON audit_entry (entity_type, entity_id);

CREATE SEQUENCE api_client_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE api_client (
  id BIGINT PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  agency_code VARCHAR(32) NOT NULL,
  key_prefix VARCHAR(32) NOT NULL,
  key_hash VARCHAR(64) NOT NULL,
  active BOOLEAN NOT NULL,
  created_at TIMESTAMP NOT NULL,
  CONSTRAINT uq_api_client_prefix UNIQUE (key_prefix)
);

CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE account (
  id BIGINT PRIMARY KEY,
  username VARCHAR(100) NOT NULL,
  password_hash VARCHAR(300) NOT NULL,
  roles VARCHAR(200) NOT NULL,
  agency_code VARCHAR(32),
  active BOOLEAN NOT NULL,
  created_at TIMESTAMP NOT NULL,
  CONSTRAINT uq_account_username UNIQUE (username)
);

CREATE TABLE portal_key (
  agency_code VARCHAR(32) PRIMARY KEY,
  issuer VARCHAR(200) NOT NULL,
  secret VARCHAR(200) NOT NULL,
  created_at TIMESTAMP NOT NULL
);
