package newsflow.cli.config;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import newsflow.cli.UserException;
import newsflow.enrich.mapping.OfficialDirectory;
import newsflow.enrich.mapping.OfficialRef;
import newsflow.enrich.nlp.pipeline.ArticleAnalyzer;
import newsflow.enrich.nlp.officials.Official;
import newsflow.enrich.nlp.officials.Watchlist;
import newsflow.enrich.nlp.officials.WatchlistException;
import newsflow.enrich.topology.ArticleAnalysisFunction;

/**
 * Loads the NLP ({@link ArticleAnalyzer} with a watchlist) once per process and adapts it to the
 * topology's {@link ArticleAnalysisFunction}; also exposes the watchlist as an {@link OfficialDirectory}.
 */
public final class Nlp {
  private static final Map<String, ArticleAnalyzer> ANALYZERS = new HashMap<>();

  private Nlp() {}

  /** The watchlist in {@code file}, or the built-in default when null; a bad file is a user error. */
  public static Watchlist watchlist(Path file) {
    try {
      return file == null ? Watchlist.defaults() : Watchlist.load(file);
    } catch (WatchlistException e) {
      throw new UserException("watchlist: " + e.getMessage(), e);
    }
  }

  /** The analyzer for {@code watchlistFile} (null = the built-in default watchlist), loaded once per JVM. */
  public static ArticleAnalysisFunction analyzer(Path watchlistFile) {
    return articleAnalyzer(watchlistFile)::analyze;
  }

  /** The loaded analyzer itself (for evaluations), once per JVM and watchlist. */
  public static synchronized ArticleAnalyzer articleAnalyzer(Path watchlistFile) {
    String key = watchlistFile == null ? "" : watchlistFile.toAbsolutePath().toString();
    ArticleAnalyzer analyzer = ANALYZERS.get(key);
    if (analyzer == null) {
      analyzer = ArticleAnalyzer.load(watchlist(watchlistFile));
      ANALYZERS.put(key, analyzer);
    }
    return analyzer;
  }

  /** The watched officials, for alert names and titles. */
  public static OfficialDirectory officials(Path watchlistFile) {
    return officials(watchlist(watchlistFile));
  }

  /** The officials of {@code w}, for alert names and titles. */
  public static OfficialDirectory officials(Watchlist w) {
    return id -> {
      Official o = w.byId(id);
      return o == null ? Optional.empty() : Optional.of(new OfficialRef(o.id(), o.name(), o.title()));
    };
  }
}
