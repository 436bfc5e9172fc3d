package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * Organisations cued by their kind ("the company said") through the whole pipeline: the one organisation named
 * with the noun or introduced by it, none when two fit; and a list of several people as the subject of a cue.
 */
class QuoteOrganisationKindTest {

  @Test
  void twoOrganisationsNamedWithTheNounGiveNoSpeaker() {
    List<Quote> qs = quotes("Shares of Northwind Company and Eastvale Company fell this week when a fire hit a "
        + "shared warehouse in Lisbury.\n\n"
        + "\"We expect deliveries to resume within two weeks,\" the company said in a statement.");
    assertNull(quote(qs, "We expect deliveries").speaker());
  }

  @Test
  void theOneOrganisationNamedWithTheNounStillSpeaks() {
    List<Quote> qs = quotes("Shares of Northwind Company fell this week when a fire hit its warehouse in Lisbury.\n\n"
        + "\"We expect deliveries to resume within two weeks,\" the company said in a statement.");
    assertEquals("Northwind Company", quote(qs, "We expect deliveries").speaker());
  }

  @Test
  void anOrganisationIntroducedByItsKindSpeaksForIt() {
    List<Quote> qs = quotes("Brindle, the firm that makes bicycle chains, will close its plant in Dorrow. Workers "
        + "gathered at the gates.\n\n"
        + "\"We regret that these cuts are necessary,\" the firm said.");
    assertEquals("Brindle", quote(qs, "We regret").speaker());
  }

  @Test
  void aListOfSeveralPeopleIsNoSingleSpeaker() {
    List<Quote> qs = quotes("The footbridge at Kelso Mill reopened at dawn, months after the floods.\n\n"
        + "\"Families can walk to the market again,\" said Ivo Marsh, Lena Ostrova and Pia Sandgren.\n\n"
        + "\"We waited a whole winter for this,\" Tomas Reyl, Dana Korvel, and Ruth Ekdal said.");
    assertNull(quote(qs, "Families can walk").speaker());
    assertNull(quote(qs, "We waited").speaker());
  }

  @Test
  void aNameWithADescriptionAfterACommaIsStillTheSpeaker() {
    List<Quote> qs = quotes("The footbridge at Kelso Mill reopened at dawn, months after the floods.\n\n"
        + "\"Families can walk to the market again,\" said Ivo Marsh, chair of the Kelso Mill Trust.");
    assertEquals("Ivo Marsh", quote(qs, "Families can walk").speaker());
  }
}
