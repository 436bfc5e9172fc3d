package newsflow.enrich.nlp.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import newsflow.enrich.nlp.Annotation;
import newsflow.enrich.nlp.AnnotatorPipeline;
import newsflow.enrich.nlp.ArticleAnalysis;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.StageTimes;
import newsflow.enrich.nlp.Document;
import newsflow.enrich.nlp.EntityMention;
import newsflow.enrich.nlp.entities.EntityResolver;
import newsflow.enrich.nlp.ner.NerModel;
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

  /**
   * The longest text analysed, in characters: 200,000, about 30,000 words, several times the longest
   * news article. A longer text (a book-length page, a log pasted into an article, a file someone
   * dropped into the watched directory) is analysed up to the end of its last paragraph, or failing
   * that its last sentence, before the cap, and the analysis says {@code truncated}: analysis time and
   * memory stay bounded whatever comes in.
   */
  public static final int DEFAULT_MAX_ANALYSED_CHARS = 200_000;

  private final TextPipeline text;
  private final NewsEntityRecognizer recognizer;
  private final EntityResolver resolver;
  private final QuoteAttributor quotes;
  private final PlaceResolver places;
  private final OfficialMatcher officials;
  private final int maxAnalysedChars;
  private final AnnotatorPipeline pipeline;

  private ArticleAnalyzer(TextPipeline text, NewsEntityRecognizer recognizer, EntityResolver resolver,
      QuoteAttributor quotes, PlaceResolver places, OfficialMatcher officials, int maxAnalysedChars) {
    this.text = text;
    this.recognizer = recognizer;
    this.resolver = resolver;
    this.quotes = quotes;
    this.places = places;
    this.officials = officials;
    this.maxAnalysedChars = maxAnalysedChars;
    this.pipeline = ArticleStages.pipeline(recognizer, resolver, quotes, places, officials);
  }

  /** The article-level stages in running order, with the layers each reads and writes. */
  public AnnotatorPipeline pipeline() {
    return pipeline;
  }

  /** The same analyzer with another cap on the analysed text (benchmarks lift it to measure long texts). */
  public ArticleAnalyzer withMaxAnalysedChars(int maxChars) {
    if (maxChars < 1) throw new IllegalArgumentException("the cap must be positive: " + maxChars);
    return new ArticleAnalyzer(text, recognizer, resolver, quotes, places, officials, maxChars);
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
    CompletableFuture<NerModel> model = CompletableFuture.supplyAsync(NerModel::shipped);
    Nlp4jTagger tagger = Nlp4jTagger.load(cacheDir);
    Gazetteer g = gazetteer.join();
    GazetteerPlaceRecognizer gazetteerPlaces = new GazetteerPlaceRecognizer();
    NewsEntityRecognizer recognizer = new NewsEntityRecognizer(new Nlp4jRecognizer(tagger, g), model.join(),
        gazetteerPlaces);
    OfficialMatcher officials = new OfficialMatcher(watchlist == null ? Watchlist.empty() : watchlist);
    ArticleAnalyzer a = new ArticleAnalyzer(TextPipeline.instance(), recognizer,
        new EntityResolver(w -> countryOf(g, w)).withListedSexes(officials::listedSex),
        new QuoteAttributor(w -> isCountry(g, w)),
        new PlaceResolver(), officials, DEFAULT_MAX_ANALYSED_CHARS);
    LOG.info("ArticleAnalyzer ready in {} ms", (System.nanoTime() - t0) / 1_000_000);
    return a;
  }

  /** The same loaded models matching the officials of another watchlist (nothing is loaded again). */
  public ArticleAnalyzer withWatchlist(Watchlist watchlist) {
    OfficialMatcher officials = new OfficialMatcher(watchlist == null ? Watchlist.empty() : watchlist);
    return new ArticleAnalyzer(text, recognizer, resolver.withListedSexes(officials::listedSex), quotes, places,
        officials, maxAnalysedChars);
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
    return analyze(articleText, language, authors, null);
  }

  /**
   * Analyses an article published at {@code publishedAt} (null when unknown): the date lets a watched head of
   * state or government be found by the office alone ("the Ruritanian prime minister") when they held it at
   * that time ({@link OfficialMatcher#refer}).
   */
  public ArticleAnalysis analyze(String articleText, String language, List<String> authors, Instant publishedAt) {
    if (!isEnglish(language)) return ArticleAnalysis.empty(language);
    String full = articleText == null ? "" : articleText;
    int length = analysedLength(full, maxAnalysedChars);
    boolean truncated = length < full.length();
    if (truncated) LOG.debug("analysing the first {} of {} characters", length, full.length());
    // offsets into the beginning are offsets into the whole text
    long t0 = StageTimes.begin("TextPipeline");
    Document doc = text.process(truncated ? full.substring(0, length) : full);
    StageTimes.end("TextPipeline", t0);
    Annotation a = pipeline.run(init -> {
      init.put(ArticleStages.DOCUMENT, doc);
      init.put(ArticleStages.AUTHORS, authors == null ? List.of() : authors);
    });
    List<Entity> entities = new ArrayList<>(a.get(ArticleStages.ENTITIES_FINAL));
    long t1 = StageTimes.begin("OfficialsByOffice");
    officials.refer(doc, entities, publishedAt == null ? null : LocalDate.ofInstant(publishedAt, ZoneOffset.UTC));
    StageTimes.end("OfficialsByOffice", t1);
    return new ArticleAnalysis(language, List.copyOf(entities), List.copyOf(a.get(ArticleStages.QUOTES)),
        List.copyOf(a.get(ArticleStages.PLACES)), truncated);
  }

  /**
   * How much of {@code text} to analyse: all of it when it fits in {@code max} characters, else up to
   * the last line break, or failing that the last sentence end, in the second half of the cap, else
   * exactly {@code max} characters (never between the two halves of a surrogate pair).
   */
  static int analysedLength(String text, int max) {
    if (text.length() <= max) return text.length();
    int paragraph = Math.max(text.lastIndexOf('\n', max), text.lastIndexOf('\r', max));
    if (paragraph >= max / 2) return paragraph;
    for (int i = max - 1; i >= max / 2; i--) {
      char c = text.charAt(i);
      if ((c == '.' || c == '?' || c == '!') && Character.isWhitespace(text.charAt(i + 1))) return i + 1;
    }
    return Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
  }

  /**
   * The entity model's mentions alone, without the news rules, entity resolution or anything after
   * them: what {@code newsflow eval nlp} reports as "model alone".
   */
  public List<EntityMention> modelMentions(String articleText) {
    return recognizer.tagModelOnly(text.process(articleText == null ? "" : articleText)).mentions();
  }

  /** True when the gazetteer knows {@code name} as a country's name (not only as a demonym). */
  private static boolean isCountry(Gazetteer g, String name) {
    return countryCode(g, name) != null;
  }

  /** The country a word names or denotes as a demonym ("Russian" -> "Russia", "U.S." -> "United States"), or null. */
  private static String countryOf(Gazetteer g, String word) {
    String iso = g.demonymCountry(word);
    if (iso == null) iso = countryCode(g, word);
    var country = g.country(iso);
    return country == null ? null : country.name();
  }

  /** The ISO code of the country the gazetteer knows by the name {@code name}, or null. */
  private static String countryCode(Gazetteer g, String name) {
    for (var e : g.lookup(name)) {
      if (e.kind() == newsflow.enrich.nlp.places.PlaceKind.COUNTRY) return e.countryCode();
    }
    return null;
  }

  /** English or unknown. */
  public static boolean isEnglish(String language) {
    if (language == null || language.isBlank()) return true;
    String l = language.trim().toLowerCase(Locale.ROOT);
    return l.equals("en") || l.startsWith("en-") || l.startsWith("en_") || l.equals("eng") || l.equals("english");
  }
}
