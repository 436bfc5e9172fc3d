package newsflow.enrich.nlp.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.Span;
import org.junit.jupiter.api.Test;

class BylinesTest {

  @Test
  void authorTheTextDoesNotNameIsNotAPersonOfTheArticle() {
    List<Entity> entities = new ArrayList<>();
    Entity subject = new Entity("e1", EntityType.PERSON, "Nora Vell");
    entities.add(subject);
    Bylines.markAuthors(entities, List.of("Tomas Briar", "Staff Writer"));
    assertEquals(1, entities.size());
    assertTrue(subject.titles().isEmpty());
  }

  @Test
  void authorNamedInTextJoinsThatPerson() {
    List<Entity> entities = new ArrayList<>();
    Entity senator = new Entity("e1", EntityType.PERSON, "Alma J. Dreyer");
    senator.addMention(new Span(0, 14, "Alma J. Dreyer"));
    entities.add(senator);
    Bylines.markAuthors(entities, List.of("Alma Dreyer"));
    assertEquals(1, entities.size());
    assertEquals(List.of("author"), senator.titles());
  }

  @Test
  void organisationOfTheSameNameIsNotTheAuthor() {
    List<Entity> entities = new ArrayList<>();
    Entity agency = new Entity("e1", EntityType.ORGANIZATION, "Wire Desk");
    entities.add(agency);
    Bylines.markAuthors(entities, List.of("Wire Desk", " ", "X"));
    assertEquals(1, entities.size());
    assertTrue(agency.titles().isEmpty());
  }
}
