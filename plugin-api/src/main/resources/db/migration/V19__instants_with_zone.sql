-- Every time Netra keeps as an instant (issue 14): a TIMESTAMP without zone was written and read
-- in the JVM's own zone, so an instance in another zone (or a JVM whose zone changed) read other
-- instants than were written: the audit chain looked altered (its hashes are over the instant) and
-- one instance took another's delivery leases for hours ahead. With a zone every reader sees the
-- same instant. The old values are taken as written in the zone of the connection that migrates
-- them (PostgreSQL's JDBC driver and H2 use the JVM's zone): the zone they were written in, unless
-- it changed since (the chain's verification then says so). On PostgreSQL this rewrites the
-- tables once; allow for it on a large audit trail.
ALTER TABLE account ALTER COLUMN created_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE account ALTER COLUMN last_failed_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE account ALTER COLUMN last_login_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE account ALTER COLUMN locked_until SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE account ALTER COLUMN password_changed_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE api_client ALTER COLUMN created_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE audit_entry ALTER COLUMN occurred_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE audit_pending ALTER COLUMN occurred_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE audit_verification ALTER COLUMN finished_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE audit_verification ALTER COLUMN heartbeat_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE audit_verification ALTER COLUMN started_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE case_document ALTER COLUMN uploaded_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE case_reminder ALTER COLUMN acknowledged_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE case_reminder ALTER COLUMN created_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE case_settings ALTER COLUMN updated_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE catalogue_edition ALTER COLUMN applied_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE connector_marker ALTER COLUMN updated_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE connector_run ALTER COLUMN finished_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE connector_run ALTER COLUMN started_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE console_session ALTER COLUMN created_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE console_session ALTER COLUMN expires_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE console_session ALTER COLUMN last_seen_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE decision_change ALTER COLUMN changed_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE employee ALTER COLUMN updated_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE employee_transfer ALTER COLUMN decided_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE employee_transfer ALTER COLUMN requested_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE gate_decision ALTER COLUMN decided_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE outbox_message ALTER COLUMN created_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE outbox_message ALTER COLUMN lease_until SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE outbox_message ALTER COLUMN next_attempt_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE outbox_message ALTER COLUMN updated_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE pact_signature ALTER COLUMN recorded_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE pact_signature ALTER COLUMN signed_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE pact_template ALTER COLUMN published_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE portal_issuer ALTER COLUMN created_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE portal_signing_key ALTER COLUMN created_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE portal_signing_key ALTER COLUMN retires_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE portal_signing_key ALTER COLUMN revoked_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE reconciliation_item ALTER COLUMN resolved_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE sanction_reconciliation ALTER COLUMN ran_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE signing_key ALTER COLUMN created_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE training_attempt ALTER COLUMN attempted_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE training_completion ALTER COLUMN recorded_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE violation_type ALTER COLUMN created_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
