-- newsflow warehouse, version 1: the tables of DESIGN.md. One script for DuckDB and PostgreSQL:
-- only types and syntax both accept. Lists (authors, titles, quotes) are JSON arrays in TEXT columns.
CREATE TABLE articles (
  id               TEXT PRIMARY KEY,
  url              TEXT,
  publisher        TEXT,
  title            TEXT,
  authors          TEXT,
  published_at     TIMESTAMP WITH TIME ZONE,
  ingested_at      TIMESTAMP WITH TIME ZONE,
  language         TEXT,
  text             TEXT,
  canonical_url    TEXT,
  domain           TEXT,
  feed_url         TEXT,
  content_hash     TEXT,
  enriched_at      TIMESTAMP WITH TIME ZONE,
  enricher_version TEXT
);

CREATE TABLE entities (
  article_id    TEXT NOT NULL,
  entity_id     TEXT NOT NULL,
  type          TEXT,
  name          TEXT,
  titles        TEXT,
  official_id   TEXT,
  mention_count INTEGER,
  PRIMARY KEY (article_id, entity_id)
);

CREATE TABLE quotes (
  article_id        TEXT NOT NULL,
  quote_id          TEXT NOT NULL,
  text              TEXT,
  speaker           TEXT,
  speaker_entity_id TEXT,
  cue               TEXT,
  partial           BOOLEAN,
  start_offset      INTEGER,
  end_offset        INTEGER,
  confidence        DOUBLE PRECISION,
  PRIMARY KEY (article_id, quote_id)
);

CREATE TABLE places (
  article_id   TEXT NOT NULL,
  entity_id    TEXT NOT NULL,
  name         TEXT,
  geoname_id   BIGINT,
  country_code TEXT,
  lat          DOUBLE PRECISION,
  lon          DOUBLE PRECISION,
  admin1       TEXT,
  feature_code TEXT,
  PRIMARY KEY (article_id, entity_id)
);

CREATE TABLE alerts (
  id             TEXT PRIMARY KEY,
  article_id     TEXT NOT NULL,
  official_id    TEXT NOT NULL,
  official_name  TEXT,
  kind           TEXT,
  mention_count  INTEGER,
  detected_at    TIMESTAMP WITH TIME ZONE,
  official_title TEXT,
  quotes         TEXT,
  title          TEXT,
  url            TEXT,
  publisher      TEXT,
  published_at   TIMESTAMP WITH TIME ZONE
);
