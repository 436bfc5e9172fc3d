package newsflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.enrich.nlp.ner.Nlp4jTagger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a person sees on a first {@code ./newsflow run --demo} in a fresh directory: the launcher is
 * driven as a child process, once with its output going to a file (no terminal: no escape codes, a
 * progress line at least every five seconds) and once through a pseudo-terminal ({@code script}),
 * and the query command the demo prints at the end is then run exactly as printed. Runs in
 * {@code ./mvnw verify} after {@code package} built the jar the launcher starts (it never builds
 * here); each run is bounded by {@link #BOUND_MINUTES}.
 */
class LauncherIT {
  private static final long BOUND_MINUTES = 6;
  private static final Pattern PROGRESS = Pattern.compile("(?m)^(\\d\\d:\\d\\d:\\d\\d) progress: ");
  private static final Pattern HINT = Pattern.compile("(?m)^Explore the warehouse:\\R {2}(.+)$");

  private static Path launcher() {
    // failsafe runs in the cli module's directory; the launcher is at the repository's root
    Path repo = Path.of("").toAbsolutePath().getParent();
    Path launcher = repo.resolve("newsflow");
    assertTrue(Files.isExecutable(launcher), "no launcher at " + launcher);
    boolean built = Files.isRegularFile(repo.resolve("cli/target/newsflow.jar"))
        || Files.isRegularFile(repo.resolve("cli/target/lib/.newsflow-launcher"));
    assertTrue(built, "run after 'package' (./mvnw verify does): the launcher must not build inside a test");
    return launcher;
  }

  private record Run(int exit, String output) {}

  private static Run run(Path cwd, List<String> command, Map<String, String> env) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true)
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    pb.environment().remove("TERM");
    pb.environment().remove("NEWSFLOW_REBUILD");
    pb.environment().remove("NEWSFLOW_DATA_DIR");
    pb.environment().putAll(env);
    Path log = cwd.resolve("output-" + System.nanoTime() + ".log");
    pb.redirectOutput(log.toFile());
    Process p = pb.start();
    if (!p.waitFor(BOUND_MINUTES, TimeUnit.MINUTES)) {
      p.descendants().forEach(ProcessHandle::destroy);
      p.destroy();
      p.waitFor(20, TimeUnit.SECONDS);
      fail("did not finish within " + BOUND_MINUTES + " min: " + command + "\n" + Files.readString(log, StandardCharsets.UTF_8));
    }
    return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  /** The demo's query hint, run as printed (by sh, from the same directory), prints the demo's quotes. */
  private static void hintWorksVerbatim(Path cwd, String output) throws Exception {
    Matcher m = HINT.matcher(output);
    assertTrue(m.find(), "the demo prints the query to explore the warehouse: " + output);
    String hint = m.group(1).strip();
    assertTrue(hint.contains(" query "), hint);
    Run q = run(cwd, List.of("sh", "-c", hint), Map.of());
    assertEquals(0, q.exit(), "the printed hint, run verbatim: " + hint + "\n" + q.output());
    assertTrue(q.output().contains("speaker"), q.output());
    assertTrue(q.output().contains("Pete Hegseth"), "the demo's quotes: " + q.output());
    // and without options, query reads the warehouse of the last run (the demo's)
    Run plain = run(cwd, List.of(launcher().toString(), "query", "--csv", "SELECT count(*) AS n FROM articles"), Map.of());
    assertEquals(0, plain.exit(), plain.output());
    assertTrue(plain.output().strip().endsWith("5"), "the demo's five articles: " + plain.output());
  }

  private static boolean cacheBuilt() {
    return Nlp4jTagger.isCacheBuilt(Nlp4jTagger.defaultCacheDir());
  }

  @Test
  @Timeout(value = 2 * BOUND_MINUTES + 2, unit = TimeUnit.MINUTES)
  void demoWithoutATerminalLogsPlainProgressAndASummary(@TempDir Path cwd) throws Exception {
    boolean cacheBefore = cacheBuilt();
    Run r = run(cwd, List.of(launcher().toString(), "run", "--demo"), Map.of());
    String out = r.output();
    assertEquals(0, r.exit(), out);
    assertFalse(out.contains("\u001b"), "no escape codes in a log: " + out);
    assertFalse(out.contains("\r"), "no carriage returns in a log: " + out);
    assertTrue(out.contains("broker ready in "), out);
    assertTrue(out.contains("NLP models ready in "), out);
    if (cacheBefore) {
      assertFalse(out.contains("first run"), "nothing about preparation when the NLP cache exists: " + out);
    } else {
      assertTrue(out.contains("building the cache) ["), "the cache build shows a bar: " + out);
    }
    assertTrue(out.contains("ALERT Pete Hegseth"), out);
    assertTrue(out.contains("== summary =="), out);
    assertTrue(out.matches("(?s).*articles 5, .*"), out);
    assertTrue(out.contains("sink news.articles.enriched.v1: in 5 = written 5 + dead-lettered 0"), out);

    // a line every five seconds from the first progress line to the summary; checked with room, because a busy
    // shared machine delays the one-second ticker by seconds
    List<LocalTime> times = new ArrayList<>();
    Matcher m = PROGRESS.matcher(out.substring(0, out.indexOf("== summary ==")));
    while (m.find()) times.add(LocalTime.parse(m.group(1)));
    assertTrue(times.size() >= 2, "progress lines: " + out);
    for (int i = 1; i < times.size(); i++) {
      long gap = java.time.Duration.between(times.get(i - 1), times.get(i)).toSeconds();
      assertTrue(gap <= 10, "a " + gap + " s gap in progress before " + times.get(i) + ":\n" + out);
    }
    hintWorksVerbatim(cwd, out);
  }

  @Test
  @Timeout(value = 2 * BOUND_MINUTES + 2, unit = TimeUnit.MINUTES)
  void demoOnATerminalRedrawsOneStatusLine(@TempDir Path cwd) throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")) || onPath("script"),
        "util-linux script provides the pseudo-terminal (the plain-output test runs regardless)");
    String cmd = shellQuote(launcher().toString()) + " run --demo";
    Run r = run(cwd, List.of("script", "-q", "-e", "-c", cmd, "/dev/null"), Map.of("TERM", "xterm"));
    String out = r.output();
    assertEquals(0, r.exit(), out);
    assertTrue(out.contains("\r\u001b[2K"), "the status line is redrawn in place: " + out);
    assertFalse(PROGRESS.matcher(out).find(), "no plain progress lines on a terminal: " + out);
    assertTrue(out.contains("ALERT Pete Hegseth"), out);
    assertTrue(out.contains("== summary =="), out);
    assertFalse(out.contains(" INFO "), "INFO logs stay out of the terminal: " + out);
    // the terminal turns \n into \r\n; the hint is one line all the same
    hintWorksVerbatim(cwd, out.replace("\r\n", "\n"));
  }

  private static boolean onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) return false;
    for (String dir : path.split(":")) {
      if (Files.isExecutable(Path.of(dir, name))) return true;
    }
    return false;
  }

  private static String shellQuote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }
}
