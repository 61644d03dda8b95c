-- Console logins (issue 14): one password check per login, then a session (a cookie for the
-- console, a short-lived bearer token for scripts), kept here so that every instance sharing the
-- database knows it. Only the SHA-256 of a session's token is stored.
ALTER TABLE account ADD COLUMN failed_logins INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE account ADD COLUMN last_failed_at TIMESTAMP;
ALTER TABLE account ADD COLUMN locked_until TIMESTAMP;
ALTER TABLE account ADD COLUMN last_login_at TIMESTAMP;
ALTER TABLE account ADD COLUMN last_login_address VARCHAR(64);
ALTER TABLE account ADD COLUMN password_changed_at TIMESTAMP;
ALTER TABLE account ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE account SET password_changed_at = created_at;

CREATE TABLE console_session (
  token_hash VARCHAR(64) PRIMARY KEY,
  account_id BIGINT NOT NULL REFERENCES account (id),
  kind VARCHAR(8) NOT NULL,
  csrf_token VARCHAR(64),
  address VARCHAR(64),
  user_agent VARCHAR(200),
  created_at TIMESTAMP NOT NULL,
  last_seen_at TIMESTAMP NOT NULL,
  expires_at TIMESTAMP NOT NULL
);
CREATE INDEX ix_console_session_account ON console_session (account_id);
CREATE INDEX ix_console_session_expiry ON console_session (expires_at);
