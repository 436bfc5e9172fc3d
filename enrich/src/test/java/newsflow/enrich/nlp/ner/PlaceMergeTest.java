package newsflow.enrich.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static newsflow.enrich.nlp.SharedAnalyzer.entities;
import static newsflow.enrich.nlp.SharedAnalyzer.typeOf;

import java.util.List;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityType;
import org.junit.jupiter.api.Test;

/** How gazetteer places, the model and the news rules are merged (models loaded once per JVM). */
class PlaceMergeTest {

  @Test
  void namesOfOneCountryAreOnePlace() {
    List<Entity> es = entities("The U.S. sent engineers. The United States agreed America would help.\n\n"
        + "Officials in Brussels welcomed it.");
    List<Entity> us = es.stream().filter(e -> e.type() == EntityType.PLACE
        && e.mentions().stream().anyMatch(m -> m.text().equals("United States") || m.text().equals("U.S.")
            || m.text().equals("America"))).toList();
    assertEquals(1, us.size(), es.toString());
    assertEquals(3, us.get(0).mentions().size(), us.toString());
  }

  @Test
  void aHyphenatedRegionBeatsTheModelOnTheSameWords() {
    List<Entity> es = entities("Fighting resumed near Nagorno-Karabakh last week. Armenia protested.");
    assertEquals(EntityType.PLACE, typeOf(es, "Nagorno-Karabakh"), es.toString());
  }

  @Test
  void aPlaceInsideAHyphenatedModifierIsThePlaceAndTheModifierLeavesTheOrganisation() {
    List<Entity> es = entities("Karen Holt of Paris-based Lumen Partners said the plans were popular.");
    assertEquals(EntityType.PLACE, typeOf(es, "Paris"), es.toString());
    assertTrue(es.stream().noneMatch(e -> e.name().contains("Paris-based")), es.toString());
  }

  @Test
  void aDashSeparatesADatelineFromTheSentence() {
    List<Entity> es = entities("HALIFAX \u2014 Nova Scotia's fishermen say the province should help them.");
    assertEquals(EntityType.PLACE, typeOf(es, "HALIFAX"), es.toString());
  }

  @Test
  void aCountryIsAPlaceWhereTheModelSawAnOrganisation() {
    List<Entity> es = entities("The envoy praised what T&T had achieved for its neighbours.\n\n"
        + "She asked why T&T sent no delegate to the summit.");
    assertEquals(EntityType.PLACE, typeOf(es, "T&T"), es.toString());
  }

  @Test
  void aHeadlineOfTwoPlacesAndAVerbIsTwoPlaces() {
    List<Entity> es = entities("SOCCER - CHILE BEAT PERU IN LIMA .\n\nThe match ended 2-1.");
    assertEquals(EntityType.PLACE, typeOf(es, "CHILE"), es.toString());
    assertEquals(EntityType.PLACE, typeOf(es, "PERU"), es.toString());
  }

  @Test
  void aStanceWordIsNotAPlace() {
    List<Entity> es = entities("Protesters marched against pro-Moscow parties in Tallinn on Friday.");
    assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.PLACE && e.name().contains("Moscow")), es.toString());
    assertEquals(EntityType.PLACE, typeOf(es, "Tallinn"), es.toString());
  }

  @Test
  void aCurrencyPrefixAndAWeatherPhenomenonAreNotPlaces() {
    List<Entity> es = entities("Morocco accepted a grant of 2 million euros (US$2.2m) for a new school.\n\n"
        + "Forecasters expect La Niña to bring a cold winter.");
    assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.PLACE
        && (e.name().equals("US") || e.name().contains("Niña"))), es.toString());
    assertEquals(EntityType.PLACE, typeOf(es, "Morocco"), es.toString());
  }

  @Test
  void hotelsHallsAndFarmsArePlaces() {
    List<Entity> es = entities("The horses were moved from Alder Farm on Monday. She sang at the Greywater Concert Hall"
        + " and stayed at the Anchor Bay Hotel.");
    assertEquals(EntityType.PLACE, typeOf(es, "Greywater Concert Hall"), es.toString());
    assertEquals(EntityType.PLACE, typeOf(es, "Anchor Bay Hotel"), es.toString());
  }

  @Test
  void aPlaceNameGluedIntoAProductCodeIsNotAPlace() {
    List<Entity> es = entities("Under the X*SOL and Q*SOL labels the firm from Munich sells planning software.");
    assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.PLACE && e.name().equals("SOL")), es.toString());
  }
}
