-- Issue 14: a portal (its token issuer) belongs to one agency; its signing keys are rotated with an
-- overlap (the old key valid until retires_at) and revoked one by one. An agency may run several
-- portals. The key that was there stays the issuer's current key.
CREATE TABLE portal_issuer (
  issuer VARCHAR(200) PRIMARY KEY,
  agency_code VARCHAR(32) NOT NULL,
  created_at TIMESTAMP NOT NULL
);

INSERT INTO portal_issuer (issuer, agency_code, created_at)
  SELECT issuer, agency_code, created_at FROM portal_key;

CREATE TABLE portal_signing_key (
  key_id VARCHAR(40) PRIMARY KEY,
  issuer VARCHAR(200) NOT NULL REFERENCES portal_issuer (issuer),
  agency_code VARCHAR(32) NOT NULL,
  secret VARCHAR(200) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  retires_at TIMESTAMP,
  revoked_at TIMESTAMP
);

CREATE INDEX ix_portal_signing_key_issuer ON portal_signing_key (issuer);

INSERT INTO portal_signing_key (key_id, issuer, agency_code, secret, created_at)
  SELECT 'pk_' || LOWER(agency_code), issuer, agency_code, secret, created_at FROM portal_key;

DROP TABLE portal_key;
