-- The audit chain without a global lock in business transactions (issue 12).
--
-- A business transaction now only inserts its records into audit_pending, in its own commit,
-- holding no lock. One sealer at a time (whoever holds audit_head's row lock, on any instance)
-- moves the committed pending records into audit_entry in the order of their ids, giving each its
-- seq, prev_hash and hash, and deletes them from audit_pending in the same transaction: nothing is
-- lost (the record commits with the change it describes) and nothing is sealed twice.
-- audit_pending's id comes from a sequence drawn one value at a time, so a record written after
-- another committed (on whichever instance) always gets the higher id and is sealed after it.
CREATE SEQUENCE audit_pending_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE audit_pending (
  id BIGINT PRIMARY KEY,
  occurred_at TIMESTAMP NOT NULL,
  actor VARCHAR(120) NOT NULL,
  agency_code VARCHAR(32),
  action VARCHAR(64) NOT NULL,
  entity_type VARCHAR(64) NOT NULL,
  entity_id VARCHAR(100) NOT NULL,
  before_state VARCHAR(20000),
  after_state VARCHAR(20000)
);

-- An agency's auditor pages through its own entries by seq.
CREATE INDEX ix_audit_agency_seq ON audit_entry (agency_code, seq);

-- Every walk of the chain, with its progress; a VALID one is a checkpoint a later walk starts from
-- (and is compared against).
CREATE SEQUENCE audit_verification_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE audit_verification (
  id BIGINT PRIMARY KEY,
  scope VARCHAR(20) NOT NULL,
  status VARCHAR(20) NOT NULL,
  requested_by VARCHAR(120) NOT NULL,
  instance_name VARCHAR(100),
  started_at TIMESTAMP NOT NULL,
  heartbeat_at TIMESTAMP NOT NULL,
  finished_at TIMESTAMP,
  after_seq BIGINT NOT NULL,
  to_seq BIGINT NOT NULL,
  to_hash VARCHAR(64) NOT NULL,
  checked BIGINT NOT NULL,
  checkpoint_id BIGINT,
  first_broken_seq BIGINT,
  problem VARCHAR(300)
);
CREATE INDEX ix_audit_verification_status ON audit_verification (status, to_seq);
