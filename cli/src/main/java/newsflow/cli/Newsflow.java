package newsflow.cli;

import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsflow.cli.command.AnalyzeCommand;
import newsflow.cli.command.BenchCommand;
import newsflow.cli.command.DlqCommand;
import newsflow.cli.command.EnrichCommand;
import newsflow.cli.command.EvalCommand;
import newsflow.cli.command.ExtractCommand;
import newsflow.cli.command.IngestCommand;
import newsflow.cli.command.QueryCommand;
import newsflow.cli.command.RunCommand;
import newsflow.cli.command.SinkCommand;
import newsflow.cli.command.TopicsCommand;
import newsflow.cli.command.TrainCommand;
import newsflow.schemas.config.ClientConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code newsflow} command: one entry point for running the pipeline on one machine
 * ({@code run}), each role against a cluster ({@code ingest}, {@code enrich}, {@code sink}),
 * creating topics, replaying dead letters ({@code dlq replay}), and the offline tools ({@code extract}, {@code analyze}, {@code query}, {@code eval}).
 */
@Command(
    name = "newsflow",
    mixinStandardHelpOptions = true,
    versionProvider = Newsflow.Version.class,
    description = "A streaming pipeline for news: ingest, enrich (people, quotes, places), alert, warehouse.",
    subcommands = {
        RunCommand.class, IngestCommand.class, EnrichCommand.class, SinkCommand.class, TopicsCommand.class, DlqCommand.class,
        ExtractCommand.class, AnalyzeCommand.class, QueryCommand.class, EvalCommand.class, TrainCommand.class,
        BenchCommand.class, CommandLine.HelpCommand.class
    })
public final class Newsflow implements Runnable {
  /** Exit code of a user mistake (bad option, missing file). */
  public static final int EXIT_USAGE = 2;
  /** Exit code of a failure the user did not cause. */
  public static final int EXIT_FAILURE = 1;
  /** Set this variable to print stack traces of unexpected errors. */
  public static final String ENV_DEBUG = "NEWSFLOW_DEBUG";

  private final Map<String, String> env;

  @Spec CommandSpec spec;

  public Newsflow(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  /** The process environment (or the one a test injected). */
  public Map<String, String> env() {
    return env;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    int code = commandLine(System.getenv(), new PrintWriter(System.out, true), new PrintWriter(System.err, true))
        .execute(args);
    System.exit(code);
  }

  /** The configured command line: one-line errors, the given environment and streams. */
  public static CommandLine commandLine(Map<String, String> env, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Newsflow(env));
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine c = ex.getCommandLine();
      String who = ex instanceof CommandLine.UnmatchedArgumentException ? c.getCommandSpec().qualifiedName() : "newsflow";
      c.getErr().println(who + ": " + usageMessage(ex) + " (see '" + c.getCommandSpec().qualifiedName() + " --help')");
      c.getErr().flush();
      return EXIT_USAGE;
    });
    cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
      PrintWriter e = c.getErr();
      if (isUserMistake(ex)) {
        e.println("newsflow: " + userMessage(ex));
        e.flush();
        return EXIT_USAGE;
      }
      e.println("newsflow: " + ex.getClass().getSimpleName() + ": " + ex.getMessage()
          + (env.containsKey(ENV_DEBUG) ? "" : " (set " + ENV_DEBUG + "=1 for details)"));
      if (env.containsKey(ENV_DEBUG)) ex.printStackTrace(e);
      e.flush();
      return EXIT_FAILURE;
    });
    return cl;
  }

  /**
   * One line for a command-line mistake; a mistyped command or option names the nearest ones
   * ("unknown command 'rnu'; did you mean 'run'?").
   */
  static String usageMessage(CommandLine.ParameterException ex) {
    if (!(ex instanceof CommandLine.UnmatchedArgumentException u) || u.getUnmatched().isEmpty()) return ex.getMessage();
    CommandSpec spec = ex.getCommandLine().getCommandSpec();
    String first = u.getUnmatched().get(0);
    boolean option = first.startsWith("-");
    String what;
    if (option) {
      what = "unknown option '" + first + "'";
    } else if (!spec.subcommands().isEmpty() && spec.positionalParameters().isEmpty()) {
      what = "unknown command '" + first + "'";
    } else {
      what = "unexpected argument '" + first + "'";
    }
    List<String> near = nearest(first, option ? optionNames(spec) : List.copyOf(spec.subcommands().keySet()));
    if (near.isEmpty()) return what;
    return what + "; did you mean '" + String.join("' or '", near) + "'?";
  }

  private static List<String> optionNames(CommandSpec spec) {
    List<String> names = new ArrayList<>();
    for (CommandLine.Model.OptionSpec o : spec.options()) names.addAll(List.of(o.names()));
    return names;
  }

  /** The candidates nearest to {@code typed} by edit distance, when near enough to be a typo (at most two). */
  static List<String> nearest(String typed, List<String> candidates) {
    String t = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
    int best = Integer.MAX_VALUE;
    List<String> out = new ArrayList<>();
    for (String c : candidates) {
      if (c.equals("help") && !t.startsWith("h")) continue;
      int d = editDistance(t.toLowerCase(java.util.Locale.ROOT), c.toLowerCase(java.util.Locale.ROOT));
      // a typo: a few edits, fewer than half the word; or the typed word is the start of a longer name
      boolean near = d <= Math.max(1, Math.min(3, c.length() / 2)) || (t.length() >= 3 && c.startsWith(t));
      if (!near) continue;
      if (d < best) {
        best = d;
        out.clear();
      }
      if (d == best && out.size() < 2) out.add(c);
    }
    return out;
  }

  /** Damerau-Levenshtein distance (optimal string alignment): a swap of two neighbours is one edit. */
  static int editDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) d[i][0] = i;
    for (int j = 0; j <= b.length(); j++) d[0][j] = j;
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  static boolean isUserMistake(Throwable ex) {
    return ex instanceof UserException || ex instanceof ClientConfig.ConfigException
        || ex instanceof NoSuchFileException || ex instanceof AccessDeniedException;
  }

  static String userMessage(Throwable ex) {
    if (ex instanceof NoSuchFileException n) return "no such file: " + n.getFile();
    if (ex instanceof AccessDeniedException a) return "permission denied: " + a.getFile();
    return ex.getMessage();
  }

  /** The version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Newsflow.class.getPackage().getImplementationVersion();
      return new String[] {"newsflow " + (v == null ? "0.1.0-SNAPSHOT" : v)};
    }
  }
}
