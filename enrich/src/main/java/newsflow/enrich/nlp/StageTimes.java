package newsflow.enrich.nlp;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Opt-in time per analysis stage, summed over the process: off unless the JVM runs with
 * {@code -Dnewsflow.nlp.stageTimes=true}, and then it only reads the clocks around each stage (the analysis
 * itself is the same). Every {@link AnnotatorPipeline} stage is timed under its name, so the article
 * stages ("EntityRecognition", "Quotes", "Places", ...) and, nested inside "EntityRecognition", the
 * recogniser's own ("PosTagger", "ModelTagger", "GazetteerPlaces", ...) each get a total; callers time
 * other steps with {@link #begin} and {@link #end} ({@code newsflow analyze} times the loading, the
 * extraction, the text pipeline and the JSON). A stage timed inside another is listed indented under it
 * and is part of its time. Both the wall time and the thread's CPU time are summed: on a shared machine
 * the CPU time is the steadier of the two. {@link #summary} prints the table ({@code newsflow analyze}
 * writes it to standard error at the end).
 */
public final class StageTimes {
  /** The system property that turns the timing on. */
  public static final String PROPERTY = "newsflow.nlp.stageTimes";

  private static final boolean ENABLED = Boolean.getBoolean(PROPERTY);
  private static final ThreadMXBean THREADS = ENABLED ? ManagementFactory.getThreadMXBean() : null;
  /** Per thread: the nesting depth, then the CPU clock reading of each open step. */
  private static final ThreadLocal<long[]> OPEN = ThreadLocal.withInitial(() -> new long[64]);
  /** Per stage, in first-seen order: {calls, wall nanoseconds, CPU nanoseconds, nesting depth}. */
  private static final Map<String, long[]> TOTALS = new LinkedHashMap<>();

  private StageTimes() {}

  /** Whether the timing is on ({@value #PROPERTY}). */
  public static boolean enabled() {
    return ENABLED;
  }

  /** Starts timing {@code stage} on this thread: the clock reading to pass to {@link #end}, 0 when off. */
  public static long begin(String stage) {
    if (!ENABLED) return 0;
    long[] open = OPEN.get();
    int depth = (int) open[0]++;
    synchronized (TOTALS) {
      TOTALS.computeIfAbsent(stage, s -> new long[] {0, 0, 0, depth});
    }
    if (depth + 1 < open.length) open[depth + 1] = THREADS.getCurrentThreadCpuTime();
    return System.nanoTime();
  }

  /** Ends the step {@link #begin} started, adding its time to {@code stage}'s total. */
  public static void end(String stage, long begin) {
    if (!ENABLED) return;
    long wall = System.nanoTime() - begin;
    long[] open = OPEN.get();
    int depth = (int) --open[0];
    long cpu = depth + 1 < open.length ? THREADS.getCurrentThreadCpuTime() - open[depth + 1] : 0;
    synchronized (TOTALS) {
      long[] t = TOTALS.computeIfAbsent(stage, s -> new long[] {0, 0, 0, depth});
      t[0]++;
      t[1] += wall;
      t[2] += cpu;
    }
  }

  /** Forgets every total (a benchmark's warm-up). */
  public static void reset() {
    synchronized (TOTALS) {
      TOTALS.clear();
    }
  }

  /**
   * The totals as a table: stage (indented by nesting), calls, wall and CPU milliseconds, and the CPU
   * time's share of the sum of the outermost steps; empty when off or nothing was timed.
   */
  public static String summary() {
    List<Map.Entry<String, long[]>> rows = new ArrayList<>();
    synchronized (TOTALS) {
      for (Map.Entry<String, long[]> e : TOTALS.entrySet()) rows.add(Map.entry(e.getKey(), e.getValue().clone()));
    }
    if (rows.isEmpty()) return "";
    long min = rows.stream().mapToLong(r -> r.getValue()[3]).min().orElse(0);
    long wall = rows.stream().filter(r -> r.getValue()[3] == min).mapToLong(r -> r.getValue()[1]).sum();
    long cpu = rows.stream().filter(r -> r.getValue()[3] == min).mapToLong(r -> r.getValue()[2]).sum();
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-34s %7s %10s %10s %6s%n",
        "stage", "calls", "wall ms", "cpu ms", "cpu %"));
    for (Map.Entry<String, long[]> r : rows) {
      long[] t = r.getValue();
      String name = "  ".repeat((int) (t[3] - min)) + r.getKey();
      out.append(String.format(Locale.ROOT, "%-34s %7d %10.1f %10.1f %6.1f%n", name, t[0], t[1] / 1e6, t[2] / 1e6,
          cpu == 0 ? 0.0 : 100.0 * t[2] / cpu));
    }
    out.append(String.format(Locale.ROOT, "%-34s %7s %10.1f %10.1f %6.1f%n", "total (outermost steps)", "",
        wall / 1e6, cpu / 1e6, 100.0));
    return out.toString();
  }
}
