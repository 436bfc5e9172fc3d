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

/**
 * A name followed by a chain of appositions before the speech verb: an age, a description, a hometown and its
 * county ("Tom Oake, 60, from Eastby, Westshire, said:"). The person speaks, not the last link of the chain.
 * Made-up sentences.
 */
class QuoteAppositiveChainTest {

  private static Quote only(String text, Entity... entities) {
    List<Quote> qs = new QuoteAttributor().attribute(TextPipeline.instance().process(text),
        new ArrayList<>(List.of(entities)));
    assertEquals(1, qs.size(), qs.toString());
    return qs.get(0);
  }

  private static Entity entity(String text, EntityType type, String id, String name) {
    Entity e = new Entity(id, type, name);
    for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      e.addMention(Span.of(text, i, i + name.length()));
    }
    return e;
  }

  private static Entity person(String text, String id, String name) {
    return entity(text, EntityType.PERSON, id, name);
  }

  private static Entity place(String text, String id, String name) {
    return entity(text, EntityType.PLACE, id, name);
  }

  @Test
  void ageThenDescriptionBeforeTheVerb() {
    String text = "Mira Olsen, 42, a lecturer from Eastby, said: “We are tired of waiting.”";
    Quote q = only(text, person(text, "e1", "Mira Olsen"), place(text, "e2", "Eastby"));
    assertEquals("Mira Olsen", q.speaker());
    assertEquals("Mira Olsen", q.speakerMention().text());
  }

  @Test
  void ageHometownAndCountyBeforeTheVerb() {
    String text = "Local resident Tom Oake, 60, from Eastby, Westshire, said: “The road has been shut for months.”";
    Quote q = only(text, person(text, "e1", "Tom Oake"), place(text, "e2", "Eastby"), place(text, "e3", "Westshire"));
    assertEquals("Tom Oake", q.speaker());
  }

  @Test
  void theCountyIsNotTheSpeakerEvenWhenTakenForAnOrganisation() {
    String text = "Retired firefighter Dan Pell, 67, of Ashby, Kentmoor, said: “I was shocked.”";
    Quote q = only(text, person(text, "e1", "Dan Pell"), place(text, "e2", "Ashby"),
        entity(text, EntityType.ORGANIZATION, "e3", "Kentmoor"));
    assertEquals("Dan Pell", q.speaker());
  }

  @Test
  void agedAndAHometownBeforeAnotherSpeechVerb() {
    String text = "Grandfather Len Ashworth, aged 71, of Dunmore, County Westmere, added: “We have lived here all our lives.”";
    Quote q = only(text, person(text, "e1", "Len Ashworth"), place(text, "e2", "Dunmore"),
        place(text, "e3", "County Westmere"));
    assertEquals("Len Ashworth", q.speaker());
  }

  @Test
  void ageThenARelativeClause() {
    String text = "Shop owner Raj Pellow, 45, who has run the store for a decade, said: “Trade has halved.”";
    Quote q = only(text, person(text, "e1", "Raj Pellow"));
    assertEquals("Raj Pellow", q.speaker());
  }

  @Test
  void aNameInAppositionAfterADescriptionStillSpeaks() {
    String text = "The host, Ann Lemmon, said: “Everyone is welcome.”";
    Quote q = only(text, person(text, "e1", "Ann Lemmon"));
    assertEquals("Ann Lemmon", q.speaker());
  }

  @Test
  void anOrganisationAfterARoleIsNotAPlaceBeforeTheName() {
    String text = "“We will grow,” the CEO of Acme, Ali Baran, told reporters.";
    Quote q = only(text, entity(text, EntityType.ORGANIZATION, "e1", "Acme"), person(text, "e2", "Ali Baran"));
    assertEquals("Ali Baran", q.speaker());
  }

  @Test
  void aListOfPlacesGivesNoSpeaker() {
    String text = "Fans in Eastby, Northby, Westby, said: “Give the pitch back to the town.”";
    Quote q = only(text, place(text, "e1", "Eastby"), place(text, "e2", "Northby"), place(text, "e3", "Westby"));
    assertNull(q.speaker());
  }

  @Test
  void anIntroductoryPlaceIsNotTheSpeaker() {
    String text = "In Eastby, Westshire, a harbour official told us: “The ferry is in dock.”";
    Quote q = only(text, place(text, "e1", "Eastby"), place(text, "e2", "Westshire"));
    assertNull(q.speaker());
  }
}
