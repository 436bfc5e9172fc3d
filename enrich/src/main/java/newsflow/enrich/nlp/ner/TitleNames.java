package newsflow.enrich.nlp.ner;

import static newsflow.enrich.nlp.ner.NameWords.isNameSuffix;
import static newsflow.enrich.nlp.ner.NameWords.kinship;
import static newsflow.enrich.nlp.ner.NameWords.nameRun;
import static newsflow.enrich.nlp.ner.NameWords.stripPeriod;
import static newsflow.enrich.nlp.ner.NerLayers.TITLE_NAMES;
import static newsflow.enrich.nlp.ner.NerLayers.TOKENS;

import java.util.ArrayList;
import java.util.List;
import newsflow.enrich.nlp.Annotation;
import newsflow.enrich.nlp.EntityType;

/**
 * TOKENS -> TITLE_NAMES: capitalised words after an honorific ("Mr. Hale": {@code NEWS_CONVENTION}) or
 * a title ("President Ortiz", "Kremlin spokesman Jan Eide": {@code TITLE}) are a person.
 */
final class TitleNames extends NerLayers.Stage {
  private final NerLexicon lex = NerLexicon.instance();

  TitleNames() {
    super(List.of(TOKENS), TITLE_NAMES);
  }

  @Override
  public void annotate(Annotation a) {
    TokenIndex d = a.get(TOKENS);
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i + 1 < d.size(); i++) {
      if (!d.sameSentence(i, i + 1)) continue;
      String w = d.norm(i);
      boolean honorific = lex.isHonorific(w) && (w.endsWith(".") || d.capitalised(i));
      boolean title = !honorific && (lex.isTitleHead(stripPeriod(w)) || precededByTitleHead(d, i));
      if (!honorific && !title) continue;
      int end = nameRun(d, i + 1, 4);
      if (end < i + 1) continue;
      if (title) {
        // a lower-case title needs a full name ("spokesman Dmitry Peskov"); a capitalised one may take a
        // surname ("President Trump")
        boolean capitalTitle = d.capitalised(i);
        if (!capitalTitle && end == i + 1) continue;
        if (capitalTitle && d.allCaps(i)) continue; // headlines in capitals: too noisy
      }
      if (lex.isNotPerson(d.norm(i) + " " + d.phrase(i + 1, end))) continue;
      if (kinship(w)) continue;
      if (end + 1 < d.size() && d.sameSentence(end, end + 1) && isNameSuffix(d.norm(end + 1))) end++; // "Emperor Charles VI"
      out.add(new Candidate(i + 1, end, EntityType.PERSON, honorific ? MentionSource.NEWS_CONVENTION : MentionSource.TITLE));
    }
    a.put(TITLE_NAMES, List.copyOf(out));
  }

  /** A modifier right after a title head ("Secretary of State Ann Cole": "State" follows "Secretary of"). */
  private boolean precededByTitleHead(TokenIndex d, int i) {
    if (!lex.isTitleModifier(d.norm(i)) || !d.capitalised(i)) return false;
    for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
      if (!d.sameSentence(k, i)) return false;
      String w = d.norm(k);
      if (lex.isTitleHead(stripPeriod(w)) && d.capitalised(k)) return true;
      if (!(w.equalsIgnoreCase("of") || w.equalsIgnoreCase("the") || lex.isTitleModifier(w))) return false;
    }
    return false;
  }
}
