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
import newsflow.enrich.nlp.text.TitleCase;

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
      if (end < i + 1 && honorific && surnameLikeFacilityWord(d, i + 1)) end = i + 1; // "Mr Hall said"
      if (end < i + 1) continue;
      if (isNameSuffix(d.norm(i + 1))) continue; // "Walter Ames King Jr.": the word is the surname, not a title
      if (honorific && !w.endsWith(".") && inTitleCaseLine(d, i, end)) continue; // "Father Wins Appeal Over Fees"
      if (title) {
        // a lower-case title needs a full name ("spokesman Dmitry Peskov"); a capitalised one may take a
        // surname ("President Trump")
        boolean capitalTitle = d.capitalised(i);
        if (!capitalTitle && end == i + 1) continue;
        if (capitalTitle && d.allCaps(i)) continue; // headlines in capitals: too noisy
        if (capitalTitle && inTitleCaseLine(d, i, end)) continue; // "Candidate Profiles And Feeds": every word capitalised
      }
      if (lex.isNotPerson(d.norm(i) + " " + d.phrase(i + 1, end))) continue;
      if (kinship(w)) continue;
      if (end + 1 < d.size() && d.sameSentence(end, end + 1) && isNameSuffix(d.norm(end + 1))) end++; // "Emperor Charles VI"
      out.add(new Candidate(i + 1, end, EntityType.PERSON, honorific ? MentionSource.NEWS_CONVENTION : MentionSource.TITLE));
    }
    a.put(TITLE_NAMES, List.copyOf(out));
  }

  /**
   * A sentence in title case (a headline, a menu line) capitalises every word, so a capitalised word after a
   * title there is no evidence of a name ("Voters Say Candidate Profiles Help"): true when the sentence has
   * no lower-case word but short function words and name particles, and capitalised words after the run
   * that follows the title. The model still reads such a line.
   */
  private static boolean inTitleCaseLine(TokenIndex d, int title, int end) {
    int s = title;
    while (s > 0 && d.sameSentence(s - 1, title)) s--;
    int e = end;
    while (e + 1 < d.size() && d.sameSentence(e + 1, end)) e++;
    int others = 0;
    for (int k = s; k <= e; k++) {
      String w = d.norm(k);
      if (!NameWords.hasLetter(w)) continue;
      if (Character.isLowerCase(w.charAt(0))) {
        if (!TitleCase.isSmallWord(w) && !NameWords.PARTICLES.contains(w)) return false;
      } else if (k > end && !isNameSuffix(w)) {
        others++;
      }
    }
    return others >= 1;
  }

  /**
   * "Mr Hall said", "Dr Park told": after an honorific, a lone capitalised word that is also a facility word
   * ("Hall", "Park", "Field") is a surname; a following capitalised word makes it a name of a place or an
   * organisation ("Lady Margaret Hall" is cut earlier), so none may follow.
   */
  private boolean surnameLikeFacilityWord(TokenIndex d, int k) {
    if (k >= d.size() || !d.capitalised(k) || d.allCaps(k) || !lex.isFacilitySuffix(d.norm(k))) return false;
    return k + 1 >= d.size() || !d.sameSentence(k, k + 1) || !d.capitalised(k + 1);
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
