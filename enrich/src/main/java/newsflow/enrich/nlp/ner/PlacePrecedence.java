package newsflow.enrich.nlp.ner;

import static newsflow.enrich.nlp.ner.NerLayers.BYLINE_NAMES;
import static newsflow.enrich.nlp.ner.NerLayers.DATELINE_PLACES;
import static newsflow.enrich.nlp.ner.NerLayers.GAZETTEER_MATCHES;
import static newsflow.enrich.nlp.ner.NerLayers.MODEL_MENTIONS;
import static newsflow.enrich.nlp.ner.NerLayers.PLACE_MENTIONS;
import static newsflow.enrich.nlp.ner.NerLayers.TITLE_NAMES;
import static newsflow.enrich.nlp.ner.NerLayers.TOKENS;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import newsflow.enrich.nlp.Annotation;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.places.Gazetteer;

/**
 * GAZETTEER_MATCHES and the other candidate layers -> PLACE_MENTIONS: each gazetteer place gets its
 * source, and with it its precedence. A place is {@code GAZETTEER_STRONG} (it wins over the model's and
 * the weaker rules' spans it overlaps: "Borno State" over "Borno", "London" in "London-based", "Trump
 * Tower" over "Trump") unless a model or rule span encloses it (the place is part of a longer name such
 * as "Kyiv Post"); then it stays {@code GAZETTEER}, used only where nothing else was found. A known
 * place's extent is more reliable than the model's guess, its type is not.
 */
final class PlacePrecedence extends NerLayers.Stage {

  PlacePrecedence() {
    super(List.of(TOKENS, GAZETTEER_MATCHES, MODEL_MENTIONS, TITLE_NAMES, BYLINE_NAMES, DATELINE_PLACES), PLACE_MENTIONS);
  }

  @Override
  public void annotate(Annotation a) {
    TokenIndex d = a.get(TOKENS);
    GazetteerPlaces.Matches g = a.get(GAZETTEER_MATCHES);
    List<Candidate> others = new ArrayList<>(a.get(MODEL_MENTIONS));
    others.addAll(a.get(TITLE_NAMES));
    others.addAll(a.get(BYLINE_NAMES));
    others.addAll(a.get(DATELINE_PLACES));
    List<Candidate> out = new ArrayList<>(g.places().size());
    for (int i = 0; i < g.places().size(); i++) {
      Candidate c = g.places().get(i);
      out.add(placePriority(d, c, g.subToken().get(i), g.strong().contains(c.key()),
          g.strongOverPeople().contains(c.key()), others, g.places()));
    }
    a.put(PLACE_MENTIONS, List.copyOf(out));
  }

  private static Candidate placePriority(TokenIndex d, Candidate g, boolean subToken, boolean strong, boolean overPeople,
      List<Candidate> others, List<Candidate> gazetteer) {
    for (Candidate o : others) {
      if (o.from() > g.from() || o.to() < g.to()) continue;
      boolean same = o.from() == g.from() && o.to() == g.to();
      if (!same && o.source() == MentionSource.MODEL && o.type() != EntityType.PERSON && tiledByPlaces(d, o, gazetteer)) continue;
      if (same && subToken && o.type() != EntityType.PERSON) continue; // "London-based", "Amsterdam-London"
      // a country, a first-level division or a region, or a name after "in"/"near", is a place even where
      // the model guessed an organisation ("what T&T offered"); a person only after a spatial preposition
      // or for a multi-word division ("in Nelson", "to Eastern Cape")
      if (same && strong && o.type() == EntityType.ORGANIZATION) continue;
      if (same && overPeople && o.type() == EntityType.PERSON && o.source().atMost(MentionSource.MODEL)) continue;
      return g; // enclosed by a recognised name: keep the low priority
    }
    return g.withSource(MentionSource.GAZETTEER_STRONG);
  }

  /** "TIJUANA & SAN DIEGO": a span made only of known places and connectors is a list of places. */
  private static boolean tiledByPlaces(TokenIndex d, Candidate o, List<Candidate> gazetteer) {
    boolean[] covered = new boolean[o.length()];
    int places = 0;
    for (Candidate g : gazetteer) {
      if (g.from() < o.from() || g.to() > o.to()) continue;
      places++;
      for (int i = g.from(); i <= g.to(); i++) covered[i - o.from()] = true;
    }
    boolean caps = d.allCaps(o.from(), o.to());
    if (places < 2) return false;
    for (int i = o.from(); i <= o.to(); i++) {
      if (covered[i - o.from()]) continue;
      String w = d.norm(i).toLowerCase(Locale.ROOT);
      if (w.equals("&") || w.equals("and") || w.equals(",") || w.equals("/")) continue;
      // a headline in capitals: "CHILE BEAT PERU" is two places and a verb, not one name
      if (caps && Gazetteer.shared().isCommonWord(w)) continue;
      return false;
    }
    return true;
  }
}
