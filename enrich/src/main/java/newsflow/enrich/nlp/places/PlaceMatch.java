package newsflow.enrich.nlp.places;

import java.util.List;

/**
 * A span of text that names a place in the {@link Gazetteer}, with every gazetteer entry of that
 * name (most important first). {@code qualifier} is an explicit container written right after the
 * name ("Salisbury, Md.", "Paris, Texas"), or null.
 */
public record PlaceMatch(int start, int end, String text, List<GazetteerEntry> candidates, GazetteerEntry qualifier) {}
