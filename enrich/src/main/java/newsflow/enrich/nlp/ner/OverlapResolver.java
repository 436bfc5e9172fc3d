package newsflow.enrich.nlp.ner;

import static newsflow.enrich.nlp.ner.NerLayers.BYLINE_NAMES;
import static newsflow.enrich.nlp.ner.NerLayers.DATELINE_PLACES;
import static newsflow.enrich.nlp.ner.NerLayers.MODEL_MENTIONS;
import static newsflow.enrich.nlp.ner.NerLayers.PLACE_MENTIONS;
import static newsflow.enrich.nlp.ner.NerLayers.RESOLVED;
import static newsflow.enrich.nlp.ner.NerLayers.TITLE_NAMES;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import newsflow.enrich.nlp.Annotation;
import newsflow.enrich.nlp.Document.Layer;

/**
 * The candidate layers -> RESOLVED: where candidates overlap, one wins, by the conflict policy written in
 * {@link MentionSource}: the source earlier in its order wins; within one source the longer span; within
 * that, the earlier layer in {@link #CANDIDATES}, then the earlier span. A losing candidate is dropped
 * whole, never cut.
 */
final class OverlapResolver extends NerLayers.Stage {
  /** The candidate layers, in the order that breaks ties of source and length. */
  static final List<Layer<List<Candidate>>> CANDIDATES =
      List.of(MODEL_MENTIONS, TITLE_NAMES, BYLINE_NAMES, DATELINE_PLACES, PLACE_MENTIONS);

  OverlapResolver() {
    super(List.copyOf(CANDIDATES), RESOLVED);
  }

  @Override
  public void annotate(Annotation a) {
    List<Candidate> sorted = new ArrayList<>();
    for (Layer<List<Candidate>> layer : CANDIDATES) sorted.addAll(a.get(layer));
    sorted.sort(Comparator.comparing(Candidate::source).thenComparingInt(m -> -m.length())); // stable
    int max = 0;
    for (Candidate m : sorted) max = Math.max(max, m.to() + 1);
    boolean[] taken = new boolean[max];
    List<Candidate> chosen = new ArrayList<>();
    for (Candidate m : sorted) {
      boolean free = true;
      for (int i = m.from(); i <= m.to() && free; i++) free = !taken[i];
      if (!free) continue;
      for (int i = m.from(); i <= m.to(); i++) taken[i] = true;
      chosen.add(m);
    }
    chosen.sort(Comparator.comparingInt(Candidate::from));
    a.put(RESOLVED, List.copyOf(chosen));
  }
}
