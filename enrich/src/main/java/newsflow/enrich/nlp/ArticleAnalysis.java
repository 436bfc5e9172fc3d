package newsflow.enrich.nlp;

import java.util.List;

/**
 * What the NLP found in one article; {@code truncated} when the text was longer than the analyser's
 * cap ({@link newsflow.enrich.nlp.pipeline.ArticleAnalyzer#DEFAULT_MAX_ANALYSED_CHARS}) and only its beginning was analysed.
 */
public record ArticleAnalysis(
    String language, List<Entity> entities, List<Quote> quotes, List<ResolvedPlace> places, boolean truncated) {

  /** An analysis of the whole text. */
  public ArticleAnalysis(String language, List<Entity> entities, List<Quote> quotes, List<ResolvedPlace> places) {
    this(language, entities, quotes, places, false);
  }

  public static ArticleAnalysis empty(String language) {
    return new ArticleAnalysis(language, List.of(), List.of(), List.of());
  }
}
