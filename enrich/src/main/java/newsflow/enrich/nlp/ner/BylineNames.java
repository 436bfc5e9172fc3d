package newsflow.enrich.nlp.ner;

import static newsflow.enrich.nlp.ner.NerLayers.BYLINE_NAMES;
import static newsflow.enrich.nlp.ner.NerLayers.TOKENS;

import java.util.ArrayList;
import java.util.List;
import newsflow.enrich.nlp.Annotation;
import newsflow.enrich.nlp.EntityType;

/** TOKENS -> BYLINE_NAMES: "By Ann Lee" at the start of a paragraph names the author ({@code NEWS_CONVENTION}). */
final class BylineNames extends NerLayers.Stage {
  BylineNames() {
    super(List.of(TOKENS), BYLINE_NAMES);
  }

  @Override
  public void annotate(Annotation a) {
    TokenIndex d = a.get(TOKENS);
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i + 1 < d.size(); i++) {
      if (!d.paragraphStart(i) || !d.norm(i).equals("By")) continue;
      int end = NameWords.nameRun(d, i + 1, 3);
      if (end >= i + 2) out.add(new Candidate(i + 1, end, EntityType.PERSON, MentionSource.NEWS_CONVENTION));
    }
    a.put(BYLINE_NAMES, List.copyOf(out));
  }
}
