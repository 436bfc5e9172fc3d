package newsflow.enrich.nlp;

import newsflow.enrich.nlp.officials.Watchlist;

/** The one {@link ArticleAnalyzer} of a test JVM: the NLP models load once, whatever the number of tests. */
public final class SharedAnalyzer {
  private static volatile ArticleAnalyzer analyzer;

  private SharedAnalyzer() {}

  public static ArticleAnalyzer get() {
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
