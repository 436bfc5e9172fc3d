package newsflow.eval.nlp;

import newsflow.enrich.nlp.officials.Watchlist;
import newsflow.enrich.nlp.pipeline.ArticleAnalyzer;

/** The one {@link ArticleAnalyzer} of an evaluation test JVM: the NLP models load once. */
final class SharedAnalyzer {
  private static volatile ArticleAnalyzer analyzer;

  private SharedAnalyzer() {}

  static ArticleAnalyzer get() {
    ArticleAnalyzer a = analyzer;
    if (a == null) {
      synchronized (SharedAnalyzer.class) {
        a = analyzer;
        if (a == null) {
          a = ArticleAnalyzer.load(Watchlist.empty());
          analyzer = a;
        }
      }
    }
    return a;
  }
}
