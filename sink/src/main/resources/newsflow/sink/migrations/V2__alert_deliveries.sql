-- newsflow warehouse, version 2: which alert went out through which notifier, so that a replay of
-- news.alerts.v1 does not notify twice.
CREATE TABLE alert_deliveries (
  alert_id     TEXT NOT NULL,
  notifier     TEXT NOT NULL,
  delivered_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (alert_id, notifier)
);

