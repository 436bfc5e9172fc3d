package newsflow.enrich.nlp.ner;

import java.util.List;
import newsflow.enrich.nlp.Annotator;
import newsflow.enrich.nlp.Document;
import newsflow.enrich.nlp.Document.Layer;
import newsflow.enrich.nlp.EntityMention;

/**
 * The layers of {@link NewsEntityRecognizer}'s pipeline, in the order they are produced. Candidate
 * layers are lists of {@link Candidate} over the {@link #TOKENS} index, each tagged with its
 * {@link MentionSource}.
 */
final class NerLayers {
  private NerLayers() {}

  /** Given: the document from the text pipeline (sentences and tokens, no part of speech yet). */
  static final Layer<Document> DOCUMENT = new Layer<>("document");
  /** The document with part-of-speech tags, NLP4J's own entity tags, and each sentence as the model reads it. */
  static final Layer<Nlp4jRecognizer.Tagged> TAGGED = new Layer<>("tagged");
  /** The entity model's mentions (character spans). */
  static final Layer<List<EntityMention>> MODEL_TAGS = new Layer<>("model-tags");
  /** The tagged document's tokens flattened, with sentence and paragraph boundaries. */
  static final Layer<TokenIndex> TOKENS = new Layer<>("tokens");
  /** The model's mentions on tokens, titles and lower-case edges cut, idioms and portfolio words dropped. */
  static final Layer<List<Candidate>> MODEL_SPANS = new Layer<>("model-spans");
  /** {@link #MODEL_SPANS} with single words the gazetteer does not know as places retyped. */
  static final Layer<List<Candidate>> MODEL_MENTIONS = new Layer<>("model-mentions");
  /** People after an honorific ("Mr. Hale") or a title ("President Ortiz"). */
  static final Layer<List<Candidate>> TITLE_NAMES = new Layer<>("title-names");
  /** Authors in "By ..." lines. */
  static final Layer<List<Candidate>> BYLINE_NAMES = new Layer<>("byline-names");
  /** Places in datelines ("OSLO, March 5 -"). */
  static final Layer<List<Candidate>> DATELINE_PLACES = new Layer<>("dateline-places");
  /** The gazetteer's places on tokens, with what their context says about them. */
  static final Layer<GazetteerPlaces.Matches> GAZETTEER_MATCHES = new Layer<>("gazetteer-matches");
  /** The gazetteer's places, each {@code GAZETTEER_STRONG} or {@code GAZETTEER} against the other layers. */
  static final Layer<List<Candidate>> PLACE_MENTIONS = new Layer<>("place-mentions");
  /** Every candidate layer's mentions with overlaps resolved by {@link MentionSource} precedence. */
  static final Layer<List<Candidate>> RESOLVED = new Layer<>("resolved");
  /** {@link #RESOLVED} plus untagged repeats of tagged strings and surnames. */
  static final Layer<List<Candidate>> CONSISTENT = new Layer<>("consistent");
  /** {@link #CONSISTENT} with types made consistent across the article. */
  static final Layer<List<Candidate>> RETYPED = new Layer<>("retyped");
  /** The result: character-span mentions in text order. */
  static final Layer<List<EntityMention>> MENTIONS = new Layer<>("mentions");

  /** A stage with its declared layers. */
  abstract static class Stage implements Annotator {
    private final List<Layer<?>> requires;
    private final List<Layer<?>> produces;

    Stage(List<Layer<?>> requires, Layer<?> produces) {
      this.requires = List.copyOf(requires);
      this.produces = List.of(produces);
    }

    @Override
    public final List<Layer<?>> requires() {
      return requires;
    }

    @Override
    public final List<Layer<?>> produces() {
      return produces;
    }
  }
}
