package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.HandMadeEntities.only;
import static newsflow.enrich.nlp.quotes.HandMadeEntities.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * A clause that only describes a named person ("Ann Lee is out of patience,") followed, after its comma, by a whole
 * sentence in the first person: the person's own words. Fragments, words about the person and quotes after a clause
 * naming who acted stay without a speaker. Made-up sentences.
 */
class QuoteOwnWordsAfterCommaTest {

  @Test
  void firstPersonSentenceAfterAStateClause() {
    String text = "The ferry plan has stalled for a year.\n\nAnn Lee is out of patience, ‘The whole thing is a "
        + "farce. Nobody on the board will decide, so I cannot plan the season.’";
    Quote q = only(text, person(text, "e1", "Ann Lee"));
    assertEquals("Ann Lee", q.speaker());
  }

  @Test
  void firstPersonSentenceAfterAnAdjective() {
    String text = "Tom Reyes was furious, \"We were never asked about the new timetable for the mill.\"";
    Quote q = only(text, person(text, "e1", "Tom Reyes"));
    assertEquals("Tom Reyes", q.speaker());
  }

  @Test
  void aFragmentAfterAPassiveStaysUnnamed() {
    String text = "Ann Lee was suspended over “a long row about the rotas of the harbour pilots.”";
    Quote q = only(text, person(text, "e1", "Ann Lee"));
    assertNull(q.speaker());
  }

  @Test
  void aQuoteNamingThePersonIsAboutThem() {
    String text = "Ann Lee was cleared last week, “Lee did nothing wrong and I am glad to say so in public.”";
    Quote q = only(text, person(text, "e1", "Ann Lee"));
    assertNull(q.speaker());
  }

  @Test
  void wordsAboutHerAfterAByPhraseAreSomeoneElses() {
    String text = "Ann Lee was honoured by the mayor, “We owe her everything we have built in this town.”";
    Quote q = only(text, person(text, "e1", "Ann Lee"));
    assertNull(q.speaker());
  }

  @Test
  void aThirdPersonSentenceAfterARoleStaysUnnamed() {
    String text = "Ann Lee is the new chair, “The ferry will run on time, whatever it costs the council.”";
    Quote q = only(text, person(text, "e1", "Ann Lee"));
    assertNull(q.speaker());
  }
}
