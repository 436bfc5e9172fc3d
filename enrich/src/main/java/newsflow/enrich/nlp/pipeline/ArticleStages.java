package newsflow.enrich.nlp.pipeline;

import java.util.ArrayList;
import java.util.List;
import newsflow.enrich.nlp.Annotation;
import newsflow.enrich.nlp.Annotator;
import newsflow.enrich.nlp.AnnotatorPipeline;
import newsflow.enrich.nlp.Document;
import newsflow.enrich.nlp.Document.Layer;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.Quote;
import newsflow.enrich.nlp.ResolvedPlace;
import newsflow.enrich.nlp.entities.Bylines;
import newsflow.enrich.nlp.entities.EntityResolver;
import newsflow.enrich.nlp.ner.NewsEntityRecognizer;
import newsflow.enrich.nlp.ner.Nlp4jRecognizer;
import newsflow.enrich.nlp.officials.OfficialMatcher;
import newsflow.enrich.nlp.places.PlaceResolver;
import newsflow.enrich.nlp.quotes.QuoteAttributor;

/**
 * The article-level stages of {@link ArticleAnalyzer} as annotators over one annotation, after the text
 * pipeline: entity recognition (itself a pipeline, {@link NewsEntityRecognizer}) -> entity resolution ->
 * quotes -> places -> authors -> watched officials. A stage that adds to the article's entities (a quote's
 * speaker nobody else named, the author title, the official) produces the next entities layer, a new list
 * of the same {@link Entity} objects: the layer names say which stages the entities have been through, and
 * the pipeline checks at construction that every stage reads what an earlier one wrote.
 */
final class ArticleStages {
  private ArticleStages() {}

  /** Given: the article's document from the text pipeline. */
  static final Layer<Document> DOCUMENT = new Layer<>("article-document");
  /** Given: the authors named by the page's metadata (may be empty). */
  static final Layer<List<String>> AUTHORS = new Layer<>("article-authors");
  /** The document with part-of-speech tags and the recogniser's entity mentions. */
  static final Layer<Nlp4jRecognizer.Tagged> TAGGED = new Layer<>("article-tagged");
  /** One entity per referent, with titles and name forms. */
  static final Layer<List<Entity>> ENTITIES = new Layer<>("article-entities");
  /** The quotes with speakers. */
  static final Layer<List<Quote>> QUOTES = new Layer<>("article-quotes");
  /** {@link #ENTITIES} and the speakers the quotes named that no entity had. */
  static final Layer<List<Entity>> ENTITIES_WITH_SPEAKERS = new Layer<>("article-entities+speakers");
  /** The places resolved on the gazetteer. */
  static final Layer<List<ResolvedPlace>> PLACES = new Layer<>("article-places");
  /** {@link #ENTITIES_WITH_SPEAKERS} with the authors the body names titled "author". */
  static final Layer<List<Entity>> ENTITIES_WITH_AUTHORS = new Layer<>("article-entities+authors");
  /** The final entities: {@link #ENTITIES_WITH_AUTHORS} with their watched officials and evidence. */
  static final Layer<List<Entity>> ENTITIES_FINAL = new Layer<>("article-entities+officials");

  /** The stages in running order; the pipeline fails to build if they do not fit together. */
  static AnnotatorPipeline pipeline(NewsEntityRecognizer recognizer, EntityResolver resolver, QuoteAttributor quotes,
      PlaceResolver places, OfficialMatcher officials) {
    return new AnnotatorPipeline(List.of(DOCUMENT, AUTHORS), List.of(
        Annotator.of("EntityRecognition", List.of(DOCUMENT), List.of(TAGGED),
            a -> a.put(TAGGED, recognizer.tag(a.get(DOCUMENT)))),
        Annotator.of("EntityResolution", List.of(TAGGED), List.of(ENTITIES), a -> {
          Nlp4jRecognizer.Tagged t = a.get(TAGGED);
          a.put(ENTITIES, new ArrayList<>(resolver.resolve(t.document(), t.mentions())));
        }),
        Annotator.of("Quotes", List.of(TAGGED, ENTITIES), List.of(QUOTES, ENTITIES_WITH_SPEAKERS), a -> {
          List<Entity> entities = new ArrayList<>(a.get(ENTITIES));
          a.put(QUOTES, quotes.attribute(a.get(TAGGED).document(), entities));
          a.put(ENTITIES_WITH_SPEAKERS, entities);
        }),
        Annotator.of("Places", List.of(TAGGED, ENTITIES_WITH_SPEAKERS), List.of(PLACES),
            a -> a.put(PLACES, places.resolve(a.get(TAGGED).document(), a.get(ENTITIES_WITH_SPEAKERS)))),
        Annotator.of("Authors", List.of(ENTITIES_WITH_SPEAKERS, AUTHORS, PLACES), List.of(ENTITIES_WITH_AUTHORS), a -> {
          List<Entity> entities = new ArrayList<>(a.get(ENTITIES_WITH_SPEAKERS));
          Bylines.markAuthors(entities, a.get(AUTHORS));
          a.put(ENTITIES_WITH_AUTHORS, entities);
        }),
        Annotator.of("Officials", List.of(TAGGED, ENTITIES_WITH_AUTHORS), List.of(ENTITIES_FINAL), a -> {
          List<Entity> entities = new ArrayList<>(a.get(ENTITIES_WITH_AUTHORS));
          officials.match(a.get(TAGGED).document(), entities);
          a.put(ENTITIES_FINAL, entities);
        })));
  }
}
