package newsflow.eval.nlp;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import newsflow.enrich.nlp.pipeline.ArticleAnalyzer;
import newsflow.enrich.nlp.ner.Conll;
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

  /**
   * Runs all evaluations, prints the table to {@code out} (with the recorded baseline beside each value
   * when {@code baseline} is not null) and returns the measured values by baseline key.
   */
  public static Map<String, Double> run(Path data, Path seed, ArticleAnalyzer analyzer, PrintStream out,
      EvalBaseline baseline) {
    Map<String, Double> measured = new LinkedHashMap<>();
    Table t = new Table(out, baseline, measured);
    t.header();
    Path conll = NerEval.conllFile(data);
    if (Files.isRegularFile(conll)) {
      long t0 = System.nanoTime();
      Conll.Scores model = NerEval.evaluateModel(data, analyzer, null);
      Conll.Scores s = NerEval.evaluate(data, analyzer, null);
      out.println(String.format(Locale.ROOT, "%-8s %-52s %s", "ner", "CoNLL dev, P / R / F1",
          "model alone (no news rules)  |  whole analyzer"));
      nerRow(out, "PER/ORG/LOC", model.precision(), model.recall(), model.f1(), s.precision(), s.recall(), s.f1());
      for (String type : Conll.TYPES) {
        nerRow(out, type, model.precision(type), model.recall(type), model.f1(type), s.precision(type), s.recall(type),
            s.f1(type));
      }
      t.row("ner", "CoNLL dev PER/ORG/LOC precision", "conll.precision", s.precision());
      t.row("ner", "CoNLL dev PER/ORG/LOC recall", "conll.recall", s.recall());
      t.row("ner", "CoNLL dev PER/ORG/LOC F1, whole analyzer", "conll.f1", s.f1());
      for (String type : Conll.TYPES) t.row("ner", "CoNLL dev " + type + " F1", "conll." + type + ".f1", s.f1(type));
      t.row("ner", "CoNLL dev PER/ORG/LOC F1, entity model alone", "conll.model.f1", model.f1());
      out.println(String.format(Locale.ROOT, "%-8s %-52s %d docs in %.1f s", "ner", "documents", s.documents(),
          (System.nanoTime() - t0) / 1e9));
    } else {
      out.println("ner      skipped: no " + conll);
    }
    try {
      QuoteEval.Scores q = QuoteEval.evaluate(data, "dev", text -> analyzer.analyze(text, "en").quotes());
      t.row("quotes", "PolNeAR dev direct-quote F1 (bar 0.95)", "polnear.quote_f1", q.f1());
      t.row("quotes", "PolNeAR dev speaker accuracy (bar 0.90)", "polnear.speaker_accuracy", q.speakerAccuracy());
    } catch (RuntimeException e) {
      out.println("quotes   skipped: " + e.getMessage());
    }
    try {
      PlaceEval.Result p = PlaceEval.evaluate(data, PlaceEval.fromAnalysis(text -> analyzer.analyze(text, "en")));
      t.row("places", "GeoWebNews dev recognition F1 (bar 0.88)", "geowebnews.f1", p.f1());
      t.row("places", "GeoWebNews dev accuracy@161km (bar 0.85)", "geowebnews.acc161", p.accuracyAt161km());
    } catch (RuntimeException e) {
      out.println("places   skipped: " + e.getMessage());
    }
    if (Files.isRegularFile(seed.resolve("hegseth-nato.gold.json"))) {
      SeedEval.Result r = SeedEval.evaluate(seed, analyzer);
      t.count("seed", "quote spans found", "seed.quotes_found", r.quotesFound(), r.quotes());
      t.count("seed", "speakers right", "seed.speakers_right", r.speakersRight(), r.speakersScored());
      t.count("seed", "people with canonical names", "seed.people", r.peopleFound(), r.people());
      t.count("seed", "\"Uncle Sam\"-like people (want 0)", "seed.not_people", r.notPeopleFound(), -1);
      t.count("seed", "places with gold country", "seed.places_right", r.placesRight(), r.places());
      t.count("seed", "example-watchlist alerts", "seed.alerts_right", r.alertsRight(), r.alerts());
      t.count("seed", "unexpected example-watchlist alerts (want 0)", "seed.unexpected_alerts", r.unexpectedAlerts(), -1);
      for (String f : r.failures()) out.println("         " + f);
    } else {
      out.println("seed     skipped: no " + seed);
    }
    return measured;
  }

  private static void nerRow(PrintStream out, String what, double p1, double r1, double f1, double p2, double r2,
      double f2) {
    out.println(String.format(Locale.ROOT, "%-8s %-52s %.3f / %.3f / %.3f          |  %.3f / %.3f / %.3f", "ner",
        "CoNLL dev " + what, p1, r1, f1, p2, r2, f2));
  }

  /** Runs all evaluations and prints the table, without a baseline column. */
  public static Map<String, Double> run(Path data, Path seed, ArticleAnalyzer analyzer, PrintStream out) {
    return run(data, seed, analyzer, out, null);
  }

  /**
   * The report table: one row per value with its baseline key; with a baseline, the recorded value beside
   * it and "DROP" where the measurement falls more than {@link EvalBaseline#TOLERANCE} below it.
   */
  public static final class Table {
    private final PrintStream out;
    private final EvalBaseline baseline;
    private final Map<String, Double> measured;

    public Table(PrintStream out, EvalBaseline baseline, Map<String, Double> measured) {
      this.out = out;
      this.baseline = baseline;
      this.measured = measured;
    }

    void header() {
      out.println(String.format(Locale.ROOT, "%-8s %-52s %-9s %s", "set", "metric", "value",
          baseline == null ? "" : "baseline (" + EvalBaseline.FILE + ")"));
    }

    /** A value between 0 and 1. */
    public void row(String set, String metric, String key, double value) {
      measured.put(key, value);
      out.println(String.format(Locale.ROOT, "%-8s %-52s %-9s %s", set, metric, String.format(Locale.ROOT, "%.3f", value),
          compare(key, value, "%.3f")).stripTrailing());
    }

    /** A count, with its total when {@code of >= 0}. */
    public void count(String set, String metric, String key, int value, int of) {
      measured.put(key, (double) value);
      out.println(String.format(Locale.ROOT, "%-8s %-52s %-9s %s", set, metric, of >= 0 ? value + "/" + of : "" + value,
          compare(key, value, "%.0f")).stripTrailing());
    }

    private String compare(String key, double value, String format) {
      if (baseline == null) return "";
      var base = baseline.value(key);
      if (base.isEmpty()) return "(no baseline)";
      String problem = baseline.check(key, value);
      return String.format(Locale.ROOT, format, base.getAsDouble()) + (problem == null ? "" : "  DROP");
    }
  }

  /** {@code EvalMain --data DIR [--seed DIR]}. */
  public static void main(String[] args) {
    Path data = dataDir(args);
    Path seed = option(args, "--seed", data.toAbsolutePath().normalize().resolveSibling("seed"));
    EvalBaseline baseline;
    try {
      baseline = EvalBaseline.find();
    } catch (IllegalStateException e) {
      baseline = null; // outside the repository: no baseline column
    }
    run(data, seed, ArticleAnalyzer.load(Watchlist.empty()), System.out, baseline);
  }
}
