package newsflow.enrich.nlp.ner;

import static newsflow.enrich.nlp.ner.NerLayers.TAGGED;
import static newsflow.enrich.nlp.ner.NerLayers.TOKENS;

import java.util.List;
import newsflow.enrich.nlp.Annotation;

/** TAGGED -> TOKENS: the tagged tokens flattened once for every rule stage. */
final class TokenIndexer extends NerLayers.Stage {
  TokenIndexer() {
    super(List.of(TAGGED), TOKENS);
  }

  @Override
  public void annotate(Annotation a) {
    a.put(TOKENS, new TokenIndex(a.get(TAGGED).document()));
  }
}
