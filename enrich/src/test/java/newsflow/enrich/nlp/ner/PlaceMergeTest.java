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
    List<Entity> es = entities("The U.S. sent troops. The United States said America would stay.\n\n"
        + "Officials in Brussels agreed.");
    List<Entity> us = es.stream().filter(e -> e.type() == EntityType.PLACE
        && e.mentions().stream().anyMatch(m -> m.text().equals("United States") || m.text().equals("U.S.")
            || m.text().equals("America"))).toList();
    assertEquals(1, us.size(), es.toString());
    assertEquals(3, us.get(0).mentions().size(), us.toString());
  }

  @Test
  void aHyphenatedRegionBeatsTheModelOnTheSameWords() {
    List<Entity> es = entities("Thousands of soldiers died during the war with Nagorno-Karabakh. Azerbaijan objects.");
    assertEquals(EntityType.PLACE, typeOf(es, "Nagorno-Karabakh"), es.toString());
  }

  @Test
  void aPlaceInsideAHyphenatedModifierIsThePlaceAndTheModifierLeavesTheOrganisation() {
    List<Entity> es = entities("Matthieu Prin of London-based BOP Consulting said the murals were popular.");
    assertEquals(EntityType.PLACE, typeOf(es, "London"), es.toString());
    assertTrue(es.stream().noneMatch(e -> e.name().contains("London-based")), es.toString());
  }

  @Test
  void anAbbreviationInBracketsTakesTheTypeOfTheNameBeforeIt() {
    List<Entity> es = entities("Shares on the Dhaka Stock Exchange (DSE) rose on Sunday. Brokers said the DSE"
        + " index would climb further.");
    assertEquals(EntityType.ORGANIZATION, typeOf(es, "DSE"), es.toString());
  }

  @Test
  void aDashSeparatesADatelineFromTheSentence() {
    List<Entity> es = entities("WINNIPEG \u2014 Manitoba's Opposition New Democrats say the province should act.");
    assertEquals(EntityType.PLACE, typeOf(es, "WINNIPEG"), es.toString());
  }

  @Test
  void aCountryIsAPlaceWhereTheModelSawAnOrganisation() {
    List<Entity> es = entities("The prime minister gave a brief on all that T&T had done to support Dominica.\n\n"
        + "He asked why T&T was not represented at the meeting.");
    assertEquals(EntityType.PLACE, typeOf(es, "T&T"), es.toString());
  }

  @Test
  void aHeadlineOfTwoPlacesAndAVerbIsTwoPlaces() {
    List<Entity> es = entities("CRICKET - SRI LANKA BEAT AUSTRALIA BY FOUR WICKETS .\n\nColombo hosted the match.");
    assertEquals(EntityType.PLACE, typeOf(es, "SRI LANKA"), es.toString());
    assertEquals(EntityType.PLACE, typeOf(es, "AUSTRALIA"), es.toString());
  }

  @Test
  void aStanceWordIsNotAPlace() {
    List<Entity> es = entities("Rebels attacked pro-Moscow leaders in Chechnya on Friday.");
    assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.PLACE && e.name().contains("Moscow")), es.toString());
    assertEquals(EntityType.PLACE, typeOf(es, "Chechnya"), es.toString());
  }

  @Test
  void aCurrencyPrefixAndAWeatherPhenomenonAreNotPlaces() {
    List<Entity> es = entities("Tunisia rejected a NATO grant of 3 million euros (US$3.7m) for a joint centre.\n\n"
        + "Forecasters said La Niña would weaken in the coming months.");
    assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.PLACE
        && (e.name().equals("US") || e.name().contains("Niña"))), es.toString());
    assertEquals(EntityType.PLACE, typeOf(es, "Tunisia"), es.toString());
  }

  @Test
  void hotelsHallsAndFarmsArePlaces() {
    List<Entity> es = entities("The dogs were taken from Wilson Farm on Monday. She sang at the National Concert Hall"
        + " and stayed at the Percy French Hotel.");
    assertEquals(EntityType.PLACE, typeOf(es, "National Concert Hall"), es.toString());
    assertEquals(EntityType.PLACE, typeOf(es, "Percy French Hotel"), es.toString());
  }

  @Test
  void aPlaceNameGluedIntoAProductCodeIsNotAPlace() {
    List<Entity> es = entities("With the PV*SOL and T*SOL brands the company from Berlin sells design software.");
    assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.PLACE && e.name().equals("SOL")), es.toString());
  }
}
