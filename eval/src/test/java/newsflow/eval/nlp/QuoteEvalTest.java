package newsflow.eval.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsflow.enrich.nlp.Quote;
import newsflow.enrich.nlp.Span;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuoteEvalTest {

  private static final String TEXT =
      "“We will win this race easily,” Smith said. Jones said that taxes are too high for families."
          + " A sign read “Vote for change now please.”";

  /** Two attributions: a direct quote (Smith) and an indirect one (Jones); the sign is unannotated. */
  private static final String ANN = String.join("\n",
      "T1\tContent 0 31\t“We will win this race easily,”",
      "T2\tSource 32 37\tSmith",
      "T3\tCue 38 42\tsaid",
      "T4\tAttribution 38 42\tsaid",
      "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2",
      "T5\tSource 44 49\tJones",
      "T6\tCue 50 54\tsaid",
      "T7\tContent 55 80;80 92\tthat taxes are too high for families.",
      "T8\tAttribution 50 54\tsaid",
      "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5",
      "");

  private static Quote quote(int start, int end, Span speakerMention) {
    return new Quote("q", start, end, TEXT.substring(start, end), null, null, speakerMention, "said", false, 1);
  }

  @Test
  void parsesDiscontinuousSpansAndRelations() {
    BratDocument doc = BratDocument.parse(ANN);
    assertEquals(8, doc.textBounds().size());
    assertEquals(2, doc.relations().size());
    assertEquals(55, doc.textBounds().get("T7").start());
    assertEquals(92, doc.textBounds().get("T7").end());
    assertEquals(List.of("T2"), doc.relations().get(0).role("Source"));
  }

  @Test
  void goldDirectQuotesAreContentSpansOpenedByADoubleQuote() {
    List<QuoteEval.GoldQuote> gold = QuoteEval.goldDirectQuotes(TEXT, BratDocument.parse(ANN));
    assertEquals(1, gold.size());
    assertEquals(0, gold.get(0).start());
    assertEquals("Smith", TEXT.substring(gold.get(0).source().start(), gold.get(0).source().end()));
  }

  @Test
  void scoresRecallPrecisionAndSpeaker() {
    BratDocument ann = BratDocument.parse(ANN);
    int signStart = TEXT.indexOf("Vote");
    List<Quote> preds = List.of(
        quote(1, 30, Span.of(TEXT, 32, 37)), // right quote, right speaker
        quote(signStart, TEXT.length() - 2, null)); // unannotated: a false positive
    QuoteEval.Scores s = QuoteEval.score("doc", TEXT, ann, preds, x -> {});
    assertEquals(1, s.goldTotal());
    assertEquals(1, s.goldFound());
    assertEquals(1, s.predictedRight());
    assertEquals(1, s.predictedWrong());
    assertEquals(0.5, s.precision(), 1e-9);
    assertEquals(1.0, s.recall(), 1e-9);
    assertEquals(1, s.speakerRight());
    assertEquals(1.0, s.speakerAccuracy(), 1e-9);
  }

  @Test
  void quoteInsideIndirectAttributionIsLeftOutAndWrongSpeakerCounts() {
    BratDocument ann = BratDocument.parse(ANN);
    List<Quote> preds = List.of(
        quote(1, 30, Span.of(TEXT, 44, 49)), // right quote, speaker mention on Jones: wrong
        quote(60, 88, null)); // inside Jones's indirect content: neither right nor wrong
    QuoteEval.Scores s = QuoteEval.score("doc", TEXT, ann, preds, x -> {});
    assertEquals(1, s.predictedRight());
    assertEquals(0, s.predictedWrong());
    assertEquals(1, s.predictedIgnored());
    assertEquals(0, s.speakerRight());
    assertEquals(1, s.speakerTotal());
  }

  @Test
  void goldQuoteCoveredLessThanHalfIsMissedAndShortQuotesAreLeftOut() {
    BratDocument ann = BratDocument.parse(ANN);
    List<Quote> preds = List.of(quote(1, 8, null), quote(9, 12, null)); // "We will", "win": under 4 tokens
    QuoteEval.Scores s = QuoteEval.score("doc", TEXT, ann, preds, x -> {});
    assertEquals(0, s.goldFound());
    assertEquals(0, s.predictedRight() + s.predictedWrong() + s.predictedIgnored());
    assertEquals(4, QuoteEval.wordTokens(TEXT, 1, 17));
  }

  @Test
  void loadsFirstAnnotatorOfDoubleAnnotatedArticle(@TempDir Path dir) throws Exception {
    Path split = dir.resolve("quotes/polnear/dev");
    Files.createDirectories(split.resolve("text"));
    Files.createDirectories(split.resolve("attributions"));
    Files.writeString(split.resolve("text/a.txt"), TEXT);
    Files.writeString(split.resolve("attributions/a_b222.ann"), "");
    Files.writeString(split.resolve("attributions/a_a111.ann"), ANN);
    List<QuoteEval.Article> articles = QuoteEval.load(dir, "dev");
    assertEquals(1, articles.size());
    assertEquals(8, articles.get(0).annotations().textBounds().size());
    QuoteEval.Scores s = QuoteEval.evaluate(articles, QuoteEval::quotesWithoutEntities, x -> {});
    assertEquals(1, s.goldFound());
    assertEquals(1, s.speakerRight());
  }

  /** No drop from the recorded baseline on PolNeAR dev, through the whole analyzer as eval nlp measures it. */
  @Test
  void analyzerOnPolnearDevDoesNotDropBelowTheBaseline() {
    Path data = Path.of(System.getProperty("newsflow.eval.dir", "../../shared/eval"));
    Assumptions.assumeTrue(Files.isDirectory(QuoteEval.polnearDir(data).resolve("dev")),
        "PolNeAR dev not found under " + data.toAbsolutePath() + " (set -Dnewsflow.eval.dir)");
    var analyzer = SharedAnalyzer.get();
    QuoteEval.Scores s = QuoteEval.evaluate(data, "dev", text -> analyzer.analyze(text, "en").quotes());
    System.out.println(s.summary());
    assertEquals(List.of(), EvalBaseline.find().drops(
        java.util.Map.of("polnear.quote_f1", s.f1(), "polnear.speaker_accuracy", s.speakerAccuracy())), s.summary());
  }
}
