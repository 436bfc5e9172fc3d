package newsflow.enrich.nlp.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.Quote;
import newsflow.enrich.nlp.Span;
import newsflow.enrich.nlp.text.TextPipeline;
import org.junit.jupiter.api.Test;

/** Definite descriptions as speakers ("the expert explains", "the nurses said"): resolved only on clear evidence. */
class QuoteDefiniteDescriptionTest {

  private static List<Quote> attribute(String text, List<Entity> entities) {
    return new QuoteAttributor().attribute(TextPipeline.instance().process(text), entities);
  }

  private static Entity person(String text, String id, String name, String... forms) {
    Entity e = new Entity(id, EntityType.PERSON, name);
    for (String f : forms) {
      for (int i = text.indexOf(f); i >= 0; i = text.indexOf(f, i + 1)) e.addMention(Span.of(text, i, i + f.length()));
    }
    return e;
  }

  private static Quote last(List<Quote> qs) {
    return qs.get(qs.size() - 1);
  }

  @Test
  void roleNounIsTheOnlyPersonQuotedSoFar() {
    String text = "Bakers across the valley swear by rye.\n\n"
        + "“Rye keeps the crumb moist for days,” says Tomas Herrle from Valley Mills.\n\n"
        + "Spelt is another option. “Spelt needs less kneading,” the expert explains.";
    List<Entity> es = new ArrayList<>(List.of(person(text, "e1", "Tomas Herrle", "Tomas Herrle")));
    Quote q = last(attribute(text, es));
    assertEquals("the expert", q.speakerMention().text());
    assertEquals("Tomas Herrle", q.speaker());
  }

  @Test
  void twoNamedPeopleLeaveTheRoleNounUnresolved() {
    String text = "“Rye keeps the crumb moist,” says Tomas Herrle from Valley Mills.\n\n"
        + "His neighbour Greta Lund disagrees.\n\n"
        + "“Spelt needs less kneading,” the expert explains.";
    List<Entity> es = new ArrayList<>(List.of(person(text, "e1", "Tomas Herrle", "Tomas Herrle"),
        person(text, "e2", "Greta Lund", "Greta Lund")));
    assertNull(last(attribute(text, es)).speaker());
  }

  @Test
  void anUnnamedHolderOfTheRoleStaysUnnamed() {
    String text = "“The ward is full,” said Mayor Ida Brenn.\n\n"
        + "A doctor at the county clinic described long queues.\n\n"
        + "“We see twice as many patients,” the doctor said.";
    List<Entity> es = new ArrayList<>(List.of(person(text, "e1", "Ida Brenn", "Ida Brenn")));
    assertNull(last(attribute(text, es)).speaker());
  }

  @Test
  void aPersonNotYetQuotedIsNotTheRoleNoun() {
    String text = "Tomas Herrle opened a bakery in March.\n\n"
        + "“Spelt needs less kneading,” the expert explains.";
    List<Entity> es = new ArrayList<>(List.of(person(text, "e1", "Tomas Herrle", "Tomas Herrle")));
    assertNull(last(attribute(text, es)).speaker());
  }

  @Test
  void aPersonWithAnotherTitleIsNotTheRoleNoun() {
    String text = "“The budget is tight,” said Tomas Herrle, the town's treasurer.\n\n"
        + "“Spelt needs less kneading,” the expert explains.";
    Entity herrle = person(text, "e1", "Tomas Herrle", "Tomas Herrle");
    herrle.addTitle("treasurer");
    assertNull(last(attribute(text, new ArrayList<>(List.of(herrle)))).speaker());
  }

  @Test
  void pluralGroupNounTakesTheOrganisationTheArticleEquatedItWith() {
    String text = "A group of nurses wrote to the council on Monday.\n\n"
        + "The nurses, members of a new group Nurses for Safer Roads, want lower speed limits.\n\n"
        + "“Every week we treat children hit by cars,” the nurses said.";
    List<Entity> es = new ArrayList<>();
    Quote q = last(attribute(text, es));
    assertEquals("the nurses", q.speakerMention().text());
    assertEquals("Nurses for Safer Roads", q.speaker());
  }

  @Test
  void pluralGroupNounWithoutSuchAStatementStaysUnnamed() {
    String text = "Nurses for Safer Roads wrote to the council on Monday.\n\n"
        + "“Every week we treat children hit by cars,” the nurses said.";
    assertNull(last(attribute(text, new ArrayList<>())).speaker());
  }

  @Test
  void pluralGroupNounEquatedWithTwoOrganisationsStaysUnnamed() {
    String text = "The nurses, members of Nurses for Safer Roads, met on Monday.\n\n"
        + "Later the nurses, members of the Riverside Health Union, voted.\n\n"
        + "“Every week we treat children hit by cars,” the nurses said.";
    assertNull(last(attribute(text, new ArrayList<>())).speaker());
  }

  @Test
  void organisationNounTakesTheOneUnrecognisedNameEndingInIt() {
    String text = "Forecasters at the Coastal Flood Center expect heavy rain this weekend.\n\n"
        + "“Low-lying roads may close within hours,” wrote the center.";
    List<Entity> es = new ArrayList<>();
    Quote q = last(attribute(text, es));
    assertEquals("the center", q.speakerMention().text());
    assertEquals("Coastal Flood Center", q.speaker());
  }

  @Test
  void organisationNounWithTwoSuchNamesStaysUnnamed() {
    String text = "The Coastal Flood Center and the Inland Rain Center disagree about Sunday.\n\n"
        + "“Low-lying roads may close within hours,” wrote the center.";
    assertNull(last(attribute(text, new ArrayList<>())).speaker());
  }
}
