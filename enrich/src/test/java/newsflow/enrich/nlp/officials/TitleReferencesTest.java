package newsflow.enrich.nlp.officials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import newsflow.enrich.nlp.Document;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.OfficialEvidence;
import newsflow.enrich.nlp.Span;
import newsflow.enrich.nlp.places.Gazetteer;
import org.junit.jupiter.api.Test;

/** Heads of state and government named by the office alone; made-up officials of real countries. */
class TitleReferencesTest {
  private static final LocalDate SINCE = LocalDate.of(2024, 3, 2);
  private static final Watchlist WATCHLIST = Watchlist.of(List.of(
      new Official("hu-pm", "Ilse Varga", List.of(), "Prime Minister", "HU", List.of(), List.of(), SINCE),
      new Official("hu-president", "Tamas Borbely", List.of(), "President", "HU", List.of(), List.of(), SINCE),
      new Official("no-king", "Harald Fjell", List.of(), "King", "NO", List.of(), List.of(), SINCE),
      new Official("cl-president", "Rosa Ibarra", List.of(), "President", "CL", List.of(), List.of(), null),
      new Official("hu-senator", "Odon Kis", List.of(), "Senator", "HU", List.of(), List.of(), SINCE)));
  private static final TitleReferences REFS = new TitleReferences(WATCHLIST, Gazetteer.shared());
  private static final LocalDate LATER = LocalDate.of(2025, 6, 1);

  private static List<String> found(String text, LocalDate published) {
    return REFS.find(text, published).stream().map(r -> r.official().id() + "=" + r.span().text()).toList();
  }

  @Test
  void definiteOfficeWithItsCountryNamesTheHolder() {
    assertEquals(List.of("hu-pm=the Hungarian prime minister"),
        found("Talks were held with the Hungarian prime minister on Monday.", LATER));
    assertEquals(List.of("hu-president=Hungary's new president"),
        found("Hungary's new president was sworn in at noon.", LATER));
    assertEquals(List.of("hu-pm=The Hungarian Prime Minister"),
        found("The Hungarian Prime Minister's office declined to comment.", LATER));
    assertEquals(List.of("no-king=the Norwegian king"), found("Flowers were sent by the Norwegian king.", LATER));
  }

  @Test
  void onlyWhileTheHolderHeldTheOffice() {
    assertEquals(List.of(), found("Talks were held with the Hungarian prime minister.", LocalDate.of(2023, 1, 5)));
    assertEquals(List.of(), found("Talks were held with the Hungarian prime minister.", null), "no date, no reference");
    assertEquals(List.of(), found("In 1998 the Hungarian prime minister resigned.", LATER), "a year before the term");
    assertEquals(List.of(), found("The Chilean president spoke.", LATER), "the day of taking office is not known");
  }

  @Test
  void otherPeopleWithTheOfficeAreNotTheHolder() {
    for (String s : List.of(
        "The former Hungarian prime minister spoke.",
        "Hungary's deputy prime minister resigned.",
        "The next Hungarian prime minister will face a crisis.",
        "A Hungarian prime minister would never say so.",
        "The Hungarian prime minister at the time refused.",
        "Hungary's president-elect will visit.",
        "The Hungarian prime minister, Peter Lakatos, said so.",
        "The Hungarian Prime Minister Peter Lakatos said so.",
        "The Hungarian senator spoke.",
        "Hungarian presidents have rarely visited.",
        "She hopes to become the Hungarian president one day.",
        "The Austrian prime minister spoke.")) {
      assertEquals(List.of(), found(s, LATER), s);
    }
  }

  @Test
  void referenceJoinsTheNamedOfficialOrMakesAnEntityThatIsNoPerson() {
    OfficialMatcher matcher = new OfficialMatcher(WATCHLIST);
    String text = "Ilse Varga arrived. Later the Hungarian prime minister met Hungary's president.";
    Entity varga = new Entity("e1", EntityType.PERSON, "Ilse Varga");
    varga.addMention(Span.of(text, 0, 10));
    List<Entity> entities = new ArrayList<>(List.of(varga));
    Document doc = new Document(text, List.of(), List.of());
    matcher.match(doc, entities);
    matcher.refer(doc, entities, LATER);
    assertEquals("hu-pm", varga.officialId());
    assertTrue(varga.officialEvidence().stream().anyMatch(e -> e.rule() == OfficialEvidence.Rule.TITLE_OF_OFFICE
        && e.span().text().equals("the Hungarian prime minister")), varga.officialEvidence().toString());
    assertEquals(2, entities.size());
    Entity president = entities.get(1);
    assertEquals(EntityType.OTHER, president.type(), "the article does not name him: no person");
    assertEquals("Tamas Borbely", president.name());
    assertEquals("hu-president", president.officialId());
    assertEquals("Hungary's president", president.mentions().get(0).text());

    // another holder of the office is named: "the Hungarian president" may be him
    String past = "President Laszlo Orban left office. The Hungarian president had vetoed the bill.";
    Entity orban = new Entity("e1", EntityType.PERSON, "Laszlo Orban");
    orban.addTitle("President");
    orban.addMention(Span.of(past, 10, 22));
    List<Entity> withPredecessor = new ArrayList<>(List.of(orban));
    Document pastDoc = new Document(past, List.of(), List.of());
    matcher.match(pastDoc, withPredecessor);
    matcher.refer(pastDoc, withPredecessor, LATER);
    assertEquals(1, withPredecessor.size());
    assertNull(orban.officialId());

    List<Entity> undated = new ArrayList<>();
    matcher.refer(doc, undated, null);
    assertTrue(undated.isEmpty());
    assertTrue(new TitleReferences(Watchlist.empty(), Gazetteer.shared()).find(text, LATER).isEmpty());
  }
}
