package newsflow.enrich.nlp.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.Quote;
import newsflow.enrich.nlp.Span;
import newsflow.enrich.nlp.text.TextPipeline;

/**
 * Quotes attributed over entities made by hand, without the recogniser: each entity has a mention at every
 * occurrence of its name in the text.
 */
final class HandMadeEntities {

  private HandMadeEntities() {}

  /** All quotes of {@code text}, attributed over {@code entities}. */
  static List<Quote> quotes(String text, Entity... entities) {
    return new QuoteAttributor().attribute(TextPipeline.instance().process(text), new ArrayList<>(List.of(entities)));
  }

  /** The one quote of {@code text} (fails when there is not exactly one). */
  static Quote only(String text, Entity... entities) {
    List<Quote> qs = quotes(text, entities);
    assertEquals(1, qs.size(), qs.toString());
    return qs.get(0);
  }

  /** The last quote of {@code text}. */
  static Quote last(String text, Entity... entities) {
    List<Quote> qs = quotes(text, entities);
    return qs.get(qs.size() - 1);
  }

  /** An entity with one mention of {@code name}, at {@code at}. */
  static Entity at(String text, EntityType type, String id, String name, int at) {
    Entity e = new Entity(id, type, name);
    e.addMention(Span.of(text, at, at + name.length()));
    return e;
  }

  static Entity entity(String text, EntityType type, String id, String name) {
    Entity e = new Entity(id, type, name);
    for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      e.addMention(Span.of(text, i, i + name.length()));
    }
    return e;
  }

  static Entity person(String text, String id, String name) {
    return entity(text, EntityType.PERSON, id, name);
  }

  static Entity organisation(String text, String id, String name) {
    return entity(text, EntityType.ORGANIZATION, id, name);
  }

  static Entity place(String text, String id, String name) {
    return entity(text, EntityType.PLACE, id, name);
  }
}
