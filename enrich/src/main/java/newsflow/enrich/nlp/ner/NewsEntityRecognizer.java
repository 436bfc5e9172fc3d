package newsflow.enrich.nlp.ner;

import static newsflow.enrich.nlp.ner.NerLayers.DOCUMENT;
import static newsflow.enrich.nlp.ner.NerLayers.MENTIONS;
import static newsflow.enrich.nlp.ner.NerLayers.MODEL_TAGS;
import static newsflow.enrich.nlp.ner.NerLayers.TAGGED;

import java.util.List;
import newsflow.enrich.nlp.Annotation;
import newsflow.enrich.nlp.AnnotatorPipeline;
import newsflow.enrich.nlp.Document;
import newsflow.enrich.nlp.EntityMention;
import newsflow.enrich.nlp.EntityRecognizer;
import newsflow.enrich.nlp.places.Gazetteer;
import newsflow.enrich.nlp.places.GazetteerPlaceRecognizer;

/**
 * newsflow's entity model ({@link NerModel}) with the news conventions no sequence model sees on top, as
 * a pipeline of annotators over one document (layers in {@link NerLayers}, checked to fit together when
 * built):
 * <ol>
 *   <li>{@link PosTagger}: part of speech and the model's inputs, once;
 *   <li>{@link ModelTagger}: the entity model's mentions;
 *   <li>{@link TokenIndexer}: the tokens flattened, once, for the rules;
 *   <li>{@link ModelSpans}: titles, honorifics and lower-case edges cut from the model's spans, idioms
 *       and portfolio words dropped;
 *   <li>{@link UnknownPlaceWords}: single words the model calls places but the gazetteer does not know;
 *   <li>{@link TitleNames}, {@link BylineNames}, {@link DatelinePlaces}: mentions from news conventions;
 *   <li>{@link GazetteerPlaces}: the gazetteer's places, with what their context says;
 *   <li>{@link PlacePrecedence}: each gazetteer place strong or weak against the other candidates;
 *   <li>{@link OverlapResolver}: one candidate per token, by {@link MentionSource} precedence;
 *   <li>{@link ConsistentTagging}: a name tagged once is tagged alike across the article;
 *   <li>{@link Retyping}: and typed alike;
 *   <li>{@link MentionSpans}: back to character spans.
 * </ol>
 * Thread-safe.
 */
public final class NewsEntityRecognizer implements EntityRecognizer {
  private final AnnotatorPipeline modelOnly;
  private final AnnotatorPipeline pipeline;

  /**
   * @param statistical the NLP4J tagger (part-of-speech tags and the model's other inputs)
   * @param model newsflow's entity model, or null for NLP4J's own entity tags
   * @param places a gazetteer place recogniser (H6's), or null
   */
  public NewsEntityRecognizer(Nlp4jRecognizer statistical, NerModel model, EntityRecognizer places) {
    PosTagger pos = new PosTagger(statistical);
    ModelTagger tagger = new ModelTagger(model);
    this.modelOnly = new AnnotatorPipeline(List.of(DOCUMENT), List.of(pos, tagger));
    this.pipeline = new AnnotatorPipeline(List.of(DOCUMENT), List.of(pos, tagger,
        new TokenIndexer(),
        new ModelSpans(),
        new UnknownPlaceWords(places instanceof GazetteerPlaceRecognizer ? Gazetteer.shared() : null),
        new TitleNames(),
        new BylineNames(places instanceof GazetteerPlaceRecognizer ? Gazetteer.shared() : null),
        new DatelinePlaces(),
        new GazetteerPlaces(places),
        new PlacePrecedence(),
        new OverlapResolver(),
        new ConsistentTagging(),
        new Retyping(),
        new MentionSpans()));
  }

  /** The stages in running order. */
  public AnnotatorPipeline pipeline() {
    return pipeline;
  }

  @Override
  public List<EntityMention> recognize(Document doc) {
    return tag(doc).mentions();
  }

  /** The statistical model's mentions alone, without any news rule (to measure what the rules add). */
  public Nlp4jRecognizer.Tagged tagModelOnly(Document doc) {
    Annotation a = modelOnly.run(x -> x.put(DOCUMENT, doc));
    return a.get(TAGGED).withMentions(a.get(MODEL_TAGS));
  }

  /** Recognises the mentions of {@code doc}; the returned document carries POS tags. */
  public Nlp4jRecognizer.Tagged tag(Document doc) {
    Annotation a = pipeline.run(x -> x.put(DOCUMENT, doc));
    return a.get(TAGGED).withMentions(a.get(MENTIONS));
  }
}
