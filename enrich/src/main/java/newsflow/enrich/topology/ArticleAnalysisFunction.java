package newsflow.enrich.topology;

import java.time.Instant;
import java.util.List;
import newsflow.enrich.nlp.ArticleAnalysis;

/**
 * The NLP as the topology sees it: text, language, the article's authors and its publication time (null when
 * unknown) in, what was found out. In production this is
 * {@code ArticleAnalyzer::analyze}; the topology does not know how the analyzer is loaded.
 */
@FunctionalInterface
public interface ArticleAnalysisFunction {
  ArticleAnalysis analyze(String text, String language, List<String> authors, Instant publishedAt);
}
