package newsflow.enrich.nlp.ner;

import newsflow.enrich.nlp.EntityType;

/** A candidate mention over tokens {@code from..to} (inclusive) of a {@link TokenIndex}, with its source. */
record Candidate(int from, int to, EntityType type, MentionSource source) {

  /** The same span with another type. */
  Candidate withType(EntityType t) {
    return t == type ? this : new Candidate(from, to, t, source);
  }

  /** The same span and type from another source. */
  Candidate withSource(MentionSource s) {
    return new Candidate(from, to, type, s);
  }

  /** The token span as one number, for sets and maps keyed by span. */
  long key() {
    return ((long) from << 32) | to;
  }

  int length() {
    return to - from + 1;
  }
}
