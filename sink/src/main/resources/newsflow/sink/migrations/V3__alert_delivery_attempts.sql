-- newsflow warehouse, version 3: a delivery is recorded as ATTEMPTING (committed) before the
-- notifier is called and marked DELIVERED after it succeeded, so a crash between the two leaves a
-- trace instead of a second notification. Rows written by version 2 were delivered.
ALTER TABLE alert_deliveries ADD COLUMN state TEXT DEFAULT 'DELIVERED';
ALTER TABLE alert_deliveries ADD COLUMN attempted_at TIMESTAMP WITH TIME ZONE;
UPDATE alert_deliveries SET state = 'DELIVERED', attempted_at = delivered_at;
ALTER TABLE alert_deliveries ALTER COLUMN state SET NOT NULL;
ALTER TABLE alert_deliveries ALTER COLUMN attempted_at SET NOT NULL;
ALTER TABLE alert_deliveries ALTER COLUMN delivered_at DROP NOT NULL;
