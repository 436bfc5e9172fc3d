package newsflow.enrich.nlp.quotes;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import newsflow.enrich.nlp.SharedAnalyzer;

/** The quotes the whole pipeline finds in a made-up article, and one of them by its first words. */
final class PipelineQuotes {

  private PipelineQuotes() {}

  static List<Quote> quotes(String text) {
    return SharedAnalyzer.get().analyze(text, "en").quotes();
  }

  static Quote quote(List<Quote> quotes, String startsWith) {
    for (Quote q : quotes) if (q.text().startsWith(startsWith)) return q;
    throw new AssertionError("no quote starting with '" + startsWith + "' in " + quotes);
  }
}
