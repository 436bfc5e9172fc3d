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
  void authorWithoutMentionBecomesPersonTitledAuthor() {
    List<Entity> entities = new ArrayList<>();
    entities.add(new Entity("e1", EntityType.PERSON, "Pete Hegseth"));
    Bylines.addAuthors(entities, List.of("Mike Glenn"));
    assertEquals(2, entities.size());
    Entity author = entities.get(1);
    assertEquals("Mike Glenn", author.name());
    assertEquals(EntityType.PERSON, author.type());
    assertEquals(List.of("author"), author.titles());
    assertTrue(author.mentions().isEmpty());
    assertEquals("e2", author.id());
  }

  @Test
  void authorNamedInTextJoinsThatPerson() {
    List<Entity> entities = new ArrayList<>();
    Entity senator = new Entity("e1", EntityType.PERSON, "Elizabeth A. Warren");
    senator.addMention(new Span(0, 19, "Elizabeth A. Warren"));
    entities.add(senator);
    Bylines.addAuthors(entities, List.of("Elizabeth Warren"));
    assertEquals(1, entities.size());
    assertEquals(List.of("author"), senator.titles());
  }

  @Test
  void organisationOfTheSameNameIsNotTheAuthor() {
    List<Entity> entities = new ArrayList<>();
    entities.add(new Entity("e1", EntityType.ORGANIZATION, "Reuters Staff"));
    Bylines.addAuthors(entities, List.of("Reuters Staff", " ", "X"));
    assertEquals(2, entities.size());
    assertEquals(EntityType.PERSON, entities.get(1).type());
  }
}
