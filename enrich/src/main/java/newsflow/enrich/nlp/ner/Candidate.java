package newsflow.enrich.nlp.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
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

  /**
   * {@code in} without the {@code drop}ped candidates and with the {@code joined} ones, in text order (a stable sort by
   * start); {@code in} itself when nothing was joined. The last step of the join passes ({@link GivenNameJoin},
   * {@link CoordinatedOrgJoin}).
   */
  static List<Candidate> replace(List<Candidate> in, Set<Candidate> drop, List<Candidate> joined) {
    if (joined.isEmpty()) return in;
    List<Candidate> out = new ArrayList<>(in.size());
    for (Candidate m : in) if (!drop.contains(m)) out.add(m);
    out.addAll(joined);
    out.sort(Comparator.comparingInt(Candidate::from));
    return out;
  }

  /** True when a candidate of {@code in} covers token {@code i}. */
  static boolean covers(List<Candidate> in, int i) {
    for (Candidate o : in) if (o.from() <= i && o.to() >= i) return true;
    return false;
  }
}
