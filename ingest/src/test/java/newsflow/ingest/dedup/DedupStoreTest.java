package newsflow.ingest.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DedupStoreTest {
  @TempDir Path dir;

  @Test
  void remembersCommittedKeysAcrossARestart() throws IOException {
    try (DedupStore store = DedupStore.open(dir)) {
      assertTrue(store.claim(List.of("url:https://a.example/1", "hash:abc")));
      store.commit(List.of("url:https://a.example/1", "hash:abc"));
    }
    try (DedupStore store = DedupStore.open(dir)) {
      assertTrue(store.contains("url:https://a.example/1"));
      assertTrue(store.contains("hash:abc"));
      assertFalse(store.contains("hash:other"));
      assertFalse(store.claim(List.of("url:https://b.example/2", "hash:abc")), "same content, other URL");
      assertEquals(2, store.size());
    }
  }

  @Test
  void aReleasedClaimCanBeClaimedAgainAndIsNotPersisted() throws IOException {
    try (DedupStore store = DedupStore.open(dir)) {
      assertTrue(store.claim(List.of("id:1")));
      assertFalse(store.claim(List.of("id:1")), "claimed keys block a concurrent duplicate");
      store.release(List.of("id:1"));
      assertTrue(store.claim(List.of("id:1")));
    }
    try (DedupStore store = DedupStore.open(dir)) {
      assertFalse(store.contains("id:1"));
    }
  }

  @Test
  void survivesATornLastLine() throws IOException {
    try (DedupStore store = DedupStore.open(dir)) {
      store.commit(List.of("id:kept"));
    }
    Files.write(dir.resolve(DedupStore.FILE), "0123456789ab".getBytes(StandardCharsets.US_ASCII), StandardOpenOption.APPEND);
    try (DedupStore store = DedupStore.open(dir)) {
      assertTrue(store.contains("id:kept"));
      assertEquals(1, store.size());
      store.commit(List.of("id:after-crash"));
    }
    try (DedupStore store = DedupStore.open(dir)) {
      assertTrue(store.contains("id:after-crash"));
      assertEquals(2, store.size());
    }
  }

  @Test
  void refusesASecondOpenOfTheSameDirectory() throws IOException {
    DedupStore store = DedupStore.open(dir);
    try {
      IOException e = assertThrows(IOException.class, () -> DedupStore.open(dir));
      assertTrue(e.getMessage().contains("in use"));
    } finally {
      store.close();
    }
    DedupStore.open(dir).close(); // free again once closed
  }

  @Test
  void normalisesUrlsForDedup() {
    assertEquals("https://news.example/a/b?id=7",
        UrlNormalizer.normalize("HTTPS://News.Example:443/a/b?utm_source=x&id=7&fbclid=abc#comments"));
    assertEquals("http://news.example/", UrlNormalizer.normalize("http://news.example"));
    assertEquals("http://news.example:8080/x", UrlNormalizer.normalize("http://news.example:8080/x"));
    assertFalse(UrlNormalizer.normalize("https://news.example/a?id=7").equals(UrlNormalizer.normalize("https://news.example/a?id=8")));
  }
}
