package newsflow.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import newsflow.ingest.IngestApp;
import newsflow.ingest.IngestConfig;
import newsflow.ingest.testing.CollectingSink;
import newsflow.ingest.testing.Fixtures;
import newsflow.v1.RawArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real files in a watched directory: HTML, gzipped HTML, Markdown, junk, and a restart. */
class DirectoryWatcherTest {
  @TempDir Path data;
  @TempDir Path inbox;

  private IngestConfig config() {
    return IngestConfig.builder().dataDir(data).watchDir(inbox).watchInterval(Duration.ofMillis(1)).build();
  }

  @Test
  void ingestsArticleFilesOnceAndDeadLettersJunk() throws Exception {
    Files.write(inbox.resolve("one.html"), Fixtures.bytes("fetch/article-one.html"));
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(inbox.resolve("two.html.gz")))) {
      out.write(Fixtures.bytes("fetch/article-two.html"));
    }
    Files.createDirectories(inbox.resolve("2026/02"));
    Files.write(inbox.resolve("2026/02/seed.txt"), Fixtures.bytes("extract/hegseth-nato.txt"));
    byte[] junk = new byte[3000];
    for (int i = 0; i < junk.length; i++) junk[i] = (byte) (i * 7);
    Files.write(inbox.resolve("corrupt.html"), junk);
    Files.writeString(inbox.resolve("notes.json"), "{}"); // not an article type: ignored

    CollectingSink sink = new CollectingSink();
    try (IngestApp app = IngestApp.withSink(config(), sink)) {
      IngestStats.Snapshot s = app.runOnce();
      assertEquals(4, s.in());
      assertEquals(3, s.published());
      assertEquals(1, s.deadLettered());
      assertEquals(0, s.inFlight());
    }
    assertTrue(sink.deadLetterUris().get(0).endsWith("/corrupt.html"), sink.deadLetterUris().toString());
    RawArticle seed = sink.published.stream().filter(a -> a.getText().contains("Hegseth")).findFirst().orElseThrow();
    assertEquals(null, seed.getSource().getFeedUrl());

    // a restart sees the same files and publishes nothing; a new file is picked up
    Files.write(inbox.resolve("three.md"), "# Council news\n\nThe council met on Monday and agreed a budget for the harbour works after a long debate about costs and timing.\n\nMembers said the works would start in spring.\n".getBytes());
    CollectingSink again = new CollectingSink();
    try (IngestApp app = IngestApp.withSink(config(), again)) {
      IngestStats.Snapshot s = app.runOnce();
      assertEquals(1, s.in());
    }
    assertEquals(1, again.published.size());
    assertEquals(List.of(), again.deadLetters);
  }

  @Test
  void followsNoSymlinkOutOfTheWatchedDirectory(@TempDir Path outside) throws Exception {
    String secret = "# Private notes\n\nThe account numbers and the door codes for the basement storage room are kept "
        + "in this file, which lives outside the watched directory and must never be published.\n";
    Path secretFile = Files.writeString(outside.resolve("secret.txt"), secret);
    Files.createDirectories(outside.resolve("more"));
    Files.writeString(outside.resolve("more/also-secret.md"), secret.replace("Private", "Other private"));
    Files.createSymbolicLink(inbox.resolve("x.txt"), secretFile);
    Files.createSymbolicLink(inbox.resolve("linked-dir"), outside.resolve("more"));
    // a link that stays inside the directory is followed (and then is a duplicate of its target)
    Files.write(inbox.resolve("one.html"), Fixtures.bytes("fetch/article-one.html"));
    Files.createDirectories(inbox.resolve("aliases"));
    Files.createSymbolicLink(inbox.resolve("aliases/alias.html"), inbox.resolve("one.html"));

    CollectingSink sink = new CollectingSink();
    try (IngestApp app = IngestApp.withSink(config(), sink)) {
      IngestStats.Snapshot s = app.runOnce();
      assertEquals(2, s.in(), "one.html and the link to it: " + s);
      assertEquals(1, s.published());
      assertEquals(1, s.deduplicated());
    }
    assertEquals(List.of(), sink.deadLetters);
    assertTrue(sink.published.stream().noneMatch(a -> a.getText().contains("door codes")), "a file outside was published");
  }

  @Test
  void waitsForAFileStillBeingWritten() throws Exception {
    IngestConfig slow = IngestConfig.builder().dataDir(data).watchDir(inbox).watchInterval(Duration.ofHours(1)).build();
    Files.write(inbox.resolve("fresh.html"), Fixtures.bytes("fetch/article-one.html"));
    CollectingSink sink = new CollectingSink();
    try (IngestApp app = IngestApp.withSink(slow, sink)) {
      assertEquals(0, app.runOnce().in(), "a file modified just now may still be growing");
      assertEquals(1, app.runOnce().in(), "unchanged since the last scan: settled");
    }
    assertEquals(1, sink.published.size());
  }
}
