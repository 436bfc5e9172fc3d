package newsflow.eval.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The real-news measures of {@code ../shared/eval/realnews/score.py}, ported line for line so both give
 * the same numbers on the same predictions: speaker right over all gold direct quotes, attributed-quote
 * precision, scare quotes given a speaker, alert precision/recall against the current office holders of
 * {@code officials.csv}, places P/R/F1 and people P/R/F1. Predictions are {@code newsflow analyze} JSON
 * objects (EnrichedArticle fields plus {@code "input"}). {@code main GOLD_DIR PRED.jsonl [--errors]}.
 */
public final class RealNewsEval {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RealNewsEval() {}

  /** The counts the measures are made of, summed over articles. */
  public record Counts(int articles, int missing, int direct, int found, int speakerRight, int scare, int scareAttributed,
      int attributed, int attributedRight, int alertRight, int alertFalse, int alertGold, int placePredicted,
      int placeRight, int placeGold, int placeFound, int peoplePredicted, int peopleRight, int peopleGold,
      int peopleFound) {

    public double quotesFound() {
      return ratio(found, direct);
    }

    public double speaker() {
      return ratio(speakerRight, direct);
    }

    public double attributedPrecision() {
      return ratio(attributedRight, attributed);
    }

    public double scareAttributedShare() {
      return ratio(scareAttributed, scare);
    }

    public double alertPrecision() {
      return ratio(alertRight, alertRight + alertFalse);
    }

    public double alertRecall() {
      return ratio(alertRight, alertGold);
    }

    public double placePrecision() {
      return ratio(placeRight, placePredicted);
    }

    public double placeRecall() {
      return ratio(placeFound, placeGold);
    }

    public double placeF1() {
      return f1(placePrecision(), placeRecall());
    }

    public double peoplePrecision() {
      return ratio(peopleRight, peoplePredicted);
    }

    public double peopleRecall() {
      return ratio(peopleFound, peopleGold);
    }

    public double peopleF1() {
      return f1(peoplePrecision(), peopleRecall());
    }

    private static double ratio(int a, int b) {
      return b == 0 ? 0.0 : (double) a / b;
    }

    private static double f1(double p, double r) {
      return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
  }

  /** The mistakes in one article, as score.py's {@code --errors} lists them. */
  public record ArticleErrors(String goldFile, String page, List<String> errors) {}

  /** Counts and per-article mistakes. */
  public record Result(Counts counts, List<ArticleErrors> errors) {}

  /** The gold files of {@code goldDir} in score.py's order (sorted paths). */
  public static List<Path> goldFiles(Path goldDir) {
    try (Stream<Path> s = Files.list(goldDir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted((a, b) -> a.toString().compareTo(b.toString()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + goldDir, e);
    }
  }

  /** The page each gold file annotates, relative to the evaluation directory ("extraction/fundus/..."). */
  public static List<String> pages(Path goldDir) {
    List<String> out = new ArrayList<>();
    for (Path g : goldFiles(goldDir)) out.add(read(g).path("page").asText());
    return out;
  }

  /** Predictions from a JSON Lines file (one {@code analyze --jsonl} object per line). */
  public static List<JsonNode> loadPredictions(Path jsonl) {
    List<JsonNode> out = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) out.add(JSON.readTree(line));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read predictions " + jsonl, e);
    }
    return out;
  }

  /**
   * Scores {@code predictions} against the gold files of {@code goldDir}; the office holders come from
   * {@code officials.csv} in the folder above it (the realnews folder, where score.py reads them).
   */
  public static Result score(Path goldDir, List<JsonNode> predictions) {
    Path officialsCsv = goldDir.toAbsolutePath().normalize().getParent().resolve("officials.csv");
    List<String> listed = listedOfficials(officialsCsv);
    int[] c = new int[20];
    final int direct = 2;
    final int found = 3;
    final int spOk = 4;
    final int scare = 5;
    final int scareAttr = 6;
    final int attr = 7;
    final int attrOk = 8;
    final int alTp = 9;
    final int alFp = 10;
    final int alGold = 11;
    final int plPred = 12;
    final int plOk = 13;
    final int plGold = 14;
    final int plFound = 15;
    final int pePred = 16;
    final int peOk = 17;
    final int peGold = 18;
    final int peFound = 19;
    List<ArticleErrors> errors = new ArrayList<>();
    for (Path gpath : goldFiles(goldDir)) {
      JsonNode g = read(gpath);
      String page = g.path("page").asText();
      JsonNode o = findPrediction(predictions, page);
      if (o == null) {
        c[1]++;
        o = JSON.createObjectNode();
      }
      c[0]++;
      List<String> err = new ArrayList<>();
      List<JsonNode> pq = list(o.path("quotes"));
      Set<Integer> used = new HashSet<>();
      List<Object[]> goldDirectNamed = new ArrayList<>();
      for (JsonNode q : g.path("quotes")) {
        String qText = q.path("text").asText();
        Integer hit = null;
        for (int i = 0; i < pq.size(); i++) {
          if (!used.contains(i) && RealNewsNames.quoteMatch(qText, text(pq.get(i), "text", ""))) {
            hit = i;
            break;
          }
        }
        if (hit != null) used.add(hit);
        String ps = hit != null ? text(pq.get(hit), "speaker", null) : null;
        if ("scare".equals(text(q, "kind", null))) {
          c[scare]++;
          if (hit != null && truthy(ps)) {
            c[scareAttr]++;
            err.add("scare quote given a speaker: \"" + qText + "\" -> " + ps);
          }
          continue;
        }
        c[direct]++;
        String gs = text(q, "speaker", null);
        if (hit == null) {
          err.add("quote missed: \"" + qText + "\" (" + py(gs) + ")");
          continue;
        }
        c[found]++;
        boolean unnamedGold = gs == null || gs.equals("UNNAMED");
        boolean ok = unnamedGold ? RealNewsNames.unnamed(ps) : RealNewsNames.sameName(gs, ps);
        if (ok) c[spOk]++;
        else err.add("speaker wrong: \"" + qText + "\" gold " + py(gs) + " got " + py(ps));
        if (!unnamedGold) goldDirectNamed.add(new Object[] {hit, gs});
      }
      Set<Integer> rightAttr = new HashSet<>();
      for (Object[] x : goldDirectNamed) {
        int i = (Integer) x[0];
        if (RealNewsNames.sameName((String) x[1], text(pq.get(i), "speaker", null))) rightAttr.add(i);
      }
      for (int i = 0; i < pq.size(); i++) {
        String sp = text(pq.get(i), "speaker", null);
        if (truthy(sp) && !RealNewsNames.unnamed(sp)) {
          c[attr]++;
          if (rightAttr.contains(i)) c[attrOk]++;
        }
      }
      // alerts
      List<JsonNode> ents = list(o.path("entities"));
      List<String> alerted = new ArrayList<>();
      for (JsonNode e : ents) if (truthy(text(e, "officialId", null))) alerted.add(text(e, "name", null));
      List<String> goldOff = new ArrayList<>();
      List<String> others = new ArrayList<>(strings(g.path("other_officials")));
      for (String x : strings(g.path("officials"))) {
        if (listed.stream().anyMatch(n -> RealNewsNames.sameName(x, n, true))) goldOff.add(x);
      }
      for (String x : strings(g.path("officials"))) if (!goldOff.contains(x)) others.add(x);
      c[alGold] += goldOff.size();
      for (String a : alerted) {
        if (goldOff.stream().anyMatch(x -> RealNewsNames.sameName(x, a, true))) {
          c[alTp]++;
        } else if (others.stream().noneMatch(x -> RealNewsNames.sameName(x, a, true))) {
          c[alFp]++;
          err.add("false alert: " + py(a));
        }
      }
      for (String x : goldOff) {
        if (alerted.stream().noneMatch(a -> RealNewsNames.sameName(x, a, true))) err.add("alert missed: " + x);
      }
      // places
      Map<String, JsonNode> byId = new HashMap<>();
      for (JsonNode e : ents) byId.put(text(e, "id", null), e);
      List<JsonNode> goldPl = list(g.path("places"));
      c[plGold] += goldPl.size();
      Set<Integer> foundGold = new LinkedHashSet<>();
      for (JsonNode p : o.path("places")) {
        c[plPred]++;
        JsonNode e = byId.getOrDefault(text(p, "entityId", null), MissingNode.getInstance());
        Set<String> forms = new HashSet<>();
        for (JsonNode m : e.path("mentions")) forms.add(RealNewsNames.joined(text(m, "text", "")));
        forms.add(RealNewsNames.joined(text(p, "name", "")));
        forms.add(RealNewsNames.joined(text(e, "name", "")));
        boolean ok = false;
        for (int k = 0; k < goldPl.size(); k++) {
          JsonNode gp = goldPl.get(k);
          if (!forms.contains(RealNewsNames.joined(gp.path("mention").asText()))) continue;
          String gc = text(gp, "country", null);
          String pc = text(p, "countryCode", null);
          boolean sameCountry = gc == null || (pc == null ? "" : pc).toUpperCase(java.util.Locale.ROOT)
              .equals(gc.toUpperCase(java.util.Locale.ROOT));
          boolean near = true;
          if (number(gp, "lat") != null && number(p, "lat") != null) {
            near = RealNewsNames.km(number(gp, "lat"), number(gp, "lon"), number(p, "lat"), number(p, "lon")) <= 161;
          }
          if (sameCountry && near) {
            ok = true;
            foundGold.add(k);
            break;
          }
        }
        if (ok) c[plOk]++;
        else {
          err.add("place wrong: " + py(text(p, "name", null)) + " " + py(text(p, "countryCode", null)) + " ("
              + pyNumber(p.get("lat")) + ", " + pyNumber(p.get("lon")) + ") for \"" + String.join("/", new TreeSet<>(forms))
              + "\"");
        }
      }
      c[plFound] += foundGold.size();
      for (int k = 0; k < goldPl.size(); k++) {
        if (!foundGold.contains(k)) {
          err.add("place missed: " + goldPl.get(k).path("mention").asText() + " (" + py(text(goldPl.get(k), "country", null))
              + ")");
        }
      }
      // people
      List<String> goldPe = strings(g.path("people"));
      List<String> predPe = new ArrayList<>();
      for (JsonNode e : ents) if ("PERSON".equals(text(e, "type", null))) predPe.add(text(e, "name", null));
      c[peGold] += goldPe.size();
      c[pePred] += predPe.size();
      for (String n : predPe) {
        if (goldPe.stream().anyMatch(x -> RealNewsNames.sameName(x, n))) c[peOk]++;
        else err.add("false person: " + py(n));
      }
      for (String x : goldPe) if (predPe.stream().anyMatch(n -> RealNewsNames.sameName(x, n))) c[peFound]++;
      if (!err.isEmpty()) errors.add(new ArticleErrors(gpath.getFileName().toString(), page, List.copyOf(err)));
    }
    Counts counts = new Counts(c[0], c[1], c[direct], c[found], c[spOk], c[scare], c[scareAttr], c[attr], c[attrOk],
        c[alTp], c[alFp], c[alGold], c[plPred], c[plOk], c[plGold], c[plFound], c[pePred], c[peOk], c[peGold], c[peFound]);
    return new Result(counts, List.copyOf(errors));
  }

  /** Prints score.py's table (and with {@code errors} its per-article mistakes first), value for value. */
  public static void print(Result r, PrintStream out, boolean errors) {
    if (errors) {
      for (ArticleErrors a : r.errors()) {
        out.println("## " + a.goldFile() + " (" + a.page() + ")");
        for (String e : a.errors()) out.println("  " + e);
      }
    }
    Counts c = r.counts();
    out.println("| measure | value | counts |\n|---|---|---|");
    out.println("| articles | " + c.articles() + " | " + c.missing() + " without a prediction |");
    out.println("| direct quotes found | " + f3(c.quotesFound()) + " | " + c.found() + "/" + c.direct() + " |");
    out.println("| speaker right (all gold direct quotes) | " + f3(c.speaker()) + " | " + c.speakerRight() + "/" + c.direct()
        + " |");
    out.println("| attributed-quote precision | " + f3(c.attributedPrecision()) + " | " + c.attributedRight() + "/"
        + c.attributed() + " |");
    out.println("| scare quotes given a speaker | " + f3(c.scareAttributedShare()) + " | " + c.scareAttributed() + "/"
        + c.scare() + " |");
    out.println("| alert precision / recall | " + f3(c.alertPrecision()) + " / " + f3(c.alertRecall()) + " | "
        + c.alertRight() + " right, " + c.alertFalse() + " false, " + c.alertGold() + " gold |");
    out.println("| places precision / recall / F1 | " + f3(c.placePrecision()) + " / " + f3(c.placeRecall()) + " / "
        + f3(c.placeF1()) + " | " + c.placeRight() + "/" + c.placePredicted() + " right, " + c.placeFound() + "/"
        + c.placeGold() + " found |");
    out.println("| people precision / recall / F1 | " + f3(c.peoplePrecision()) + " / " + f3(c.peopleRecall()) + " / "
        + f3(c.peopleF1()) + " | " + c.peopleRight() + "/" + c.peoplePredicted() + ", " + c.peopleFound() + "/"
        + c.peopleGold() + " |");
    out.println(summary(c));
  }

  /** score.py's last line: {@code summary: speaker 0.564 attributed_precision ... people_f1 0.821}. */
  public static String summary(Counts c) {
    return "summary: speaker " + f3(c.speaker()) + " attributed_precision " + f3(c.attributedPrecision()) + " scare_attr "
        + f3(c.scareAttributedShare()) + " alert_p " + f3(c.alertPrecision()) + " alert_r " + f3(c.alertRecall())
        + " place_f1 " + f3(c.placeF1()) + " people_f1 " + f3(c.peopleF1());
  }

  /** Python's {@code f"{x:.3f}"}: the double's exact value rounded half to even. */
  static String f3(double x) {
    return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** The names (and ';'-separated aliases) of officials.csv. */
  static List<String> listedOfficials(Path csv) {
    List<String> out = new ArrayList<>();
    try {
      List<List<String>> rows = Csv.parse(Files.readString(csv, StandardCharsets.UTF_8));
      if (rows.isEmpty()) return out;
      List<String> header = rows.get(0);
      int name = header.indexOf("name");
      int aliases = header.indexOf("aliases");
      for (List<String> row : rows.subList(1, rows.size())) {
        if (row.size() == 1 && row.get(0).isEmpty()) continue;
        out.add(name < row.size() ? row.get(name) : "");
        if (aliases >= 0 && aliases < row.size()) {
          for (String a : row.get(aliases).split(";")) if (!a.strip().isEmpty()) out.add(a.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + csv, e);
    }
    return out;
  }

  private static JsonNode findPrediction(List<JsonNode> preds, String page) {
    String base = Path.of(page).getFileName().toString();
    for (JsonNode o : preds) {
      String inp = text(o, "input", "");
      String inpBase = inp.isEmpty() ? "" : Path.of(inp).getFileName().toString();
      if (inp.endsWith(page) || inpBase.equals(base)) return o;
    }
    return null;
  }

  private static JsonNode read(Path p) {
    try {
      return JSON.readTree(p.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gold " + p, e);
    }
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    if (array != null && array.isArray()) array.forEach(out::add);
    return out;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : list(array)) out.add(n.isNull() ? null : n.asText());
    return out;
  }

  /** A string field, or {@code fallback} when absent or null. */
  private static String text(JsonNode node, String field, String fallback) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? fallback : v.asText();
  }

  private static Double number(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asDouble();
  }

  private static boolean truthy(String s) {
    return s != null && !s.isEmpty();
  }

  /** Python's str() of an optional string. */
  private static String py(String s) {
    return s == null ? "None" : s;
  }

  /** Python's str() of an optional number (48.0, 2.35). */
  private static String pyNumber(JsonNode n) {
    if (n == null || n.isNull()) return "None";
    if (n.isIntegralNumber()) return n.asText();
    double d = n.asDouble();
    return d == Math.rint(d) && Math.abs(d) < 1e16 ? String.format(java.util.Locale.ROOT, "%.1f", d) : Double.toString(d);
  }

  /** {@code RealNewsEval GOLD_DIR PRED.jsonl [--errors]}, like score.py. */
  public static void main(String[] args) {
    List<String> positional = Stream.of(args).filter(a -> !a.startsWith("--")).toList();
    if (positional.size() != 2) {
      System.err.println("usage: RealNewsEval GOLD_DIR PRED.jsonl [--errors]");
      System.exit(2);
    }
    Result r = score(Path.of(positional.get(0)), loadPredictions(Path.of(positional.get(1))));
    print(r, System.out, List.of(args).contains("--errors"));
  }

  /** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. */
  static final class Csv {
    private Csv() {}

    static List<List<String>> parse(String text) {
      List<List<String>> rows = new ArrayList<>();
      List<String> row = new ArrayList<>();
      StringBuilder cur = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < text.length(); i++) {
        char ch = text.charAt(i);
        if (quoted) {
          if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
            cur.append('"');
            i++;
          } else if (ch == '"') {
            quoted = false;
          } else {
            cur.append(ch);
          }
        } else if (ch == '"') {
          quoted = true;
        } else if (ch == ',') {
          row.add(cur.toString());
          cur.setLength(0);
        } else if (ch == '\n' || ch == '\r') {
          if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
          row.add(cur.toString());
          cur.setLength(0);
          rows.add(row);
          row = new ArrayList<>();
        } else {
          cur.append(ch);
        }
      }
      if (cur.length() > 0 || !row.isEmpty()) {
        row.add(cur.toString());
        rows.add(row);
      }
      return rows;
    }
  }
}
