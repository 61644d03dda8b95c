-- Console accounts that log in through an OpenID Connect provider: the provider's id and the
-- subject it names the person by; their password hash is a random one nobody knows.
ALTER TABLE account ADD COLUMN sso_provider VARCHAR(64);
ALTER TABLE account ADD COLUMN sso_subject VARCHAR(255);
CREATE UNIQUE INDEX account_sso_subject ON account (sso_provider, sso_subject);
