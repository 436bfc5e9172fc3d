package newsflow.enrich.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The pipeline contract: stages fit together when built, and write only their own layers when run. */
class AnnotatorPipelineTest {
  private static final Document.Layer<String> TEXT = new Document.Layer<>("text");
  private static final Document.Layer<String> UPPER = new Document.Layer<>("upper");
  private static final Document.Layer<Integer> LENGTH = new Document.Layer<>("length");

  /** A made-up stage: reads {@code in}, writes {@code out} (or, misbehaving, {@code writes}). */
  private record Stage(String name, Document.Layer<String> in, Document.Layer<?> out, Document.Layer<?> writes)
      implements Annotator {
    @Override
    public List<Document.Layer<?>> requires() {
      return List.of(in);
    }

    @Override
    public List<Document.Layer<?>> produces() {
      return List.of(out);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void annotate(Annotation a) {
      String s = a.get(in);
      if (writes == UPPER) a.put((Document.Layer<String>) writes, s.toUpperCase(Locale.ROOT));
      if (writes == LENGTH) a.put((Document.Layer<Integer>) writes, s.length());
    }
  }

  private static Stage upper() {
    return new Stage("upper", TEXT, UPPER, UPPER);
  }

  private static Stage lengthOfUpper() {
    return new Stage("length", UPPER, LENGTH, LENGTH);
  }

  @Test
  void stagesRunInOrderEachReadingWhatEarlierOnesWrote() {
    AnnotatorPipeline p = new AnnotatorPipeline(List.of(TEXT), List.of(upper(), lengthOfUpper()));
    Annotation a = p.run(x -> x.put(TEXT, "Oslo"));
    assertEquals("OSLO", a.get(UPPER));
    assertEquals(4, a.get(LENGTH));
    assertEquals(List.of(TEXT, UPPER, LENGTH), p.layers());
  }

  @Test
  void aStageRequiringALayerNoEarlierStageProducesFailsAtConstruction() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new AnnotatorPipeline(List.of(TEXT), List.of(lengthOfUpper(), upper())));
    assertTrue(e.getMessage().contains("requires upper"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new AnnotatorPipeline(List.of(), List.of(upper())));
  }

  @Test
  void aLayerProducedTwiceFailsAtConstruction() {
    assertThrows(IllegalArgumentException.class,
        () -> new AnnotatorPipeline(List.of(TEXT), List.of(upper(), upper())));
    assertThrows(IllegalArgumentException.class,
        () -> new AnnotatorPipeline(List.of(TEXT, UPPER), List.of(upper())));
  }

  @Test
  void aStageThatWritesALayerItDidNotDeclareFails() {
    Stage sneaky = new Stage("sneaky", TEXT, UPPER, LENGTH);
    AnnotatorPipeline p = new AnnotatorPipeline(List.of(TEXT), List.of(sneaky));
    assertThrows(IllegalStateException.class, () -> p.run(x -> x.put(TEXT, "Oslo")));
  }

  @Test
  void aStageThatDoesNotWriteWhatItDeclaredFails() {
    Stage idle = new Stage("idle", TEXT, UPPER, null);
    AnnotatorPipeline p = new AnnotatorPipeline(List.of(TEXT), List.of(idle));
    assertThrows(IllegalStateException.class, () -> p.run(x -> x.put(TEXT, "Oslo")));
  }

  @Test
  void theCallerMustGiveTheGivenLayers() {
    AnnotatorPipeline p = new AnnotatorPipeline(List.of(TEXT), List.of(upper()));
    assertThrows(IllegalStateException.class, () -> p.run(x -> { }));
  }
}
