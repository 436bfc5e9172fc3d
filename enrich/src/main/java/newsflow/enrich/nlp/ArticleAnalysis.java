package newsflow.enrich.nlp;

import java.util.List;

/** What the NLP found in one article. */
public record ArticleAnalysis(
    String language, List<Entity> entities, List<Quote> quotes, List<ResolvedPlace> places) {

  public static ArticleAnalysis empty(String language) {
    return new ArticleAnalysis(language, List.of(), List.of(), List.of());
  }
}
