-- Violation cases through to sanctions: the catalogue (sanction types, versioned violation types),
-- each agency's case settings, the cases and their history.

CREATE TABLE sanction_type (
  code VARCHAR(32) PRIMARY KEY,
  siasn_hukuman_id VARCHAR(8),
  name VARCHAR(200) NOT NULL,
  tier VARCHAR(1),
  track VARCHAR(24) NOT NULL,
  months INTEGER NOT NULL,
  permanent BOOLEAN NOT NULL,
  issuable BOOLEAN NOT NULL,
  for_pns BOOLEAN NOT NULL,
  for_pppk BOOLEAN NOT NULL,
  regulation VARCHAR(32) NOT NULL
);

CREATE SEQUENCE violation_type_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE violation_type (
  id BIGINT PRIMARY KEY,
  code VARCHAR(32) NOT NULL,
  catalogue_version INTEGER NOT NULL,
  name_id VARCHAR(300) NOT NULL,
  name_en VARCHAR(300) NOT NULL,
  basis VARCHAR(100) NOT NULL,
  track VARCHAR(24) NOT NULL,
  tier VARCHAR(1),
  allowed_sanctions VARCHAR(500) NOT NULL,
  siasn_reason_id VARCHAR(64),
  to_verify BOOLEAN NOT NULL,
  is_current BOOLEAN NOT NULL,
  created_at TIMESTAMP,
  CONSTRAINT uq_violation_type_version UNIQUE (code, catalogue_version)
);

CREATE TABLE case_settings (
  agency_code VARCHAR(32) PRIMARY KEY,
  filing_window_days INTEGER NOT NULL,
  verification_days INTEGER NOT NULL,
  ppk_follow_up_days INTEGER NOT NULL,
  reminder_days_before INTEGER NOT NULL,
  block_duty_while_open BOOLEAN NOT NULL,
  block_duty_while_sanctioned BOOLEAN NOT NULL,
  updated_at TIMESTAMP NOT NULL
);

CREATE SEQUENCE neutrality_case_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE neutrality_case (
  id BIGINT PRIMARY KEY,
  agency_code VARCHAR(32) NOT NULL,
  nip VARCHAR(18) NOT NULL,
  employee_type VARCHAR(8) NOT NULL,
  violation_code VARCHAR(32) NOT NULL,
  violation_type_id BIGINT NOT NULL REFERENCES violation_type (id),
  source VARCHAR(24) NOT NULL,
  reporter VARCHAR(200) NOT NULL,
  event_date DATE NOT NULL,
  known_date DATE NOT NULL,
  reported_on DATE NOT NULL,
  evidence VARCHAR(4000),
  description VARCHAR(4000),
  state VARCHAR(16) NOT NULL,
  stage_started_on DATE NOT NULL,
  due_on DATE,
  block_recommended BOOLEAN NOT NULL,
  duplicate_of BIGINT,
  rec_issuer VARCHAR(100),
  rec_number VARCHAR(100),
  rec_date DATE,
  rec_sanction VARCHAR(32),
  exam_nip VARCHAR(18),
  exam_date DATE,
  exam_notes VARCHAR(2000),
  decree_number VARCHAR(100),
  decree_date DATE,
  sanction_code VARCHAR(32),
  sanction_start DATE,
  sanction_end DATE,
  cancel_number VARCHAR(100),
  cancel_date DATE,
  objection_note VARCHAR(2000),
  dismissal_reason VARCHAR(2000),
  version BIGINT NOT NULL
);
CREATE INDEX ix_case_agency_state ON neutrality_case (agency_code, state);
CREATE INDEX ix_case_nip ON neutrality_case (nip, violation_code);

CREATE SEQUENCE case_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE case_event (
  id BIGINT PRIMARY KEY,
  case_id BIGINT NOT NULL REFERENCES neutrality_case (id),
  seq INTEGER NOT NULL,
  action VARCHAR(32) NOT NULL,
  from_state VARCHAR(16),
  to_state VARCHAR(16) NOT NULL,
  actor VARCHAR(200) NOT NULL,
  on_date DATE NOT NULL,
  note VARCHAR(2000),
  CONSTRAINT uq_case_event_seq UNIQUE (case_id, seq)
);
