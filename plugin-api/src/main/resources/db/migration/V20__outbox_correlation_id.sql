-- Issue 12: the id of the request that queued a message (its X-Request-Id), logged with each
-- delivery attempt and handed on to webhook targets. Null for messages queued outside a request.
ALTER TABLE outbox_message ADD COLUMN correlation_id VARCHAR(64);
