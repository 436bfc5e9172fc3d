package newsflow.enrich.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class CacheBuildTest {
  private static final String POS = "edu/emory/mathcs/nlp/models/en-pos.xz";

  @Test
  void countsTheCompressedBytesReadOfTheTotal() throws Exception {
    CacheBuild.started(List.of(POS));
    CacheBuild.Progress before = CacheBuild.current();
    assertTrue(before.running());
    assertTrue(before.totalBytes() > 1_000_000, "the artifact's size in the jar: " + before);
    assertEquals(0, before.doneBytes());
    try (ObjectInputStream in = CacheBuild.open(POS)) {
      assertNotNull(in.readObject());
    } finally {
      CacheBuild.finished();
    }
    CacheBuild.Progress after = CacheBuild.current();
    assertFalse(after.running());
    assertEquals(after.totalBytes(), after.doneBytes(), "every compressed byte counted once: " + after);
    assertEquals(1.0, after.fraction());
  }

  @Test
  void aMissingArtifactIsAClearError() {
    IOException e = assertThrows(IOException.class, () -> CacheBuild.open("edu/emory/mathcs/nlp/models/nope.xz"));
    assertTrue(e.getMessage().contains("nope.xz"), e.getMessage());
  }
}
