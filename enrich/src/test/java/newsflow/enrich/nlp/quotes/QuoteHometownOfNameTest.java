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
 * A name with its hometown and the town's state or country before the speech verb, with or without a comma after
 * it ("Wren Adley of Marlow Falls, Ohio says"): the person speaks, not the state. Made-up sentences.
 */
class QuoteHometownOfNameTest {

  @Test
  void stateWithoutACommaBeforeThePresentVerb() {
    String text = "Wren Adley of Marlow Falls, Ohio says she hopes the council will “stop wasting our time.”";
    Quote q = only(text, person(text, "e1", "Wren Adley"), place(text, "e2", "Marlow Falls"),
        place(text, "e3", "Ohio"));
    assertEquals("Wren Adley", q.speaker());
  }

  @Test
  void countryWithACommaBeforeTheVerb() {
    String text = "Wren Adley of Marlow Falls, New Zealand, said: “The bridge must reopen.”";
    Quote q = only(text, person(text, "e1", "Wren Adley"), place(text, "e2", "Marlow Falls"),
        place(text, "e3", "New Zealand"));
    assertEquals("Wren Adley", q.speaker());
  }

  @Test
  void honorificSurnameAndStateAbbreviationAfterTheQuote() {
    String text = "Kit Ramsby runs the ferry. “We lost a season,” Mr. Ramsby from Coldharbour, Ore. said.";
    Quote q = only(text, person(text, "e1", "Kit Ramsby"), place(text, "e2", "Coldharbour"));
    assertEquals("Kit Ramsby", q.speaker());
  }

  @Test
  void anOrganisationAfterARoleStaysOutOfIt() {
    String text = "The chief of Acme, Ali Baran said: “We will grow.”";
    Quote q = only(text, entity(text, EntityType.ORGANIZATION, "e1", "Acme"), person(text, "e2", "Ali Baran"));
    assertEquals("Ali Baran", q.speaker());
  }

  @Test
  void residentsOfATownAreNoName() {
    String text = "Residents of Marlow Falls, Ohio said: “The bridge must reopen.”";
    Quote q = only(text, place(text, "e1", "Marlow Falls"), place(text, "e2", "Ohio"));
    assertNull(q.speaker());
  }

  @Test
  void aNameAfterATitleWithAnOfPhraseStillSpeaks() {
    String text = "Acme Head of Sales, Lena Varga, said: “Orders are up.”";
    Quote q = only(text, entity(text, EntityType.ORGANIZATION, "e1", "Acme"), person(text, "e2", "Lena Varga"));
    assertEquals("Lena Varga", q.speaker());
  }
}
