package newsflow.enrich.nlp.places;

/** What kind of place a {@link GazetteerEntry} names. */
public enum PlaceKind {
  COUNTRY,
  ADMIN1,
  CITY,
  /** Continents, world regions, seas, peninsulas and other places from the curated regions table. */
  REGION
}
