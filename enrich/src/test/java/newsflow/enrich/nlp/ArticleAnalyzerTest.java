package newsflow.enrich.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole NLP on the seed article (models loaded once per JVM). */
class ArticleAnalyzerTest {
  private static String seed;
  private static JsonNode gold;
  private static ArticleAnalysis analysis;

  @BeforeAll
  static void analyseSeed() throws Exception {
    try (InputStream t = ArticleAnalyzerTest.class.getResourceAsStream("/seed/hegseth-nato.txt");
        InputStream g = ArticleAnalyzerTest.class.getResourceAsStream("/seed/hegseth-nato.gold.json")) {
      seed = new String(t.readAllBytes(), StandardCharsets.UTF_8);
      gold = new ObjectMapper().readTree(g);
    }
    analysis = SharedAnalyzer.get().analyze(seed, "en");
  }

  private static Entity person(String name) {
    return analysis.entities().stream().filter(e -> e.type() == EntityType.PERSON && e.name().equals(name))
        .findFirst().orElse(null);
  }

  @Test
  void findsAllThirteenSeedPeopleUnderTheirCanonicalNames() {
    Set<String> people = analysis.entities().stream().filter(e -> e.type() == EntityType.PERSON)
        .map(Entity::name).collect(Collectors.toSet());
    for (JsonNode p : gold.path("people")) {
      assertTrue(people.contains(p.path("name").asText()), p.path("name").asText() + " not in " + people);
    }
    assertEquals(13, people.size(), people.toString());
  }

  @Test
  void uncleSamIsNotAPerson() {
    for (Entity e : analysis.entities()) {
      if (e.type() != EntityType.PERSON) continue;
      for (Span m : e.mentions()) assertFalse(m.text().startsWith("Uncle"), e.toString());
    }
  }

  @Test
  void hegsethIsDefenseSecretaryAndThePentagonChief() {
    Entity hegseth = person("Pete Hegseth");
    assertNotNull(hegseth);
    assertTrue(hegseth.titles().contains("Defense Secretary"), hegseth.titles().toString());
    assertTrue(hegseth.mentions().stream().anyMatch(m -> m.text().equals("Hegseth")
        && seed.startsWith("Mr. ", m.start() - 4)), "Mr. Hegseth resolved to Pete Hegseth");
    assertTrue(hegseth.mentions().stream().anyMatch(m -> m.text().equals("the Pentagon chief")));
  }

  @Test
  void mergesZelenskyySpellingsAndKeepsTheFirstFullName() {
    Entity z = person("Volodymyr Zelenskyy");
    assertNotNull(z);
    assertTrue(z.mentions().stream().anyMatch(m -> m.text().equals("Volodomyr Zelenskyy")), z.mentions().toString());
    assertTrue(analysis.entities().stream().noneMatch(e -> e.name().equals("Volodomyr Zelenskyy")));
  }

  @Test
  void bylineAuthorIsAPersonWithTitleAuthor() {
    Entity glenn = person("Mike Glenn");
    assertNotNull(glenn);
    assertEquals(List.of("author"), glenn.titles());
  }

  @Test
  void stateInSecretaryOfStateIsNotAnOrganisation() {
    for (Entity e : analysis.entities()) {
      assertFalse(e.type() == EntityType.ORGANIZATION && e.name().equals("State"), e.toString());
    }
    assertEquals(List.of("Secretary of State"), person("Marco Rubio").titles());
  }

  @Test
  void mentionOffsetsIndexTheText() {
    for (Entity e : analysis.entities()) {
      for (Span m : e.mentions()) assertEquals(m.text(), seed.substring(m.start(), m.end()), e.toString());
    }
  }

  @Test
  void analysesConcurrentlyWithTheSameResult() throws Exception {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
    try {
      List<java.util.concurrent.Future<ArticleAnalysis>> runs = new java.util.ArrayList<>();
      for (int i = 0; i < 3; i++) runs.add(pool.submit(() -> SharedAnalyzer.get().analyze(seed, "en")));
      for (java.util.concurrent.Future<ArticleAnalysis> f : runs) {
        ArticleAnalysis other = f.get();
        assertEquals(analysis.entities().toString(), other.entities().toString());
        assertEquals(analysis.quotes().size(), other.quotes().size());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void datelinesAndFacilityNamesArePlaces() {
    ArticleAnalysis a = SharedAnalyzer.get().analyze(
        "GENEVA 2025-02-13 Delegates met on Thursday.\nThe driver was later taken to Ashford General Hospital.", "en");
    Set<String> places = a.entities().stream().filter(e -> e.type() == EntityType.PLACE).map(Entity::name)
        .collect(Collectors.toSet());
    assertTrue(places.contains("GENEVA"), places.toString());
    assertTrue(places.contains("Ashford General Hospital"), places.toString());
  }

  @Test
  void nonEnglishArticlesPassThroughEmpty() {
    ArticleAnalysis de = SharedAnalyzer.get().analyze("Verteidigungsminister Boris Pistorius sagte am Donnerstag.", "de");
    assertEquals("de", de.language());
    assertTrue(de.entities().isEmpty() && de.quotes().isEmpty() && de.places().isEmpty());
  }

  @Test
  void honorificInitialsAndOrgSuffixesAddMentionsTheModelMayMiss() {
    ArticleAnalysis a = SharedAnalyzer.get().analyze(
        "Ms. Xylander spoke to the Kyiv Post on Monday. J. Quibbleworth of Frobnitz Corp. agreed with Ms. Xylander.", "en");
    Set<String> people = a.entities().stream().filter(e -> e.type() == EntityType.PERSON).map(Entity::name)
        .collect(Collectors.toSet());
    Set<String> orgs = a.entities().stream().filter(e -> e.type() == EntityType.ORGANIZATION).map(Entity::name)
        .collect(Collectors.toSet());
    assertTrue(people.contains("Xylander"), people.toString());
    assertTrue(people.contains("J. Quibbleworth"), people.toString());
    assertTrue(orgs.contains("Kyiv Post"), orgs.toString());
    assertTrue(orgs.stream().anyMatch(o -> o.startsWith("Frobnitz Corp")), orgs.toString());
  }

  @Test
  void aNameAfterAnIndefiniteArticleIsAPersonOnlyWhereItModifiesANoun() {
    String text = "Marta Lindqvist spoke on Monday. Fans of Lindqvist formed a Lindqvist fan club in the town.\n\n"
        + "We packed a Gripmaster and two lamps, said Ann Cole.";
    List<Entity> es = SharedAnalyzer.entities(text);
    List<String> people = es.stream().filter(e -> e.type() == EntityType.PERSON).map(Entity::name).toList();
    assertFalse(people.contains("Gripmaster"), people.toString());
    Entity marta = es.stream().filter(e -> e.name().equals("Marta Lindqvist")).findFirst().orElseThrow();
    assertEquals(3, marta.mentions().size(), marta.mentions().toString());
  }
}
