-- newsflow warehouse, version 3: a delivery is recorded as ATTEMPTING (committed) before the
-- notifier is called and marked DELIVERED after it succeeded, so a crash between the two leaves a
-- trace instead of a second notification. Rows written by version 2 were delivered (the DEFAULT
-- fills them). The UPDATE comes last: DuckDB refuses to alter a table with outstanding updates in
-- the same transaction. attempted_at stays nullable for the same reason; the sink always sets it.
ALTER TABLE alert_deliveries ADD COLUMN state TEXT DEFAULT 'DELIVERED';
ALTER TABLE alert_deliveries ADD COLUMN attempted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE alert_deliveries ALTER COLUMN state SET NOT NULL;
ALTER TABLE alert_deliveries ALTER COLUMN delivered_at DROP NOT NULL;
UPDATE alert_deliveries SET attempted_at = delivered_at;
