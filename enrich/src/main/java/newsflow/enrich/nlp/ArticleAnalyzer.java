package newsflow.enrich.nlp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import newsflow.enrich.nlp.entities.Bylines;
import newsflow.enrich.nlp.entities.EntityResolver;
import newsflow.enrich.nlp.ner.NewsEntityRecognizer;
import newsflow.enrich.nlp.ner.Nlp4jRecognizer;
import newsflow.enrich.nlp.ner.Nlp4jTagger;
import newsflow.enrich.nlp.officials.OfficialMatcher;
import newsflow.enrich.nlp.officials.Watchlist;
import newsflow.enrich.nlp.places.Gazetteer;
import newsflow.enrich.nlp.places.GazetteerPlaceRecognizer;
import newsflow.enrich.nlp.places.PlaceResolver;
import newsflow.enrich.nlp.quotes.QuoteAttributor;
import newsflow.enrich.nlp.text.TextPipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The article NLP in one call: text pipeline -> named entities (NLP4J + news rules) -> entity
 * resolution (one entity per person with titles and name forms) -> quotes with speakers -> places on
 * the gazetteer -> watched officials. Load once per process ({@link #load}); {@link #analyze} is
 * thread-safe. Articles in a language other than English pass through empty.
 */
public final class ArticleAnalyzer {
  private static final Logger LOG = LoggerFactory.getLogger(ArticleAnalyzer.class);

  private final TextPipeline text;
  private final NewsEntityRecognizer recognizer;
  private final EntityResolver resolver;
  private final QuoteAttributor quotes;
  private final PlaceResolver places;
  private final OfficialMatcher officials;

  private ArticleAnalyzer(TextPipeline text, NewsEntityRecognizer recognizer, EntityResolver resolver,
      QuoteAttributor quotes, PlaceResolver places, OfficialMatcher officials) {
    this.text = text;
    this.recognizer = recognizer;
    this.resolver = resolver;
    this.quotes = quotes;
    this.places = places;
    this.officials = officials;
  }

  /** Loads the models (NLP4J cache in the default directory, built on first start) with the default watchlist. */
  public static ArticleAnalyzer load() {
    return load(Watchlist.defaults());
  }

  /** Loads the models, matching the officials of {@code watchlist}; the NLP4J cache is in the default directory. */
  public static ArticleAnalyzer load(Watchlist watchlist) {
    return load(watchlist, Nlp4jTagger.defaultCacheDir());
  }

  /** Loads the models, with the NLP4J compact cache in {@code cacheDir}. */
  public static ArticleAnalyzer load(Watchlist watchlist, Path cacheDir) {
    long t0 = System.nanoTime();
    // the gazetteer and the NLP4J models load in parallel: start-up time is the longer of the two
    CompletableFuture<Gazetteer> gazetteer = CompletableFuture.supplyAsync(Gazetteer::shared);
    Nlp4jTagger tagger = Nlp4jTagger.load(cacheDir);
    Gazetteer g = gazetteer.join();
    GazetteerPlaceRecognizer gazetteerPlaces = new GazetteerPlaceRecognizer();
    NewsEntityRecognizer recognizer = new NewsEntityRecognizer(new Nlp4jRecognizer(tagger), gazetteerPlaces);
    ArticleAnalyzer a = new ArticleAnalyzer(TextPipeline.instance(), recognizer, new EntityResolver(w -> countryOf(g, w)),
        new QuoteAttributor(), new PlaceResolver(), new OfficialMatcher(watchlist == null ? Watchlist.empty() : watchlist));
    LOG.info("ArticleAnalyzer ready in {} ms", (System.nanoTime() - t0) / 1_000_000);
    return a;
  }

  /**
   * Analyses one article. {@code language} is an ISO 639-1 code or null (unknown: treated as English);
   * any other language returns {@link ArticleAnalysis#empty}.
   */
  public ArticleAnalysis analyze(String articleText, String language) {
    return analyze(articleText, language, List.of());
  }

  /**
   * Analyses an article whose metadata names its {@code authors}: a person the text names who is one of
   * them gets the title "author"; an author the text does not name is not one of its people.
   */
  public ArticleAnalysis analyze(String articleText, String language, List<String> authors) {
    if (!isEnglish(language)) return ArticleAnalysis.empty(language);
    Document doc = text.process(articleText == null ? "" : articleText);
    Nlp4jRecognizer.Tagged tagged = recognizer.tag(doc);
    doc = tagged.document();
    List<Entity> entities = new ArrayList<>(resolver.resolve(doc, tagged.mentions()));
    List<Quote> found = quotes.attribute(doc, entities);
    List<ResolvedPlace> resolved = places.resolve(doc, entities);
    Bylines.markAuthors(entities, authors);
    officials.match(doc, entities);
    return new ArticleAnalysis(language, List.copyOf(entities), List.copyOf(found),
        List.copyOf(resolved));
  }

  /** The country a word names or denotes as a demonym ("Russian" -> "Russia", "U.S." -> "United States"), or null. */
  private static String countryOf(Gazetteer g, String word) {
    String iso = g.demonymCountry(word);
    if (iso == null) {
      for (var e : g.lookup(word)) {
        if (e.kind() == newsflow.enrich.nlp.places.PlaceKind.COUNTRY) {
          iso = e.countryCode();
          break;
        }
      }
    }
    var country = g.country(iso);
    return country == null ? null : country.name();
  }

  /** English or unknown. */
  public static boolean isEnglish(String language) {
    if (language == null || language.isBlank()) return true;
    String l = language.trim().toLowerCase(Locale.ROOT);
    return l.equals("en") || l.startsWith("en-") || l.startsWith("en_") || l.equals("eng") || l.equals("english");
  }
}
