package newsflow.enrich.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import newsflow.enrich.nlp.places.GazetteerPlaceRecognizer;
import newsflow.enrich.nlp.text.TextPipeline;
import org.junit.jupiter.api.Test;

/** Layers: computed once per document, shared by the stages that read them, never across documents. */
class DocumentTest {
  private static final Document.Layer<String> UPPER = new Document.Layer<>("upper");
  private static final Document.Layer<Integer> LENGTH = new Document.Layer<>("length of upper");

  @Test
  void aLayerIsComputedOncePerDocument() {
    AtomicInteger runs = new AtomicInteger();
    Document d = new Document("abc", List.of(), List.of());
    String first = d.layer(UPPER, x -> {
      runs.incrementAndGet();
      return new String(x.text().toUpperCase());
    });
    assertSame(first, d.layer(UPPER, x -> {
      runs.incrementAndGet();
      return "other";
    }));
    assertEquals(1, runs.get());
    // a layer may read another layer while it is computed
    assertEquals(3, d.layer(LENGTH, x -> x.layer(UPPER, y -> "never").length()));
  }

  @Test
  void equalDocumentsDoNotShareLayers() {
    Document a = new Document(new String("same text"), List.of(), List.of());
    Document b = new Document(new String("same text"), List.of(), List.of());
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotSame(a.layer(UPPER, x -> new String("A")), b.layer(UPPER, x -> new String("B")));
    assertEquals("B", b.layer(UPPER, x -> "C"));
  }

  @Test
  void placeMatchesOfADocumentAreThoseOfItsText() {
    String text = "Officials in Lisbon met visitors from Nairobi on Tuesday.";
    Document doc = TextPipeline.instance().process(text);
    GazetteerPlaceRecognizer r = new GazetteerPlaceRecognizer();
    assertEquals(r.find(text), r.find(doc));
    assertSame(r.find(doc), new GazetteerPlaceRecognizer().find(doc), "one computation per document, whichever stage asks");
  }
}
