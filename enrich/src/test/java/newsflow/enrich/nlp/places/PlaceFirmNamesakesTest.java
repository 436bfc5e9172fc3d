package newsflow.enrich.nlp.places;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import newsflow.enrich.nlp.Document;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.ResolvedPlace;
import newsflow.enrich.nlp.Span;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, places (firm namesakes): a town's name the article also uses for a firm or brand is the firm, unless
 * some mention puts it in space. Made-up sentences.
 */
class PlaceFirmNamesakesTest {
  private static final PlaceResolver RESOLVER = PlaceResolverTest.RESOLVER;

  /** An entity whose mentions are the given occurrences (0-based) of {@code word} in {@code text}. */
  private static Entity entity(String id, EntityType type, String name, String text, String word, int... which) {
    Entity e = new Entity(id, type, name);
    List<Integer> starts = new ArrayList<>();
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) starts.add(at);
    for (int k : which) e.addMention(Span.of(text, starts.get(k), starts.get(k) + word.length()));
    return e;
  }

  private static List<ResolvedPlace> resolve(String text, Entity... entities) {
    return RESOLVER.resolve(new Document(text, List.of(), List.of()), List.of(entities));
  }

  private static final String BIKES = "Redding has launched a folding e-bike for commuters, and Redding also sells a "
      + "spare battery for it. Redding's shares rose 2 percent on Monday.";

  @Test
  void aTownsNameAlsoReadAsAFirmIsTheFirm() {
    Entity place = entity("p", EntityType.PLACE, "Redding", BIKES, "Redding", 0, 1);
    Entity firm = entity("o", EntityType.ORGANIZATION, "Redding", BIKES, "Redding", 2);
    assertEquals(1, resolve(BIKES, place).size()); // alone, the tagger's place stays
    assertEquals(List.of(), resolve(BIKES, place, firm));
  }

  @Test
  void aMentionInSpaceKeepsTheTown() {
    String text = BIKES + " The frames are welded in Redding.";
    Entity place = entity("p", EntityType.PLACE, "Redding", text, "Redding", 0, 1, 3);
    Entity firm = entity("o", EntityType.ORGANIZATION, "Redding", text, "Redding", 2);
    assertEquals(1, resolve(text, place, firm).size());
  }

  private static final String VANS = "Varna Motor Co. recalled 12,000 delivery vans on Friday. Varna's new electric "
      + "vans go on sale next spring, the carmaker added.";

  @Test
  void theShortNameOfAFirmsFullNameIsTheFirm() {
    Entity firm = entity("o", EntityType.ORGANIZATION, "Varna Motor Co.", VANS, "Varna Motor Co.", 0);
    Entity place = entity("p", EntityType.PLACE, "Varna", VANS, "Varna", 1);
    assertEquals(1, resolve(VANS, place).size());
    assertEquals(List.of(), resolve(VANS, firm, place));
  }

  @Test
  void aFirmNamedAfterATownWithoutATradeWordLeavesTheTown() {
    // "Varna Shipyards Ltd." is no "Varna" plus a trade word: the town keeps its place
    String text = "Varna Shipyards Ltd. hired 200 welders. Varna's mayor welcomed the jobs on Friday.";
    Entity firm = entity("o", EntityType.ORGANIZATION, "Varna Shipyards Ltd.", text, "Varna Shipyards Ltd.", 0);
    Entity place = entity("p", EntityType.PLACE, "Varna", text, "Varna", 1);
    assertEquals(1, resolve(text, firm, place).size());
  }
}
