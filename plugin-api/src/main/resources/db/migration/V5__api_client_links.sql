-- An API client may be linked to a webhook connector (its decisions are called back through it)
-- while it keeps its key; clients created for a connector's own use are internal: they never
-- authenticate by key.
ALTER TABLE api_client ADD COLUMN internal BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE api_client SET internal = TRUE WHERE connector_id IS NOT NULL;
