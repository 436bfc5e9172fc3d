package newsflow.enrich.nlp.ner;

/**
 * Where an entity mention came from. The constants are listed in order of precedence between sources
 * when their spans overlap: an earlier source wins (longer spans first within one source); it is
 * written down here and nowhere else, and applied by the {@link OverlapResolver} stage.
 */
public enum MentionSource {
  /** A news convention: an honorific before capitalised words ("Mr. Hale"), a byline, a dateline. */
  NEWS_CONVENTION(0.95),
  /** A title before a name ("President Ortiz", "spokesman Jan Eide"). */
  TITLE(0.94),
  /** A gazetteer place that no model span encloses, or that its context marks as a place ("in Tromsø"). */
  GAZETTEER_STRONG(0.92),
  /** newsflow's trained entity model ({@link NerModel}). */
  MODEL(0.9),
  /** Any other gazetteer place, kept only where nothing else was found. */
  GAZETTEER(0.8),
  /** Another occurrence of a string the article tags elsewhere. */
  CONSISTENCY(0.7);

  private final double confidence;

  MentionSource(double confidence) {
    this.confidence = confidence;
  }

  /** A rough confidence, reported as {@code EntityMention.score}. */
  public double confidence() {
    return confidence;
  }

  /** Whether this source is {@code other} or comes after it in precedence. */
  boolean atMost(MentionSource other) {
    return compareTo(other) >= 0;
  }
}
