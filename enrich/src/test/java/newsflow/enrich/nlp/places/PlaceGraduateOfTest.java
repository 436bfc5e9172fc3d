package newsflow.enrich.nlp.places;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsflow.enrich.nlp.Document;
import newsflow.enrich.nlp.ResolvedPlace;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, places: "a graduate of X", "an alumna of X" name a school, not the small town of that name, like "a
 * professor at X"; a mention after a locative keeps the town. Made-up sentences.
 */
class PlaceGraduateOfTest {
  private static final PlaceResolver RESOLVER = PlaceResolverTest.RESOLVER;

  private static List<String> places(String text, String... names) {
    return RESOLVER.resolve(new Document(text, List.of(), List.of()), PlaceResolverTest.placeEntities(text, names))
        .stream().map(ResolvedPlace::name).toList();
  }

  @Test
  void aGraduateOfASmallTownsNameIsOfItsSchool() {
    assertEquals(List.of(), places("The novelist, an alumna of Princeton, read from her book on Friday.", "Princeton"));
    assertEquals(List.of(), places("A graduate of Princeton, the surgeon joined the clinic in 2011.", "Princeton"));
  }

  @Test
  void aLocatedMentionKeepsTheTown() {
    assertEquals(List.of("Princeton"), places(
        "A graduate of Princeton, the surgeon later opened a clinic in Princeton.", "Princeton"));
    assertEquals(List.of("Princeton"), places("The novelist grew up in Princeton and read there on Friday.", "Princeton"));
  }
}
