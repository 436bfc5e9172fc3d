package newsflow.enrich.nlp.ner;

import static newsflow.enrich.nlp.ner.NerLayers.MODEL_TAGS;
import static newsflow.enrich.nlp.ner.NerLayers.TAGGED;

import java.util.List;
import newsflow.enrich.nlp.Annotation;

/** TAGGED -> MODEL_TAGS: newsflow's entity model ({@link NerModel}), or NLP4J's own entity tags without one. */
final class ModelTagger extends NerLayers.Stage {
  private final NerModel model;

  ModelTagger(NerModel model) {
    super(List.of(TAGGED), MODEL_TAGS);
    this.model = model;
  }

  @Override
  public void annotate(Annotation a) {
    Nlp4jRecognizer.Tagged tagged = a.get(TAGGED);
    a.put(MODEL_TAGS, model == null ? tagged.mentions() : model.mentions(tagged.document().text(), tagged.sentences()));
  }
}
