package newsflow.enrich.nlp;

import java.util.List;
import newsflow.enrich.nlp.pipeline.ArticleAnalyzer;
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

  /** The entities of an English {@code text}. */
  public static List<Entity> entities(String text) {
    return get().analyze(text, "en").entities();
  }

  /** The type of the entity that has a mention reading exactly {@code mention}, or null. */
  public static EntityType typeOf(List<Entity> entities, String mention) {
    for (Entity e : entities) for (Span m : e.mentions()) if (m.text().equals(mention)) return e.type();
    return null;
  }

  /** The type of the entity with a mention at the {@code occurrence}-th (from 0) place {@code text} reads {@code mention}, or null. */
  public static EntityType typeAt(List<Entity> entities, String text, String mention, int occurrence) {
    int at = -1;
    for (int k = 0; k <= occurrence; k++) at = text.indexOf(mention, at + 1);
    for (Entity e : entities) for (Span m : e.mentions()) if (m.start() == at && m.text().equals(mention)) return e.type();
    return null;
  }
}
