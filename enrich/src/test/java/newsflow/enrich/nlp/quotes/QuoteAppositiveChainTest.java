package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.HandMadeEntities.entity;
import static newsflow.enrich.nlp.quotes.HandMadeEntities.only;
import static newsflow.enrich.nlp.quotes.HandMadeEntities.person;
import static newsflow.enrich.nlp.quotes.HandMadeEntities.place;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * A name followed by a chain of appositions before the speech verb: an age, a description, a hometown and its
 * county ("Tom Oake, 60, from Eastby, Westshire, said:"). The person speaks, not the last link of the chain.
 * Made-up sentences.
 */
class QuoteAppositiveChainTest {

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
