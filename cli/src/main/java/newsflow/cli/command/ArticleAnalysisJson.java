package newsflow.cli.command;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import newsflow.cli.config.Nlp;
import newsflow.enrich.mapping.Alerts;
import newsflow.enrich.mapping.EnrichedArticles;
import newsflow.enrich.mapping.OfficialDirectory;
import newsflow.enrich.nlp.ArticleAnalysis;
import newsflow.enrich.nlp.StageTimes;
import newsflow.enrich.topology.ArticleAnalysisFunction;
import newsflow.enrich.topology.EnrichApp;
import newsflow.ingest.extract.FileArticleReader;
import newsflow.schemas.json.PlainJson;
import newsflow.v1.EnrichedArticle;
import newsflow.v1.OfficialAlert;
import newsflow.v1.RawArticle;

/**
 * What {@code newsflow analyze} prints for one file: the EnrichedArticle as plain JSON with its
 * {@code "input"}, and an {@code "alerts"} array holding the OfficialAlerts the pipeline would raise for
 * it (official, kind, quotes, the matched words with offsets and rule). Shared with {@code eval realnews}.
 */
final class ArticleAnalysisJson {
  /** The field that carries the alerts beside the article's own fields. */
  static final String ALERTS_FIELD = "alerts";

  private final ArticleAnalysisFunction analyzer;
  private final OfficialDirectory officials;
  private final FileArticleReader reader = new FileArticleReader();

  ArticleAnalysisJson(ArticleAnalysisFunction analyzer, OfficialDirectory officials) {
    this.analyzer = analyzer;
    this.officials = officials;
  }

  /** With the analyzer and watchlist of {@code watchlist} (null: the built-in default). */
  static ArticleAnalysisJson forWatchlist(Path watchlist) {
    return new ArticleAnalysisJson(Nlp.analyzer(watchlist), Nlp.officials(watchlist));
  }

  /** Extracts, enriches and renders one file; {@code verbatim} keeps a text file's characters as the text. */
  ObjectNode analyze(Path file, String url, boolean verbatim, Instant now) throws Exception {
    long t0 = StageTimes.begin("Extraction");
    RawArticle raw = ExtractCommand.read(reader, file, url, now);
    if (verbatim) raw = AnalyzeCommand.verbatim(raw, file);
    StageTimes.end("Extraction", t0);
    long t1 = StageTimes.begin("Analysis");
    ArticleAnalysis analysis = analyzer.analyze(raw.getText(), raw.getLanguage(), raw.getAuthors(), raw.getPublishedAt());
    StageTimes.end("Analysis", t1);
    long t2 = StageTimes.begin("RecordAlertsJson");
    EnrichedArticle article = EnrichedArticles.from(raw, analysis, Instant.now(), EnrichApp.ENRICHER_VERSION);
    ObjectNode node = PlainJson.toNode(article, file.toString());
    ArrayNode alerts = node.putArray(ALERTS_FIELD);
    for (OfficialAlert a : Alerts.forArticle(article, officials, now)) alerts.add(PlainJson.toNode(a));
    StageTimes.end("RecordAlertsJson", t2);
    return node;
  }
}
