package newsflow.cli.config;

import java.nio.file.Path;
import newsflow.cli.UserException;
import newsflow.enrich.mapping.OfficialDirectory;
import newsflow.enrich.topology.ArticleAnalysisFunction;

/**
 * Loads the NLP (H5's ArticleAnalyzer with a watchlist) once per process and adapts it to the
 * topology's {@link ArticleAnalysisFunction}; also exposes the watchlist as an {@link OfficialDirectory}.
 */
public final class Nlp {
  private Nlp() {}

  /** The analyzer for {@code watchlist} (null = the built-in default watchlist). */
  public static synchronized ArticleAnalysisFunction analyzer(Path watchlist) {
    throw new UserException("the NLP is not part of this build yet");
  }

  /** The watched officials, for alert names and titles. */
  public static OfficialDirectory officials(Path watchlist) {
    return OfficialDirectory.none();
  }
}
