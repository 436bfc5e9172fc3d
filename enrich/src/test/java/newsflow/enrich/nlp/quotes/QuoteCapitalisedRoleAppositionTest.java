package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * A person's name, then between commas an employer or party and a role in capitalised words, without an article
 * ("Pinecrest SVP", "Coastal MEP"), then the speech verb: the role describes the person, who is the speaker.
 * Made-up sentences, whole pipeline.
 */
class QuoteCapitalisedRoleAppositionTest {

  @Test
  void anEmployerAndAnOfficerAcronymBetweenCommas() {
    List<Quote> qs = quotes("Ruth Amsel, Pinecrest SVP, told investors on a call that the launch had slipped "
        + "\"by a week at most\".");
    assertEquals("Ruth Amsel", quote(qs, "by a week").speaker());
  }

  @Test
  void aPartyAndAParliamentaryRoleBetweenCommas() {
    List<Quote> qs = quotes("Lina Okafor, Coastal MEP, wrote to the fleet owners that the new quota was "
        + "\"unworkable for small fleets\".");
    assertEquals("Lina Okafor", quote(qs, "unworkable").speaker());
  }

  @Test
  void aCapitalisedRoleBeforeAColonCue() {
    List<Quote> qs = quotes("Ines Kahle, Brightwater CFO, conceded: \"Margins will be thin until the second plant "
        + "opens.\"");
    assertEquals("Ines Kahle", quote(qs, "Margins will").speaker());
  }

  @Test
  void aSecondPersonBetweenTheCommasIsNoRole() {
    List<Quote> qs = quotes("After the vote, Marta Quist, Olek Dahl, conceded that the count was \"too close "
        + "to call\".");
    assertNotEquals("Marta Quist", quote(qs, "too close").speaker());
  }
}
