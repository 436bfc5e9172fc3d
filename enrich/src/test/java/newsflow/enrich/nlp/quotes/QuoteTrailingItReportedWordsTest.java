package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.HandMadeEntities.last;
import static newsflow.enrich.nlp.quotes.HandMadeEntities.organisation;
import static newsflow.enrich.nlp.quotes.HandMadeEntities.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * "Ferries will run less often because “fuel costs have doubled,” it said.": the words before a quote that a
 * trailing "it said" reports are the organisation's own words, not the antecedent of "it"; the organisation is
 * found before the sentence as for a bare "“...,” it said."
 */
class QuoteTrailingItReportedWordsTest {

  @Test
  void reportedClauseBeforeTheQuoteIsNoAntecedent() {
    String text = "The Saltmarsh Ferry Company told its passengers two crossings would be cut from the winter timetable."
        + "\n\nFerries will run less often after October because \"fuel costs have doubled since the spring,\" it said.";
    assertEquals("Saltmarsh Ferry Company", last(text, organisation(text, "e1", "Saltmarsh Ferry Company")).speaker());
  }

  @Test
  void chainOfTrailingItThroughTheSentenceBefore() {
    String text = "The Kelso Water Board said the reservoir was lower than in any year since records began."
        + " Hosepipes would be banned from May, it said.\n\nThe ban may last the summer, although \"a wet June would"
        + " change the picture,\" it said.";
    assertEquals("Kelso Water Board", last(text, organisation(text, "e1", "Kelso Water Board")).speaker());
  }

  @Test
  void guardPersonInTheSentenceBeforeLeavesItUnresolved() {
    String text = "Tom Lindqvist said the reservoir was lower than in any year he could remember.\n\n"
        + "Hosepipes would be banned from May because \"the rain has not come,\" it said.";
    assertNull(last(text, person(text, "e1", "Tom Lindqvist")).speaker());
  }

  @Test
  void guardOrganisationInTheQuotesSentenceStaysAsBefore() {
    String text = "The Kelso Water Board met on Monday.\n\nAcme Pumps will supply the new station because \"our"
        + " bid was the lowest,\" it said.";
    assertEquals("Acme Pumps",
        last(text, organisation(text, "e1", "Kelso Water Board"), organisation(text, "e2", "Acme Pumps")).speaker());
  }
}
