package newsflow.enrich.nlp.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import newsflow.enrich.nlp.Annotator;
import newsflow.enrich.nlp.AnnotatorPipeline;
import newsflow.enrich.nlp.ArticleAnalysis;
import newsflow.enrich.nlp.SharedAnalyzer;
import org.junit.jupiter.api.Test;

/** The article-level stages: their order, the layers they pass on, and the check that keeps them in order. */
class ArticleStagesTest {

  @Test
  void stagesRunInDataFlowOrderAndEndWithTheFinalEntities() {
    AnnotatorPipeline p = SharedAnalyzer.get().pipeline();
    assertEquals(List.of("EntityRecognition", "EntityResolution", "Quotes", "Places", "Authors", "Officials"),
        p.stages().stream().map(Annotator::name).toList());
    assertTrue(p.layers().indexOf(ArticleStages.ENTITIES_FINAL) > p.layers().indexOf(ArticleStages.QUOTES));
  }

  @Test
  void aStageBeforeTheOneThatWritesItsInputIsRefusedAtConstruction() {
    List<Annotator> swapped = new ArrayList<>(SharedAnalyzer.get().pipeline().stages());
    // quotes before entity resolution: the quote stage would read entities nobody has resolved yet
    Annotator quotes = swapped.remove(2);
    swapped.add(1, quotes);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new AnnotatorPipeline(List.of(ArticleStages.DOCUMENT, ArticleStages.AUTHORS), swapped));
    assertTrue(e.getMessage().contains("Quotes requires"), e.getMessage());
  }

  @Test
  void theSpeakerAQuoteNamesIsAnEntityOfTheResult() {
    ArticleAnalysis a = SharedAnalyzer.get().analyze(
        "Ports reopen\n\n“The harbour is open again,” said Tomas Ekwall, a dock manager.", "en");
    assertEquals("Tomas Ekwall", a.quotes().get(0).speaker());
    assertTrue(a.entities().stream().anyMatch(e -> e.name().equals("Tomas Ekwall")), a.entities().toString());
  }
}
