package newsflow.enrich.nlp.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import newsflow.enrich.nlp.Document;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityMention;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.SharedAnalyzer;
import newsflow.enrich.nlp.text.TextPipeline;
import org.junit.jupiter.api.Test;

/**
 * A generational suffix ("Jr.", "Sr.") is part of a person's name and makes a different person: the parent
 * and the child named in one article are two entities. Made-up names.
 */
class GenerationalSuffixTest {
  private final EntityResolver resolver = new EntityResolver();

  /** A person mention at the {@code nth} (0-based) occurrence of {@code name}. */
  private static EntityMention at(String text, String name, int nth) {
    int i = -1;
    for (int k = 0; k <= nth; k++) i = text.indexOf(name, i + 1);
    return new EntityMention(i, i + name.length(), name, EntityType.PERSON, 1);
  }

  private List<Entity> resolve(String text, EntityMention... m) {
    Document doc = TextPipeline.instance().process(text);
    return resolver.resolve(doc, new ArrayList<>(List.of(m)));
  }

  private static Entity named(List<Entity> es, String name) {
    return es.stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in " + es));
  }

  @Test
  void theSuffixStaysInTheName() {
    String text = "Ellis Marrow Jr. opened the bakery on Monday.";
    List<Entity> es = resolve(text, at(text, "Ellis Marrow Jr.", 0));
    assertEquals(List.of("Ellis Marrow Jr."), es.stream().map(Entity::name).toList());
  }

  @Test
  void theParentAndTheChildAreTwoPeople() {
    String text = "Ellis Marrow Jr. spoke first. His father, Ellis Marrow, spoke later. Marrow Jr. thanked the crowd.";
    List<Entity> es = resolve(text, at(text, "Ellis Marrow Jr.", 0), at(text, "Ellis Marrow", 1),
        at(text, "Marrow Jr.", 1));
    assertEquals(2, es.size(), es.toString());
    assertEquals(2, named(es, "Ellis Marrow Jr.").mentions().size());
    assertEquals(1, named(es, "Ellis Marrow").mentions().size());
  }

  @Test
  void aSurnameAloneGoesToThePersonWithoutASuffixWhenBothAreNamed() {
    String text = "Ellis Marrow Jr. spoke first. Ellis Marrow spoke later. Marrow said the plan was sound.";
    List<Entity> es = resolve(text, at(text, "Ellis Marrow Jr.", 0), at(text, "Ellis Marrow", 1),
        at(text, "Marrow", 2));
    assertEquals(1, named(es, "Ellis Marrow Jr.").mentions().size());
    assertEquals(2, named(es, "Ellis Marrow").mentions().size());
  }

  @Test
  void seniorAndJuniorAreTwoPeople() {
    String text = "Dana Corliss Sr. founded the mill. Dana Corliss Jr. runs it now.";
    List<Entity> es = resolve(text, at(text, "Dana Corliss Sr.", 0), at(text, "Dana Corliss Jr.", 0));
    assertEquals(List.of("Dana Corliss Sr.", "Dana Corliss Jr."), es.stream().map(Entity::name).toList());
  }

  @Test
  void aSurnameAloneJoinsTheOnlyPersonOfThatName() {
    String text = "Ellis Marrow Jr. opened the bakery. Marrow said it was a dream.";
    List<Entity> es = resolve(text, at(text, "Ellis Marrow Jr.", 0), at(text, "Marrow", 1));
    assertEquals(1, es.size(), es.toString());
    assertEquals(2, es.get(0).mentions().size());
  }

  @Test
  void generationIsReadFromTheEndOfTheName() {
    assertEquals("Jr.", EntityResolver.generation("Ellis Marrow Jr."));
    assertEquals("Sr.", EntityResolver.generation("Ellis Marrow Sr"));
    assertNull(EntityResolver.generation("Ellis Marrow"));
    assertNull(EntityResolver.generation("Jr."));
  }

  @Test
  void aSurnameThatIsATitleWordBeforeASuffixIsPartOfTheName() {
    List<Entity> es = SharedAnalyzer.get().analyze("Walter Ames King Jr. led the march through the town.", "en")
        .entities();
    assertEquals("Walter Ames King Jr.", es.stream().filter(e -> e.type() == EntityType.PERSON)
        .map(Entity::name).findFirst().orElse(null), es.toString());
  }
}
