package newsflow.cli.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import newsflow.cli.UserException;
import newsflow.enrich.nlp.StageTimes;
import newsflow.ingest.extract.RawArticles;
import newsflow.v1.RawArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsflow analyze}: extract + enrich, offline, as EnrichedArticle JSON. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = {"Extracts and enriches article files offline and prints one EnrichedArticle JSON object per input "
        + "(people with titles, organizations, quotes with speakers, places with coordinates, watched officials), "
        + "each with an \"input\" field and an \"alerts\" array: the OfficialAlerts the pipeline would raise "
        + "(official, kind MENTIONED/QUOTED, quotes, and \"evidence\": the words that named the official with "
        + "their offsets and the rule that accepted them).",
        "Offsets (start, end) are Java string indices into \"text\", end exclusive."})
public final class AnalyzeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--jsonl", description = "One compact JSON object per line.")
  boolean jsonl;

  @Option(names = "--verbatim",
      description = "For text files (.txt, .md): take the file's content unchanged as the text, so offsets index the file itself.")
  boolean verbatim;

  @Option(names = "--url", paramLabel = "URL", description = "The page's URL; only with one PATH.")
  String url;

  @Option(names = "--watchlist", paramLabel = "FILE", description = "Watched officials (YAML or CSV); default: the built-in list.")
  Path watchlist;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files (.html, .htm, .html.gz, .txt, .md).")
  List<Path> paths;

  @Override
  public Integer call() {
    if (url != null && paths.size() > 1) throw new UserException("--url applies to a single PATH, got " + paths.size());
    PerInput.checkPaths(paths);
    if (watchlist != null && !Files.isRegularFile(watchlist)) throw new UserException("--watchlist " + watchlist + ": no such file");
    newsflow.cli.config.Nlp.watchlist(watchlist); // a bad watchlist fails here, before the NLP loads
    long t0 = StageTimes.begin("Loading");
    ArticleAnalysisJson analysis = ArticleAnalysisJson.forWatchlist(watchlist);
    StageTimes.end("Loading", t0);
    Instant now = Instant.now();
    int exit = PerInput.runNodes(spec, paths, jsonl, p -> analysis.analyze(p, url, verbatim, now));
    // -Dnewsflow.nlp.stageTimes=true: the time of each step summed over the inputs (docs/operations.md)
    if (StageTimes.enabled()) {
      spec.commandLine().getErr().print(StageTimes.summary());
      spec.commandLine().getErr().flush();
    }
    return exit;
  }

  /** The record with the file's own characters as its text (metadata still from extraction). */
  static RawArticle verbatim(RawArticle raw, Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!(name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".markdown"))) {
      throw new UserException("--verbatim applies to text files (.txt, .md)");
    }
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    RawArticle copy = RawArticle.newBuilder(raw).build();
    copy.setText(text);
    copy.setContentHash(RawArticles.contentHash(text));
    return copy;
  }
}
