package newsflow.eval.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * The recorded quality baseline ({@code docs/eval-baseline.properties}): one line {@code key=value} per
 * measured evaluation number, optionally followed by {@code lower-is-better}. A measurement regresses when
 * it is more than {@link #TOLERANCE} worse than its line; a better value never fails. Whoever raises a
 * value records the new one in the same commit.
 */
public final class EvalBaseline {
  /** How much worse than the baseline a measurement may be before it counts as a drop. */
  public static final double TOLERANCE = 0.01;
  /** Where the file lives in the repository. */
  public static final String FILE = "docs/eval-baseline.properties";

  private final Path file;
  private final Map<String, Double> values;
  private final Set<String> lowerIsBetter;

  private EvalBaseline(Path file, Map<String, Double> values, Set<String> lowerIsBetter) {
    this.file = file;
    this.values = Collections.unmodifiableMap(values);
    this.lowerIsBetter = Collections.unmodifiableSet(lowerIsBetter);
  }

  /** Reads a baseline file; a line that is not {@code key=number [lower-is-better]} is an error naming the line. */
  public static EvalBaseline load(Path file) {
    Map<String, Double> values = new LinkedHashMap<>();
    Set<String> lower = new TreeSet<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the evaluation baseline " + file, e);
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      int eq = line.indexOf('=');
      String[] rest = eq < 0 ? new String[0] : line.substring(eq + 1).strip().split("\\s+");
      try {
        if (eq <= 0 || rest.length == 0 || rest.length > 2 || rest.length == 2 && !rest[1].equals("lower-is-better")) {
          throw new NumberFormatException();
        }
        String key = line.substring(0, eq).strip();
        values.put(key, Double.parseDouble(rest[0]));
        if (rest.length == 2) lower.add(key);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected key=number [lower-is-better], got '" + line + "'");
      }
    }
    return new EvalBaseline(file, values, lower);
  }

  /** The repository's baseline, looked up from a module directory or the repository root. */
  public static EvalBaseline find() {
    for (String prefix : List.of("../", "", "../../")) {
      Path p = Path.of(prefix + FILE);
      if (Files.isRegularFile(p)) return load(p);
    }
    throw new IllegalStateException("no " + FILE + " above " + Path.of("").toAbsolutePath());
  }

  /** The recorded value, if any. */
  public OptionalDouble value(String key) {
    Double v = values.get(key);
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /** Every key, in file order. */
  public Set<String> keys() {
    return values.keySet();
  }

  /** Whether a rise of this value is the regression (a share of wrongly attributed scare quotes). */
  public boolean lowerIsBetter(String key) {
    return lowerIsBetter.contains(key);
  }

  /** Null when {@code measured} is no real drop from the recorded value; otherwise what dropped, and how to record a rise. */
  public String check(String key, double measured) {
    Double base = values.get(key);
    if (base == null) return key + " has no line in " + file + " (measured " + fmt(measured) + "): add one";
    boolean drop = lowerIsBetter(key) ? measured > base + TOLERANCE + 1e-9 : measured < base - TOLERANCE - 1e-9;
    if (!drop) return null;
    return key + " " + fmt(measured) + " is more than " + TOLERANCE + (lowerIsBetter(key) ? " above" : " below")
        + " the baseline " + fmt(base) + " in " + file;
  }

  /** The drops among {@code measured} (empty when none). */
  public List<String> drops(Map<String, Double> measured) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, Double> m : measured.entrySet()) {
      String problem = check(m.getKey(), m.getValue());
      if (problem != null) out.add(problem);
    }
    return out;
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }
}
