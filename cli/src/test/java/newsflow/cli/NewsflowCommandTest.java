package newsflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class NewsflowCommandTest {
  /** Every command and subcommand path, e.g. [eval, nlp]. */
  private static List<List<String>> commandPaths() {
    List<List<String>> out = new ArrayList<>();
    collect(new CommandLine(new Newsflow(Map.of())), new ArrayList<>(), out);
    return out;
  }

  private static void collect(CommandLine cl, List<String> prefix, List<List<String>> out) {
    for (Map.Entry<String, CommandLine> e : cl.getSubcommands().entrySet()) {
      if (e.getKey().equals("help")) continue;
      List<String> path = new ArrayList<>(prefix);
      path.add(e.getKey());
      out.add(path);
      collect(e.getValue(), path, out);
    }
  }

  @Test
  void everyCommandHasHelp() {
    List<List<String>> paths = commandPaths();
    for (String expected : List.of("run", "ingest", "enrich", "sink", "topics", "extract", "analyze", "query", "eval")) {
      assertTrue(paths.contains(List.of(expected)), "missing command " + expected);
    }
    assertTrue(paths.contains(List.of("eval", "nlp")));
    assertTrue(paths.contains(List.of("eval", "extraction")));
    assertTrue(paths.contains(List.of("topics", "create")));
    assertTrue(paths.contains(List.of("train", "ner")));
    for (List<String> path : paths) {
      List<String> args = new ArrayList<>(path);
      args.add("--help");
      Cli.Result r = Cli.run(args.toArray(String[]::new));
      assertEquals(0, r.exit(), "exit of " + args);
      assertTrue(r.out().contains("Usage: newsflow " + String.join(" ", path)), "usage of " + args + ": " + r.out());
      assertEquals("", r.err(), "stderr of " + args);
    }
  }

  @Test
  void unknownOptionIsOneLineOnStderrWithUsageExit() {
    Cli.Result r = Cli.run("extract", "--frobnicate", "x.txt");
    assertEquals(Newsflow.EXIT_USAGE, r.exit());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("--frobnicate"), r.err());
    assertTrue(r.err().contains("newsflow extract --help"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void missingRequiredOptionIsOneLine() {
    Cli.Result r = Cli.run("eval", "extraction");
    assertEquals(Newsflow.EXIT_USAGE, r.exit());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("--data"), r.err());
  }

  @Test
  void missingClusterConfigurationNamesTheKey() {
    Cli.Result r = Cli.run("enrich");
    assertEquals(Newsflow.EXIT_USAGE, r.exit());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("NEWSFLOW_BOOTSTRAP_SERVERS"), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
  }

  @Test
  void trainingOnAMissingFileIsOneLine() {
    Cli.Result r = Cli.run("train", "ner", "--data", "/nonexistent/train.txt", "--out", "/tmp/never-written.bin.gz");
    assertEquals(Newsflow.EXIT_USAGE, r.exit());
    assertEquals("newsflow: --data /nonexistent/train.txt is not a file", r.err().strip());
  }

  @Test
  void evalOnAMissingDirectoryIsOneLine() {
    Cli.Result r = Cli.run("eval", "extraction", "--data", "/nonexistent/eval");
    assertEquals(Newsflow.EXIT_USAGE, r.exit());
    assertEquals("newsflow: --data /nonexistent/eval is not a directory", r.err().strip());
  }

  @Test
  void versionPrintsTheName() {
    Cli.Result r = Cli.run("--version");
    assertEquals(0, r.exit());
    assertTrue(r.out().startsWith("newsflow "), r.out());
  }

  @Test
  void aMistypedCommandSuggestsTheNearestOne() {
    Cli.Result r = Cli.run("rnu", "--demo");
    assertEquals(Newsflow.EXIT_USAGE, r.exit());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("unknown command 'rnu'"), r.err());
    assertTrue(r.err().contains("did you mean 'run'?"), r.err());
    assertFalse(r.err().contains("Unmatched"), r.err());
    r = Cli.run("qeury", "SELECT 1");
    assertTrue(r.err().contains("did you mean 'query'?"), r.err());
  }

  @Test
  void aMistypedOptionSuggestsTheNearestOne() {
    Cli.Result r = Cli.run("run", "--feds", "feeds.txt");
    assertEquals(Newsflow.EXIT_USAGE, r.exit());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("newsflow run: unknown option '--feds'"), r.err());
    assertTrue(r.err().contains("did you mean '--feeds'?"), r.err());
    r = Cli.run("run", "--dmeo");
    assertTrue(r.err().contains("did you mean '--demo'?"), r.err());
  }

  @Test
  void somethingFarFromEveryNameGetsNoSuggestion() {
    Cli.Result r = Cli.run("zzzzzzzz");
    assertEquals(Newsflow.EXIT_USAGE, r.exit());
    assertTrue(r.err().contains("unknown command 'zzzzzzzz'"), r.err());
    assertFalse(r.err().contains("did you mean"), r.err());
  }

  @Test
  void suggestionsAreNearByEditDistance() {
    assertEquals(List.of("run"), Newsflow.nearest("rnu", List.of("run", "ingest", "query", "help")));
    assertEquals(List.of("--watch"), Newsflow.nearest("--wacth", List.of("--watch", "--watchlist", "--webhook")));
    assertEquals(List.of("--watchlist"), Newsflow.nearest("--watchlsit", List.of("--watch", "--watchlist")));
    assertEquals(List.of(), Newsflow.nearest("x", List.of("run", "query")));
    assertEquals(1, Newsflow.editDistance("rnu", "run"));
  }

  @Test
  void runWithAMissingFeedsFileFailsBeforeAnythingStartsNamingTheFlag(@org.junit.jupiter.api.io.TempDir Path data) {
    Cli.Result r = Cli.run("run", "--feeds", "/nonexistent", "--data-dir", data.toString(), "--metrics-port", "0");
    assertEquals(Newsflow.EXIT_USAGE, r.exit(), r.err());
    assertEquals("newsflow: --feeds: no such feeds file: /nonexistent", r.err().strip());
    assertFalse(java.nio.file.Files.exists(data.resolve("kafka")), "no broker was started");
  }

  @Test
  void runNamesTheVariableWhenTheVariableGaveTheFeeds(@org.junit.jupiter.api.io.TempDir Path data) {
    Cli.Result r = Cli.run(Map.of("NEWSFLOW_FEEDS", "/nonexistent"), "run", "--data-dir", data.toString(),
        "--metrics-port", "0");
    assertEquals(Newsflow.EXIT_USAGE, r.exit(), r.err());
    assertTrue(r.err().startsWith("newsflow: NEWSFLOW_FEEDS "), r.err());
  }

  @Test
  void runRefusesALoopbackFeedUpFrontAndSuggestsAllowHost(@org.junit.jupiter.api.io.TempDir Path data) {
    Cli.Result r = Cli.run("run", "--feeds", "http://127.0.0.1:9/feed.xml", "--data-dir", data.toString(),
        "--metrics-port", "0");
    assertEquals(Newsflow.EXIT_USAGE, r.exit(), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("add --allow-host 127.0.0.1"), r.err());
    assertFalse(java.nio.file.Files.exists(data.resolve("kafka")), "no broker was started");
  }
}
