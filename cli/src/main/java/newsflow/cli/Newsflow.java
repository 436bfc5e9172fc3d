package newsflow.cli;

import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
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
      c.getErr().println("newsflow: " + ex.getMessage() + " (see '" + c.getCommandSpec().qualifiedName() + " --help')");
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
