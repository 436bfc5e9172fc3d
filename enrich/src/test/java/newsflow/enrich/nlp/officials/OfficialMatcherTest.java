package newsflow.enrich.nlp.officials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import newsflow.enrich.nlp.Document;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.Span;
import org.junit.jupiter.api.Test;

class OfficialMatcherTest {
  static final Watchlist SEED_WATCHLIST = Watchlist.of(List.of(
      new Official("hegseth", "Pete Hegseth", List.of(), "Defense Secretary", "US"),
      new Official("rutte", "Mark Rutte", List.of(), "NATO Secretary-General", null),
      new Official("zelenskyy", "Volodymyr Zelenskyy", List.of(), "President", "UA"),
      new Official("kallas", "Kaja Kallas", List.of(), "High Representative", "EE")));

  static Entity person(String id, String name, List<String> titles, String... mentions) {
    Entity e = new Entity(id, EntityType.PERSON, name);
    titles.forEach(e::addTitle);
    int at = 0;
    for (String m : mentions) {
      e.addMention(new Span(at, at + m.length(), m));
      at += m.length() + 1;
    }
    return e;
  }

  static Document doc(String text) {
    return new Document(text, List.of(), List.of());
  }

  static Map<String, String> officialIds(List<Entity> entities) {
    Map<String, String> out = new TreeMap<>();
    for (Entity e : entities) {
      if (e.officialId() != null) out.put(e.name(), e.officialId());
    }
    return out;
  }

  /** The 13 people of the seed article as H5's entity resolution names them. */
  static List<Entity> seedPeople() {
    List<Entity> people = new ArrayList<>();
    people.add(person("1", "Pete Hegseth", List.of("Defense Secretary", "Pentagon chief"), "Pete Hegseth", "Mr. Hegseth"));
    people.add(person("2", "Donald Trump", List.of("President"), "President Trump", "Mr. Trump"));
    people.add(person("3", "Vladimir Putin", List.of("President of Russia"), "Vladimir Putin", "Mr. Putin"));
    people.add(person("4", "Volodymyr Zelenskyy", List.of("President of Ukraine"), "Volodymyr Zelenskyy",
        "Volodomyr Zelenskyy", "Mr. Zelenskyy"));
    people.add(person("5", "Mark Rutte", List.of("NATO Secretary-General"), "Mark Rutte", "Mr. Rutte"));
    people.add(person("6", "Scott Bessent", List.of("Secretary of the Treasury"), "Scott Bessent"));
    people.add(person("7", "Marco Rubio", List.of("Secretary of State"), "Marco Rubio"));
    people.add(person("8", "Kaja Kallas", List.of("top foreign policy official of the European Union"), "Kaja Kallas",
        "Ms. Kallas"));
    people.add(person("9", "Boris Pistorius", List.of("German Defense Minister"), "Boris Pistorius"));
    people.add(person("10", "Dmitry Peskov", List.of("Kremlin spokesman"), "Dmitry Peskov", "Mr. Peskov"));
    people.add(person("11", "Max Bergmann", List.of(), "Max Bergmann", "Mr. Bergmann"));
    people.add(person("12", "Eisenhower", List.of("former President"), "Eisenhower"));
    people.add(person("13", "Mike Glenn", List.of("author"), "Mike Glenn"));
    people.add(new Entity("14", EntityType.ORGANIZATION, "NATO"));
    return people;
  }

  @Test
  void seedWatchlistMatchesExactlyItsFourOfficials() {
    List<Entity> people = seedPeople();
    new OfficialMatcher(SEED_WATCHLIST).match(doc("Ukraine, Russia and the U.S. at NATO."), people);
    assertEquals(Map.of("Pete Hegseth", "hegseth", "Mark Rutte", "rutte", "Volodymyr Zelenskyy", "zelenskyy",
        "Kaja Kallas", "kallas"), officialIds(people));
  }

  @Test
  void spellingVariantOfTheGivenNameMatches() {
    List<Entity> e = List.of(person("1", "Volodomyr Zelenskyy", List.of(), "Volodomyr Zelenskyy"));
    new OfficialMatcher(SEED_WATCHLIST).match(doc("Kyiv"), e);
    assertEquals("zelenskyy", e.get(0).officialId());
  }

  @Test
  void aliasAndMiddleInitialMatch() {
    Watchlist w = Watchlist.of(List.of(
        new Official("trump", "Donald J. Trump", List.of("The Donald"), "President", "US")));
    List<Entity> e = List.of(person("1", "Donald Trump", List.of(), "Donald Trump"),
        person("2", "the Donald", List.of(), "the Donald"));
    new OfficialMatcher(w).match(doc("x"), e);
    assertEquals("trump", e.get(0).officialId());
    assertEquals("trump", e.get(1).officialId());
  }

  @Test
  void surnameWithMatchingTitleAndCountryContextMatches() {
    Watchlist w = Watchlist.of(List.of(new Official("trump", "Donald J. Trump", List.of(), "President", "US")));
    List<Entity> e = List.of(person("1", "Trump", List.of("President"), "President Trump", "Trump"));
    new OfficialMatcher(w).match(doc("Washington and the U.S. Congress reacted."), e);
    assertEquals("trump", e.get(0).officialId());
  }

  @Test
  void surnameWithTitleButNoCountryContextDoesNotMatch() {
    Watchlist w = Watchlist.of(List.of(new Official("trump", "Donald J. Trump", List.of(), "President", "US")));
    List<Entity> e = List.of(person("1", "Trump", List.of("President"), "Trump"));
    new OfficialMatcher(w).match(doc("The meeting ended."), e);
    assertNull(e.get(0).officialId());
  }

  @Test
  void surnameWithTitleOfAnotherCountryDoesNotMatch() {
    Watchlist w = Watchlist.of(List.of(new Official("trump", "Donald J. Trump", List.of(), "President", "US")));
    List<Entity> e = List.of(person("1", "Trump", List.of("French President"), "Trump"));
    new OfficialMatcher(w).match(doc("The U.S. and France."), e);
    assertNull(e.get(0).officialId());
  }

  @Test
  void surnameAloneWithoutTitleDoesNotMatch() {
    List<Entity> e = List.of(person("1", "Rutte", List.of(), "Rutte"));
    new OfficialMatcher(SEED_WATCHLIST).match(doc("NATO in Brussels"), e);
    assertNull(e.get(0).officialId());
  }

  @Test
  void otherGivenNameWithTheSameSurnameDoesNotMatch() {
    List<Entity> e = List.of(person("1", "Anna Rutte", List.of("Secretary-General"), "Anna Rutte"));
    new OfficialMatcher(SEED_WATCHLIST).match(doc("NATO"), e);
    assertNull(e.get(0).officialId());
  }

  @Test
  void ambiguousSurnameDoesNotMatchEvenWithTitle() {
    Watchlist w = Watchlist.of(List.of(
        new Official("a", "Ron Johnson", List.of(), "Senator", "US"),
        new Official("b", "Mike Johnson", List.of(), "Speaker", "US")));
    List<Entity> e = List.of(person("1", "Johnson", List.of("Senator"), "Sen. Johnson"));
    new OfficialMatcher(w).match(doc("The U.S. Senate"), e);
    assertNull(e.get(0).officialId());
  }

  @Test
  void vicePresidentIsNotThePresident() {
    assertEquals(false, OfficialMatcher.titlesMatch("Vice President", "President"));
    assertEquals(true, OfficialMatcher.titlesMatch("U.S. President", "President"));
    assertEquals(true, OfficialMatcher.titlesMatch("Secretary of Defense", "Defense Secretary"));
    assertEquals(false, OfficialMatcher.titlesMatch("former President", "President"));
  }

  @Test
  void defaultWatchlistFindsHeadsOfState() {
    List<Entity> e = List.of(person("1", "Volodymyr Zelenskyy", List.of(), "Volodymyr Zelenskyy"),
        person("2", "Vladimir Putin", List.of(), "Vladimir Putin"),
        person("3", "Max Bergmann", List.of(), "Max Bergmann"));
    new OfficialMatcher(Watchlist.defaults()).match(doc("Ukraine and Russia"), e);
    assertEquals("fb-volodymyr-zelenskyy", e.get(0).officialId());
    assertEquals("fb-vladimir-vladimirovich-putin", e.get(1).officialId());
    assertNull(e.get(2).officialId());
  }
}
