package newsflow.eval.nlp;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import newsflow.enrich.nlp.ArticleAnalysis;
import newsflow.enrich.nlp.pipeline.ArticleAnalyzer;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.ResolvedPlace;
import newsflow.enrich.nlp.Span;
import newsflow.enrich.nlp.places.PlaceResolver;

/**
 * The GeoWebNews place metric of {@code ../shared/eval/README.md}: recognition precision, recall and
 * F1 by overlap with gold toponyms (Literal, Literal_Modifier, Metonymic, Mixed, Coercion,
 * Embedded_Literal; predictions overlapping only other annotation types are ignored), and
 * accuracy@161km over matched gold mentions with coordinates. Run {@code main --data DIR}.
 */
public final class PlaceEval {
  /** Annotation types that count as gold toponyms. */
  public static final Set<String> GOLD_TYPES = Set.of(
      "Literal", "Literal_Modifier", "Metonymic", "Mixed", "Coercion", "Embedded_Literal");
  private static final double EARTH_RADIUS_KM = 6371.0088;
  private static final double ACCURACY_KM = 161.0;

  /** A predicted place mention: span into the article text and coordinates (null when unresolved). */
  public record Prediction(int start, int end, Double lat, Double lon) {}

  /** Scores over all documents. */
  public record Result(
      int documents, int goldToponyms, int predictions, int truePositivePredictions, int falsePositivePredictions,
      int matchedGold, int matchedGoldWithCoordinates, int within161km) {

    public double precision() {
      int d = truePositivePredictions + falsePositivePredictions;
      return d == 0 ? 0 : (double) truePositivePredictions / d;
    }

    public double recall() {
      return goldToponyms == 0 ? 0 : (double) matchedGold / goldToponyms;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double accuracyAt161km() {
      return matchedGoldWithCoordinates == 0 ? 0 : (double) within161km / matchedGoldWithCoordinates;
    }

    /** One-line summary. */
    public String summary() {
      return String.format(Locale.ROOT,
          "places (GeoWebNews, %d docs): P %.3f R %.3f F1 %.3f (gold %d, predicted %d, tp %d, fp %d) "
              + "accuracy@161km %.3f (%d/%d)",
          documents, precision(), recall(), f1(), goldToponyms, predictions, truePositivePredictions,
          falsePositivePredictions, accuracyAt161km(), within161km, matchedGoldWithCoordinates);
    }
  }

  private record Annotation(String type, int start, int end, String text) {}

  private PlaceEval() {}

  /** Resolves the GeoWebNews folder from {@code ../shared/eval}, {@code .../places} or the folder itself. */
  public static Path geoWebNewsDir(Path data) {
    for (Path p : List.of(data, data.resolve("geowebnews"), data.resolve("places/geowebnews"))) {
      if (Files.isRegularFile(p.resolve("coordinates.tsv"))) return p;
    }
    throw new IllegalArgumentException("no GeoWebNews data (coordinates.tsv) under " + data);
  }

  /** Scores {@code predictor} (article text -> predicted place mentions) on every document of {@code dir}. */
  public static Result evaluate(Path data, Function<String, List<Prediction>> predictor) {
    return evaluate(data, predictor, null);
  }

  /** As {@link #evaluate(Path, Function)}, printing each false positive and missed gold to {@code errors}. */
  public static Result evaluate(Path data, Function<String, List<Prediction>> predictor, PrintStream errors) {
    Path dir = geoWebNewsDir(data);
    Map<String, double[]> coordinates = readCoordinates(dir.resolve("coordinates.tsv"));
    List<Path> docs;
    try (Stream<Path> s = Files.list(dir)) {
      docs = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int gold = 0;
    int preds = 0;
    int tp = 0;
    int fp = 0;
    int matchedGold = 0;
    int withCoords = 0;
    int within = 0;
    for (Path txt : docs) {
      String id = txt.getFileName().toString().replaceFirst("\\.txt$", "");
      String text = read(txt);
      List<Annotation> anns = readAnnotations(dir.resolve(id + ".ann"), text);
      List<Prediction> predicted = predictor.apply(text);
      preds += predicted.size();
      for (Prediction p : predicted) {
        boolean hitsGold = false;
        boolean hitsOther = false;
        for (Annotation a : anns) {
          if (p.start() < a.end() && a.start() < p.end()) {
            if (GOLD_TYPES.contains(a.type())) hitsGold = true;
            else hitsOther = true;
          }
        }
        if (hitsGold) tp++;
        else if (!hitsOther) {
          fp++;
          if (errors != null) errors.printf("FP %s %d %s ...%s...%n", id, p.start(), text.substring(p.start(), p.end()),
              text.substring(Math.max(0, p.start() - 40), Math.min(text.length(), p.end() + 40)).replace('\n', ' '));
        }
      }
      for (Annotation a : anns) {
        if (!GOLD_TYPES.contains(a.type())) continue;
        gold++;
        Prediction best = null;
        int bestOverlap = 0;
        for (Prediction p : predicted) {
          int overlap = Math.min(p.end(), a.end()) - Math.max(p.start(), a.start());
          if (overlap > bestOverlap) {
            bestOverlap = overlap;
            best = p;
          }
        }
        if (best == null) {
          if (errors != null) errors.printf("FN %s %d %s [%s] ...%s...%n", id, a.start(), a.text(), a.type(),
              text.substring(Math.max(0, a.start() - 40), Math.min(text.length(), a.end() + 40)).replace('\n', ' '));
          continue;
        }
        matchedGold++;
        double[] c = coordinates.get(id + ":" + a.start() + ":" + a.end());
        if (c == null) continue;
        withCoords++;
        if (best.lat() != null && best.lon() != null
            && distanceKm(c[0], c[1], best.lat(), best.lon()) <= ACCURACY_KM) within++;
        else if (errors != null) {
          errors.printf(Locale.ROOT, "FAR %s %s gold %.3f,%.3f predicted %s,%s%n", id, a.text(), c[0], c[1],
              best.lat(), best.lon());
        }
      }
    }
    return new Result(docs.size(), gold, preds, tp, fp, matchedGold, withCoords, within);
  }

  /** Great-circle distance in kilometres. */
  public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  /** The gazetteer recogniser and resolver alone, as a predictor. */
  public static Function<String, List<Prediction>> gazetteerPredictor() {
    PlaceResolver resolver = new PlaceResolver();
    return text -> resolver.findAndResolve(text).stream()
        .map(m -> new Prediction(m.mention().start(), m.mention().end(), m.place().lat(), m.place().lon()))
        .toList();
  }

  /**
   * A predictor from a full analysis (text -> {@link ArticleAnalysis}, e.g. {@code
   * t -> analyzer.analyze(t, "en")}): every mention of every PLACE entity, with that entity's place,
   * and of every other entity the analysis places on the map (an organisation named by a place: a
   * team "Louisville", a government "Moscow"; the dataset counts such metonymic uses as toponyms).
   */
  public static Function<String, List<Prediction>> fromAnalysis(Function<String, ArticleAnalysis> analyze) {
    return text -> {
      ArticleAnalysis a = analyze.apply(text);
      Map<String, ResolvedPlace> byEntity = new HashMap<>();
      for (ResolvedPlace p : a.places()) byEntity.put(p.entityId(), p);
      List<Prediction> out = new ArrayList<>();
      for (Entity e : a.entities()) {
        ResolvedPlace p = byEntity.get(e.id());
        if (e.type() != EntityType.PLACE && p == null) continue;
        for (Span m : e.mentions()) {
          out.add(new Prediction(m.start(), m.end(), p == null ? null : p.lat(), p == null ? null : p.lon()));
        }
      }
      return out;
    };
  }

  /**
   * {@code --data DIR} (../shared/eval, its places/ or places/geowebnews folder); {@code --analyzer}
   * scores the full {@link ArticleAnalyzer} instead of the gazetteer recogniser alone; {@code --errors}
   * lists false positives, misses and far resolutions on stderr.
   */
  public static void main(String[] args) {
    Path data = null;
    boolean errors = false;
    boolean analyzer = false;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--data") && i + 1 < args.length) data = Path.of(args[++i]);
      else if (args[i].equals("--errors")) errors = true;
      else if (args[i].equals("--analyzer")) analyzer = true;
    }
    if (data == null) {
      System.err.println("usage: PlaceEval --data DIR [--analyzer] [--errors]   (DIR = ../shared/eval)");
      System.exit(2);
    }
    Function<String, List<Prediction>> predictor;
    if (analyzer) {
      ArticleAnalyzer a = ArticleAnalyzer.load();
      predictor = fromAnalysis(t -> a.analyze(t, "en"));
    } else {
      predictor = gazetteerPredictor();
    }
    Result r = evaluate(data, predictor, errors ? System.err : null);
    System.out.println((analyzer ? "[analyzer] " : "[gazetteer] ") + r.summary());
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** brat offsets count code points; Java strings count UTF-16 units. */
  private static int toUtf16(String text, int codePoints) {
    try {
      return text.offsetByCodePoints(0, codePoints);
    } catch (IndexOutOfBoundsException e) {
      return Math.min(codePoints, text.length());
    }
  }

  private static List<Annotation> readAnnotations(Path ann, String text) {
    List<Annotation> out = new ArrayList<>();
    if (!Files.exists(ann)) return out;
    for (String line : read(ann).split("\n")) {
      if (!line.startsWith("T")) continue;
      String[] cols = line.split("\t");
      if (cols.length < 2) continue;
      String[] typeAndSpans = cols[1].split(" ", 2);
      if (typeAndSpans.length < 2) continue;
      String[] fragments = typeAndSpans[1].split(";");
      int start = Integer.parseInt(fragments[0].trim().split(" ")[0]);
      String[] last = fragments[fragments.length - 1].trim().split(" ");
      int end = Integer.parseInt(last[last.length - 1]);
      out.add(new Annotation(typeAndSpans[0], toUtf16(text, start), toUtf16(text, end), cols.length > 2 ? cols[2] : ""));
    }
    return out;
  }

  private static Map<String, double[]> readCoordinates(Path tsv) {
    Map<String, double[]> out = new HashMap<>();
    Map<String, String> texts = new HashMap<>();
    List<String> lines = List.of(read(tsv).split("\n"));
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split("\t");
      if (c.length < 7 || c[5].isBlank()) continue;
      String doc = c[0];
      String text = texts.computeIfAbsent(doc, d -> read(tsv.resolveSibling(d + ".txt")));
      int s = toUtf16(text, Integer.parseInt(c[1]));
      int e = toUtf16(text, Integer.parseInt(c[2]));
      out.put(doc + ":" + s + ":" + e, new double[] {Double.parseDouble(c[5]), Double.parseDouble(c[6])});
    }
    return out;
  }
}
