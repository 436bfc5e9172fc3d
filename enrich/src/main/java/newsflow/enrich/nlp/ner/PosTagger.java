package newsflow.enrich.nlp.ner;

import static newsflow.enrich.nlp.ner.NerLayers.DOCUMENT;
import static newsflow.enrich.nlp.ner.NerLayers.TAGGED;

import java.util.List;
import newsflow.enrich.nlp.Annotation;

/** DOCUMENT -> TAGGED: NLP4J's part-of-speech and entity tags and the model's per-sentence inputs, once. */
final class PosTagger extends NerLayers.Stage {
  private final Nlp4jRecognizer nlp4j;

  PosTagger(Nlp4jRecognizer nlp4j) {
    super(List.of(DOCUMENT), TAGGED);
    this.nlp4j = nlp4j;
  }

  @Override
  public void annotate(Annotation a) {
    a.put(TAGGED, nlp4j.tag(a.get(DOCUMENT)));
  }
}
