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
import newsflow.cli.config.Nlp;
import newsflow.enrich.mapping.EnrichedArticles;
import newsflow.enrich.nlp.ArticleAnalysis;
import newsflow.enrich.topology.ArticleAnalysisFunction;
import newsflow.enrich.topology.EnrichApp;
import newsflow.ingest.extract.FileArticleReader;
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
        + "each with an \"input\" field.",
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
    ArticleAnalysisFunction analyzer = Nlp.analyzer(watchlist);
    FileArticleReader reader = new FileArticleReader();
    Instant now = Instant.now();
    return PerInput.run(spec, paths, jsonl, p -> {
      RawArticle raw = ExtractCommand.read(reader, p, url, now);
      if (verbatim) raw = verbatim(raw, p);
      ArticleAnalysis analysis = analyzer.analyze(raw.getText(), raw.getLanguage(), raw.getAuthors());
      return EnrichedArticles.from(raw, analysis, Instant.now(), EnrichApp.ENRICHER_VERSION);
    });
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
