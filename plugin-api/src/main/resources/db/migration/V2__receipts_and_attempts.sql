-- Signed pact receipts (the server's signing keys) and training attempts in the portal.

CREATE TABLE signing_key (
  kid VARCHAR(64) PRIMARY KEY,
  algorithm VARCHAR(16) NOT NULL,
  public_key VARCHAR(1000) NOT NULL,
  private_key VARCHAR(2000) NOT NULL,
  created_at TIMESTAMP NOT NULL
);

CREATE SEQUENCE training_attempt_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE training_attempt (
  id BIGINT PRIMARY KEY,
  nip VARCHAR(18) NOT NULL,
  module_id BIGINT NOT NULL REFERENCES training_module (id),
  score INTEGER NOT NULL,
  passed BOOLEAN NOT NULL,
  attempted_at TIMESTAMP NOT NULL,
  attempt_day DATE NOT NULL
);
CREATE INDEX ix_training_attempt_nip ON training_attempt (nip, attempt_day);
