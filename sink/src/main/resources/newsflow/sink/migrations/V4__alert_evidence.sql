-- newsflow warehouse, version 4: the words that named the official in the article and the rule that
-- accepted each (OfficialAlert.evidence), as a JSON array of {start, end, text, rule}; alerts written
-- before it have NULL.
ALTER TABLE alerts ADD COLUMN IF NOT EXISTS evidence TEXT;
