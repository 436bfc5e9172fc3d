package newsflow.enrich.nlp.places;

/**
 * One named place of the {@link Gazetteer}: a country, a first-level division (state, province,
 * oblast), a populated place, or a region, continent or water body from the curated regions table.
 * {@code countryCode} is null for places that belong to no single country; {@code geonameId} is null
 * when the source has none.
 */
public record GazetteerEntry(
    String name,
    PlaceKind kind,
    String countryCode,
    String admin1Code,
    Long geonameId,
    String featureCode,
    long population,
    double lat,
    double lon) {

  /** The population from which a city counts as well known (a one-word name alone is then a place). */
  public static final long WELL_KNOWN_POPULATION = 100_000;

  /** A country, division or region, or a city of at least {@link #WELL_KNOWN_POPULATION} people. */
  public boolean isWellKnown() {
    return kind != PlaceKind.CITY || population >= WELL_KNOWN_POPULATION;
  }

  /** GeoNames-style admin1 key of this entry ("US.TX"), or null. */
  public String admin1Key() {
    return countryCode == null || admin1Code == null || admin1Code.isEmpty()
        ? null
        : countryCode + "." + admin1Code;
  }
}
