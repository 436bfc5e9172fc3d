package newsflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
