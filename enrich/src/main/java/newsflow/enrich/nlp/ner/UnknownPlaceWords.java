package newsflow.enrich.nlp.ner;

import static newsflow.enrich.nlp.ner.NerLayers.MODEL_MENTIONS;
import static newsflow.enrich.nlp.ner.NerLayers.MODEL_SPANS;
import static newsflow.enrich.nlp.ner.NerLayers.TOKENS;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import newsflow.enrich.nlp.Annotation;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.places.Gazetteer;

/**
 * MODEL_SPANS, TOKENS -> MODEL_MENTIONS: a place the gazetteer lists as no place ("La Niña") is not a
 * place; a single word the model calls a place but the gazetteer does not know is an organisation when it
 * is an abbreviation ("KPX") and not a name when it is an ordinary English word ("Gate 4"). Without a
 * gazetteer it passes the spans on unchanged.
 */
final class UnknownPlaceWords extends NerLayers.Stage {
  private final Gazetteer gazetteer;

  /** @param gazetteer the gazetteer, or null to pass the spans on unchanged */
  UnknownPlaceWords(Gazetteer gazetteer) {
    super(List.of(TOKENS, MODEL_SPANS), MODEL_MENTIONS);
    this.gazetteer = gazetteer;
  }

  @Override
  public void annotate(Annotation a) {
    TokenIndex d = a.get(TOKENS);
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : a.get(MODEL_SPANS)) out.add(gazetteer == null ? c : retype(d, c));
    a.put(MODEL_MENTIONS, List.copyOf(out));
  }

  private Candidate retype(TokenIndex d, Candidate m) {
    if (m.type() != EntityType.PLACE) return m;
    if (gazetteer.isNotPlace(d.phrase(m.from(), m.to()))) return m.withType(EntityType.OTHER); // "La Niña"
    if (m.from() != m.to()) return m;
    String w = d.norm(m.from());
    if (!gazetteer.lookup(w).isEmpty() || gazetteer.stateAbbreviation(w) != null || gazetteer.demonymCountry(w) != null) {
      return m;
    }
    int upper = 0;
    for (int i = 0; i < w.length(); i++) if (Character.isUpperCase(w.charAt(i))) upper++;
    if (upper >= 2 && w.chars().allMatch(Character::isLetter) && !d.allCaps(Math.max(0, m.from() - 1))) {
      return m.withType(EntityType.ORGANIZATION);
    }
    if (upper == 1 && gazetteer.isCommonWord(w.toLowerCase(Locale.ROOT))) return m.withType(EntityType.OTHER);
    return m;
  }
}
