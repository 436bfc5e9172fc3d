package newsflow.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import newsflow.ingest.extract.ExtractedArticle;
import newsflow.ingest.extract.FileArticleReader;
import newsflow.ingest.extract.RawArticles;
import newsflow.v1.RawArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsflow extract}: files to RawArticle JSON, offline. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Extracts articles from files (.html, .htm, .html.gz, .txt, .md) and prints one RawArticle "
        + "JSON object per input, in input order, each with an \"input\" field naming its path.",
        "Without --jsonl: one indented object for one input, an array for several."})
public final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--jsonl", description = "One compact JSON object per line.")
  boolean jsonl;

  @Option(names = "--url", paramLabel = "URL",
      description = "The page's URL (resolves relative links and names the article); only with one PATH.")
  String url;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files.")
  List<Path> paths;

  @Override
  public Integer call() {
    if (url != null && paths.size() > 1) {
      throw new newsflow.cli.UserException("--url applies to a single PATH, got " + paths.size());
    }
    PerInput.checkPaths(paths);
    FileArticleReader reader = new FileArticleReader();
    Instant now = Instant.now();
    return PerInput.run(spec, paths, jsonl, p -> read(reader, p, url, now));
  }

  /** Reads and extracts one file into a RawArticle. */
  static RawArticle read(FileArticleReader reader, Path p, String url, Instant fetchedAt) throws IOException {
    if (!Files.exists(p)) throw new NoSuchFileException(p.toString());
    if (Files.isDirectory(p)) throw new newsflow.cli.UserException(p + " is a directory");
    ExtractedArticle article = reader.read(p, url);
    return RawArticles.toRecord(article, null, fetchedAt);
  }
}
