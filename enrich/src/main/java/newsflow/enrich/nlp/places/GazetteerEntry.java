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

  /** GeoNames-style admin1 key of this entry ("US.TX"), or null. */
  public String admin1Key() {
    return countryCode == null || admin1Code == null || admin1Code.isEmpty()
        ? null
        : countryCode + "." + admin1Code;
  }
}
