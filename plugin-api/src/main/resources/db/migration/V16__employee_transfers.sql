-- Issue 14: an employee belongs to one agency; a NIP another agency sends is refused and becomes a
-- transfer (mutasi) request that the other side, or a central administrator, approves or refuses.
CREATE SEQUENCE employee_transfer_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE employee_transfer (
  id BIGINT PRIMARY KEY,
  nip VARCHAR(18) NOT NULL,
  from_agency VARCHAR(32) NOT NULL,
  to_agency VARCHAR(32) NOT NULL,
  origin VARCHAR(16) NOT NULL,
  requested_by_agency VARCHAR(32),
  state VARCHAR(16) NOT NULL,
  note VARCHAR(500),
  requested_by VARCHAR(120) NOT NULL,
  requested_at TIMESTAMP NOT NULL,
  decided_by VARCHAR(120),
  decided_at TIMESTAMP,
  decision_note VARCHAR(500),
  version BIGINT NOT NULL
);

CREATE INDEX ix_employee_transfer_nip ON employee_transfer (nip, state);
CREATE INDEX ix_employee_transfer_from ON employee_transfer (from_agency, state);
CREATE INDEX ix_employee_transfer_to ON employee_transfer (to_agency, state);
