package newsflow.enrich.eval;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import newsflow.enrich.nlp.ArticleAnalyzer;
import newsflow.enrich.nlp.officials.Watchlist;

/**
 * Runs every NLP evaluation of the evaluation README (NER on CoNLL, direct quotes on PolNeAR, places on
 * GeoWebNews, the seed checks) with one loaded {@link ArticleAnalyzer} and prints one table.
 * {@code main(--data DIR [--seed DIR])}; DIR defaults to {@code ../shared/eval}, the seed to its sibling
 * {@code seed}. Sets that are absent are reported as skipped.
 */
public final class EvalMain {
  private EvalMain() {}

  /** The value of {@code --data DIR}, default {@code ../shared/eval}. */
  static Path dataDir(String[] args) {
    return option(args, "--data", Path.of("../shared/eval"));
  }

  private static Path option(String[] args, String name, Path fallback) {
    for (int i = 0; i + 1 < args.length; i++) if (args[i].equals(name)) return Path.of(args[i + 1]);
    return fallback;
  }

  /** Runs all evaluations and prints the table to {@code out}. */
  public static void run(Path data, Path seed, ArticleAnalyzer analyzer, PrintStream out) {
    out.println(String.format(Locale.ROOT, "%-8s %-52s %s", "set", "metric", "value"));
    Path conll = NerEval.conllFile(data);
    if (Files.isRegularFile(conll)) {
      long t0 = System.nanoTime();
      NerEval.Scores model = NerEval.evaluateModel(data, analyzer, null);
      NerEval.Scores s = NerEval.evaluate(data, analyzer, null);
      out.println(String.format(Locale.ROOT, "%-8s %-52s %s", "ner", "CoNLL dev, P / R / F1",
          "model alone (no news rules)  |  whole analyzer"));
      nerRow(out, "PER/ORG/LOC", model.precision(), model.recall(), model.f1(), s.precision(), s.recall(), s.f1());
      for (String t : NerEval.TYPES) {
        nerRow(out, t, model.precision(t), model.recall(t), model.f1(t), s.precision(t), s.recall(t), s.f1(t));
      }
      row(out, "ner", "CoNLL dev PER/ORG/LOC F1, whole analyzer", s.f1());
      out.println(String.format(Locale.ROOT, "%-8s %-52s %d docs in %.1f s", "ner", "documents", s.documents(),
          (System.nanoTime() - t0) / 1e9));
    } else {
      out.println("ner      skipped: no " + conll);
    }
    try {
      QuoteEval.Scores q = QuoteEval.evaluate(data, "dev", text -> analyzer.analyze(text, "en").quotes());
      row(out, "quotes", "PolNeAR dev direct-quote F1 (bar 0.95)", q.f1());
      row(out, "quotes", "PolNeAR dev speaker accuracy (bar 0.90)", q.speakerAccuracy());
    } catch (RuntimeException e) {
      out.println("quotes   skipped: " + e.getMessage());
    }
    try {
      PlaceEval.Result p = PlaceEval.evaluate(data, PlaceEval.fromAnalysis(text -> analyzer.analyze(text, "en")));
      row(out, "places", "GeoWebNews dev recognition F1 (bar 0.88)", p.f1());
      row(out, "places", "GeoWebNews dev accuracy@161km (bar 0.85)", p.accuracyAt161km());
    } catch (RuntimeException e) {
      out.println("places   skipped: " + e.getMessage());
    }
    if (Files.isRegularFile(seed.resolve("hegseth-nato.gold.json"))) {
      SeedEval.Result r = SeedEval.evaluate(seed, analyzer);
      out.println(String.format(Locale.ROOT, "%-8s %-52s %d/%d", "seed", "quote spans found", r.quotesFound(), r.quotes()));
      out.println(String.format(Locale.ROOT, "%-8s %-52s %d/%d", "seed", "speakers right", r.speakersRight(), r.speakersScored()));
      out.println(String.format(Locale.ROOT, "%-8s %-52s %d/%d", "seed", "people with canonical names", r.peopleFound(), r.people()));
      out.println(String.format(Locale.ROOT, "%-8s %-52s %d", "seed", "\"Uncle Sam\"-like people (want 0)", r.notPeopleFound()));
      out.println(String.format(Locale.ROOT, "%-8s %-52s %d/%d", "seed", "places with gold country", r.placesRight(), r.places()));
      out.println(String.format(Locale.ROOT, "%-8s %-52s %d/%d (unexpected %d)", "seed", "example-watchlist alerts",
          r.alertsRight(), r.alerts(), r.unexpectedAlerts()));
      for (String f : r.failures()) out.println("         " + f);
    } else {
      out.println("seed     skipped: no " + seed);
    }
  }

  private static void nerRow(PrintStream out, String what, double p1, double r1, double f1, double p2, double r2,
      double f2) {
    out.println(String.format(Locale.ROOT, "%-8s %-52s %.3f / %.3f / %.3f          |  %.3f / %.3f / %.3f", "ner",
        "CoNLL dev " + what, p1, r1, f1, p2, r2, f2));
  }

  private static void row(PrintStream out, String set, String metric, double value) {
    out.println(String.format(Locale.ROOT, "%-8s %-52s %.3f", set, metric, value));
  }

  /** {@code EvalMain --data DIR [--seed DIR]}. */
  public static void main(String[] args) {
    Path data = dataDir(args);
    Path seed = option(args, "--seed", data.toAbsolutePath().normalize().resolveSibling("seed"));
    run(data, seed, ArticleAnalyzer.load(Watchlist.empty()), System.out);
  }
}
