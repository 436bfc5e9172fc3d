package newsflow.eval.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.Quote;
import newsflow.enrich.nlp.quotes.QuoteAttributor;
import newsflow.enrich.nlp.text.TextPipeline;

/**
 * Scores direct-quote extraction and speaker attribution on PolNeAR ({@code quotes/polnear/<split>})
 * with the metric of the evaluation README: gold direct quotes are Content spans opened by a double
 * quotation mark, quotes under 4 tokens are left out, recall by half-coverage, precision by
 * half-containment, speaker accuracy by the predicted speaker mention overlapping the gold Source.
 */
public final class QuoteEval {

  /** Minimum number of word tokens for a gold or predicted quote to be scored. */
  public static final int MIN_TOKENS = 4;

  private QuoteEval() {}

  /** Counts behind the scores; add them up over documents with {@link #plus}. */
  public record Scores(int documents, int predictedRight, int predictedWrong, int predictedIgnored,
      int goldFound, int goldTotal, int speakerRight, int speakerTotal) {

    public static final Scores ZERO = new Scores(0, 0, 0, 0, 0, 0, 0, 0);

    public Scores plus(Scores o) {
      return new Scores(documents + o.documents, predictedRight + o.predictedRight,
          predictedWrong + o.predictedWrong, predictedIgnored + o.predictedIgnored, goldFound + o.goldFound,
          goldTotal + o.goldTotal, speakerRight + o.speakerRight, speakerTotal + o.speakerTotal);
    }

    public double precision() {
      int n = predictedRight + predictedWrong;
      return n == 0 ? 0 : (double) predictedRight / n;
    }

    public double recall() {
      return goldTotal == 0 ? 0 : (double) goldFound / goldTotal;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double speakerAccuracy() {
      return speakerTotal == 0 ? 0 : (double) speakerRight / speakerTotal;
    }

    /** A one-line summary. */
    public String summary() {
      return String.format(Locale.ROOT,
          "documents=%d quote P=%.3f R=%.3f F1=%.3f (right=%d wrong=%d ignored=%d found=%d/%d) "
              + "speaker accuracy=%.3f (%d/%d)",
          documents, precision(), recall(), f1(), predictedRight, predictedWrong, predictedIgnored, goldFound,
          goldTotal, speakerAccuracy(), speakerRight, speakerTotal);
    }
  }

  /** A gold direct quote: its span (first start to last end) and the Source annotation, if any. */
  public record GoldQuote(int start, int end, BratDocument.TextBound source) {}

  /** One article of the corpus: its text and the chosen annotator's annotations. */
  public record Article(String name, String text, BratDocument annotations) {}

  /** The analyzer used by {@link #main}: text pipeline plus quote attribution, without NER entities. */
  public static List<Quote> quotesWithoutEntities(String text) {
    List<Entity> entities = new ArrayList<>();
    return new QuoteAttributor().attribute(TextPipeline.instance().process(text), entities);
  }

  /**
   * Resolves the PolNeAR folder from {@code data}: the eval root ({@code DIR/quotes/polnear}), the
   * quotes folder ({@code DIR/polnear}) or the PolNeAR folder itself.
   */
  public static Path polnearDir(Path data) {
    if (Files.isDirectory(data.resolve("quotes/polnear"))) return data.resolve("quotes/polnear");
    if (Files.isDirectory(data.resolve("polnear"))) return data.resolve("polnear");
    return data;
  }

  /**
   * Loads a split. Articles annotated by several annotators have one {@code <name>_<annotator>.ann} file
   * each; the first annotator in name order is used, so every article counts once.
   */
  public static List<Article> load(Path data, String split) {
    Path dir = polnearDir(data).resolve(split);
    Path textDir = dir.resolve("text");
    Path annDir = dir.resolve("attributions");
    if (!Files.isDirectory(textDir) || !Files.isDirectory(annDir)) {
      throw new IllegalArgumentException("no PolNeAR split at " + dir + " (expected text/ and attributions/)");
    }
    List<Path> annFiles;
    List<Path> texts;
    try (Stream<Path> a = Files.list(annDir); Stream<Path> t = Files.list(textDir)) {
      annFiles = a.filter(p -> p.toString().endsWith(".ann")).sorted().collect(Collectors.toList());
      texts = t.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    List<Article> out = new ArrayList<>();
    for (Path textFile : texts) {
      String name = textFile.getFileName().toString().replaceFirst("\\.txt$", "");
      Path ann = annFiles.stream()
          .filter(p -> {
            String f = p.getFileName().toString();
            return f.equals(name + ".ann") || f.startsWith(name + "_") && f.indexOf('_', name.length() + 1) < 0;
          })
          .findFirst().orElse(null);
      if (ann == null) continue;
      try {
        out.add(new Article(name, Files.readString(textFile, StandardCharsets.UTF_8), BratDocument.read(ann)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + textFile, e);
      }
    }
    return out;
  }

  /** Scores {@code quoter} (text -> quotes) on a split of the corpus under {@code data}. */
  public static Scores evaluate(Path data, String split, Function<String, List<Quote>> quoter) {
    return evaluate(load(data, split), quoter, s -> {});
  }

  /** Scores {@code quoter} on loaded articles; {@code log} receives one line per error, for analysis. */
  public static Scores evaluate(List<Article> articles, Function<String, List<Quote>> quoter,
      Consumer<String> log) {
    Scores total = Scores.ZERO;
    for (Article a : articles) {
      total = total.plus(score(a.name(), a.text(), a.annotations(), quoter.apply(a.text()), log));
    }
    return total;
  }

  /** Gold direct quotes of one document (all lengths), with their Source annotation when linked. */
  public static List<GoldQuote> goldDirectQuotes(String text, BratDocument ann) {
    Map<String, BratDocument.TextBound> tbs = ann.textBounds();
    List<GoldQuote> out = new ArrayList<>();
    for (BratDocument.TextBound tb : tbs.values()) {
      if (!tb.type().equals("Content")) continue;
      int s = tb.start();
      int e = Math.min(tb.end(), text.length());
      if (s >= e || !opensWithDoubleQuote(text, s)) continue;
      BratDocument.TextBound source = null;
      for (BratDocument.Relation r : ann.relations()) {
        if (r.role("Content").contains(tb.id())) {
          for (String sid : r.role("Source")) {
            if (tbs.containsKey(sid)) source = tbs.get(sid);
          }
        }
      }
      out.add(new GoldQuote(s, e, source));
    }
    return out;
  }

  private static boolean opensWithDoubleQuote(String text, int s) {
    for (int k = s; k >= Math.max(0, s - 2); k--) {
      char c = text.charAt(k);
      if (c == '"' || c == '“') return true;
    }
    return false;
  }

  /** Word tokens of {@code text[s, e)}: whitespace-separated chunks holding a letter or digit. */
  public static int wordTokens(String text, int s, int e) {
    int n = 0;
    boolean inChunk = false;
    boolean counted = false;
    for (int k = s; k < e; k++) {
      char c = text.charAt(k);
      if (Character.isWhitespace(c)) {
        inChunk = false;
        continue;
      }
      if (!inChunk) {
        inChunk = true;
        counted = false;
      }
      if (!counted && Character.isLetterOrDigit(c)) {
        n++;
        counted = true;
      }
    }
    return n;
  }

  /** Scores one document. */
  public static Scores score(String name, String text, BratDocument ann, List<Quote> predicted,
      Consumer<String> log) {
    List<GoldQuote> gold = goldDirectQuotes(text, ann);
    List<BratDocument.TextBound> contents = ann.textBounds().values().stream()
        .filter(t -> t.type().equals("Content")).collect(Collectors.toList());
    List<Quote> preds = predicted.stream()
        .filter(q -> q.end() <= text.length() && wordTokens(text, q.start(), q.end()) >= MIN_TOKENS)
        .collect(Collectors.toList());
    List<GoldQuote> scoredGold = gold.stream()
        .filter(g -> wordTokens(text, g.start(), g.end()) >= MIN_TOKENS).collect(Collectors.toList());

    int right = 0;
    int wrong = 0;
    int ignored = 0;
    boolean[] inGold = new boolean[text.length()];
    for (GoldQuote g : gold) {
      for (int k = g.start(); k < g.end(); k++) inGold[k] = true;
    }
    for (Quote q : preds) {
      int inside = 0;
      for (int k = q.start(); k < q.end(); k++) if (inGold[k]) inside++;
      if (2 * inside >= q.end() - q.start()) {
        right++;
      } else if (contents.stream().noneMatch(c -> c.overlaps(q.start(), q.end()))) {
        wrong++;
        log.accept(name + "\tFP\t" + q.start() + "\t" + clip(q.text()));
      } else {
        ignored++;
      }
    }

    boolean[] covered = new boolean[text.length()];
    for (Quote q : preds) {
      for (int k = q.start(); k < q.end(); k++) covered[k] = true;
    }
    int found = 0;
    int speakerRight = 0;
    int speakerTotal = 0;
    for (GoldQuote g : scoredGold) {
      int c = 0;
      for (int k = g.start(); k < g.end(); k++) if (covered[k]) c++;
      if (2 * c < g.end() - g.start()) {
        log.accept(name + "\tFN\t" + g.start() + "\t" + clip(text.substring(g.start(), g.end())));
        continue;
      }
      found++;
      if (g.source() == null) continue;
      speakerTotal++;
      Quote best = null;
      int bestOverlap = 0;
      for (Quote q : preds) {
        int o = Math.min(q.end(), g.end()) - Math.max(q.start(), g.start());
        if (o > bestOverlap) {
          bestOverlap = o;
          best = q;
        }
      }
      BratDocument.TextBound src = g.source();
      if (best != null && best.speakerMention() != null
          && src.overlaps(best.speakerMention().start(), best.speakerMention().end())) {
        speakerRight++;
      } else {
        String srcText = text.substring(src.start(), Math.min(src.end(), text.length()));
        log.accept(name + "\tSPEAKER\t" + g.start() + "\tgold=" + srcText + "\tpred="
            + (best == null || best.speakerMention() == null ? "-" : best.speakerMention().text())
            + "\t" + (best == null ? "" : best.cue()) + "\t" + clip(text.substring(g.start(), g.end())));
      }
    }
    return new Scores(1, right, wrong, ignored, found, scoredGold.size(), speakerRight, speakerTotal);
  }

  private static String clip(String s) {
    String one = s.replace('\n', ' ');
    return one.length() > 120 ? one.substring(0, 117) + "..." : one;
  }

  /** {@code QuoteEval --data DIR [--split dev] [--errors]}: prints quote P/R/F1 and speaker accuracy. */
  public static void main(String[] args) {
    Path data = null;
    String split = "dev";
    boolean errors = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--data" -> data = Path.of(args[++i]);
        case "--split" -> split = args[++i];
        case "--errors" -> errors = true;
        default -> {
          System.err.println("usage: QuoteEval --data DIR [--split dev|train] [--errors]");
          System.exit(2);
        }
      }
    }
    if (data == null) {
      System.err.println("usage: QuoteEval --data DIR [--split dev|train] [--errors]");
      System.exit(2);
    }
    List<Article> articles = load(data, split);
    boolean printErrors = errors;
    long t0 = System.nanoTime();
    Scores s = evaluate(articles, QuoteEval::quotesWithoutEntities, line -> {
      if (printErrors) System.out.println(line);
    });
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.out.println("PolNeAR " + split + ": " + s.summary() + " time=" + ms + "ms");
  }
}
