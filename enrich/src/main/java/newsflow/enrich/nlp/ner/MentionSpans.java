package newsflow.enrich.nlp.ner;

import static newsflow.enrich.nlp.ner.NerLayers.GAZETTEER_MATCHES;
import static newsflow.enrich.nlp.ner.NerLayers.MENTIONS;
import static newsflow.enrich.nlp.ner.NerLayers.RETYPED;
import static newsflow.enrich.nlp.ner.NerLayers.TOKENS;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import newsflow.enrich.nlp.Annotation;
import newsflow.enrich.nlp.EntityMention;
import newsflow.enrich.nlp.EntityType;

/**
 * RETYPED, GAZETTEER_MATCHES, TOKENS -> MENTIONS: the candidates back on characters, in text order, each
 * scored by its source's confidence. A place named inside a token keeps the gazetteer's character span
 * ("London" of "London-based"); a place glued to a currency sign or a product code ("US$", "T*SOL") is
 * dropped.
 */
final class MentionSpans extends NerLayers.Stage {

  MentionSpans() {
    super(List.of(TOKENS, GAZETTEER_MATCHES, RETYPED), MENTIONS);
  }

  @Override
  public void annotate(Annotation a) {
    TokenIndex d = a.get(TOKENS);
    Map<Long, int[]> insideChars = a.get(GAZETTEER_MATCHES).insideChars();
    String text = d.text();
    List<EntityMention> out = new ArrayList<>();
    for (Candidate m : a.get(RETYPED)) {
      int s = d.start(m.from());
      int e = d.end(m.to());
      int[] chars = m.type() == EntityType.PLACE ? insideChars.get(m.key()) : null;
      if (chars != null) {
        s = chars[0];
        e = chars[1];
      }
      if (m.type() == EntityType.PLACE && e < text.length() && text.charAt(e) == '$') continue; // "US$3.7m": a currency
      if (m.type() == EntityType.PLACE && (s > 0 && glued(text.charAt(s - 1)) || e < text.length() && glued(text.charAt(e)))) {
        continue; // "T*SOL", "PV*SOL": part of a product code, not a place
      }
      out.add(new EntityMention(s, e, text.substring(s, e), m.type(), m.source().confidence()));
    }
    out.sort(Comparator.comparingInt(EntityMention::start));
    a.put(MENTIONS, List.copyOf(out));
  }

  /** A character that glues a word into a code or a longer word ("T*SOL"); hyphens and apostrophes do not. */
  private static boolean glued(char c) {
    return Character.isLetterOrDigit(c) || c == '*' || c == '+' || c == '@' || c == '#' || c == '_';
  }
}
