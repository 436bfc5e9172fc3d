package newsflow.enrich.nlp.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.Quote;
import newsflow.enrich.nlp.Span;
import newsflow.enrich.nlp.text.TextPipeline;
import org.junit.jupiter.api.Test;

/**
 * "Ferries will run less often because “fuel costs have doubled,” it said.": the words before a quote that a
 * trailing "it said" reports are the organisation's own words, not the antecedent of "it"; the organisation is
 * found before the sentence as for a bare "“...,” it said."
 */
class QuoteTrailingItReportedWordsTest {

  private static Quote lastQuote(String text, Entity... entities) {
    List<Quote> qs = new QuoteAttributor().attribute(TextPipeline.instance().process(text),
        new ArrayList<>(Arrays.asList(entities)));
    return qs.get(qs.size() - 1);
  }

  private static Entity entity(String text, String id, EntityType type, String name) {
    Entity e = new Entity(id, type, name);
    for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      e.addMention(Span.of(text, i, i + name.length()));
    }
    return e;
  }

  private static Entity org(String text, String id, String name) {
    return entity(text, id, EntityType.ORGANIZATION, name);
  }

  private static Entity person(String text, String id, String name) {
    return entity(text, id, EntityType.PERSON, name);
  }

  @Test
  void reportedClauseBeforeTheQuoteIsNoAntecedent() {
    String text = "The Saltmarsh Ferry Company told its passengers two crossings would be cut from the winter timetable."
        + "\n\nFerries will run less often after October because \"fuel costs have doubled since the spring,\" it said.";
    assertEquals("Saltmarsh Ferry Company", lastQuote(text, org(text, "e1", "Saltmarsh Ferry Company")).speaker());
  }

  @Test
  void chainOfTrailingItThroughTheSentenceBefore() {
    String text = "The Kelso Water Board said the reservoir was lower than in any year since records began."
        + " Hosepipes would be banned from May, it said.\n\nThe ban may last the summer, although \"a wet June would"
        + " change the picture,\" it said.";
    assertEquals("Kelso Water Board", lastQuote(text, org(text, "e1", "Kelso Water Board")).speaker());
  }

  @Test
  void guardPersonInTheSentenceBeforeLeavesItUnresolved() {
    String text = "Tom Lindqvist said the reservoir was lower than in any year he could remember.\n\n"
        + "Hosepipes would be banned from May because \"the rain has not come,\" it said.";
    assertNull(lastQuote(text, person(text, "e1", "Tom Lindqvist")).speaker());
  }

  @Test
  void guardOrganisationInTheQuotesSentenceStaysAsBefore() {
    String text = "The Kelso Water Board met on Monday.\n\nAcme Pumps will supply the new station because \"our"
        + " bid was the lowest,\" it said.";
    assertEquals("Acme Pumps",
        lastQuote(text, org(text, "e1", "Kelso Water Board"), org(text, "e2", "Acme Pumps")).speaker());
  }
}
