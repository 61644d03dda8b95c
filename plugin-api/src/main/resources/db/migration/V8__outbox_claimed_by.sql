-- Which Netra instance made a message's last delivery attempt, when several share the database.
ALTER TABLE outbox_message ADD COLUMN claimed_by VARCHAR(100);
