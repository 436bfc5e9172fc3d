package newsflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsflow eval extraction} on a made-up set in the benchmark layout: per-set table, failures, baseline. */
class EvalExtractionCommandTest {
  @TempDir Path dir;

  private static final String ARTICLE = "The ferry service to the islands will resume next summer, the council said on "
      + "Monday, after the flooded terminal has been rebuilt two metres higher than the old one.";

  private void page(Path html, String id, String body) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(html.resolve(id + ".html.gz")))) {
      out.write(("<html><body><h1>Ferry terminal to be rebuilt</h1><div class=\"story\"><p>" + body + "</p><p>" + body
          + "</p></div></body></html>").getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void reportsEachSetWithItsFailuresBesideTheBaseline() throws IOException {
    Path sh = dir.resolve("data/scrapinghub");
    Path html = Files.createDirectories(sh.resolve("html"));
    page(html, "good", ARTICLE);
    page(html, "bad", ARTICLE);
    Files.writeString(sh.resolve("ground-truth.json"), "{\"good\":{\"articleBody\":\"" + ARTICLE + "\\n" + ARTICLE
        + "\",\"url\":\"https://news.example.org/a\"},\"bad\":{\"articleBody\":\"A completely different text about "
        + "the weather in the hills, with rain expected all week long.\",\"url\":\"https://news.example.org/b\"}}");
    Path baseline = dir.resolve("baseline.properties");
    Files.writeString(baseline, "extraction.scrapinghub.f1=0.9\nextraction.scrapinghub.failures=0 lower-is-better\n");

    Cli.Result r = Cli.run("eval", "extraction", "--data", dir.resolve("data").toString(), "--baseline", baseline.toString(), "-v");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("FAILURE scrapinghub bad F1=0.000"), r.out());
    assertTrue(r.out().contains("| scrapinghub | 2 | failures (page F1 < 0.5) | 1 | 0 |"), r.out());
    assertTrue(r.out().contains("| scrapinghub | 2 | body F1 | 0.5000 | 0.9000 |"), r.out());
    assertTrue(r.out().contains("DROP extraction.scrapinghub.failures 1.0000 (baseline 0.0000)"), r.out());
  }

  @Test
  void aDirectoryWithoutAnySetIsAUserError() throws IOException {
    Cli.Result r = Cli.run("eval", "extraction", "--data", Files.createDirectories(dir.resolve("empty")).toString());
    assertEquals(Newsflow.EXIT_USAGE, r.exit(), r.err());
    assertTrue(r.err().contains("no scrapinghub/, l3s-gn1/ or fundus/"), r.err());
  }
}
