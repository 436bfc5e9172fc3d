package newsflow.enrich.nlp;

/** A place entity resolved against the gazetteer; coordinates and ids are null when unresolved. */
public record ResolvedPlace(
    String entityId,
    String name,
    Long geonameId,
    String countryCode,
    String admin1,
    Double lat,
    Double lon,
    String featureCode) {}
