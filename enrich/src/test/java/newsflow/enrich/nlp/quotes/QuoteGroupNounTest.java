package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * "the group said", "the organisation said": the organisation named last before the description, when it is the
 * last name of any kind there; none for a news outlet, a public body ("the group"), two organisations named
 * together, or a nearer group of people. Made-up sentences, whole pipeline.
 */
class QuoteGroupNounTest {

  private static final String SAID = "\n\n\"Our members lost nearly half their colonies over the winter,\" said the group.";

  @Test
  void theGroupIsTheOrganisationNamedJustBefore() {
    String text = "Volunteers of the Ashgrove Beekeepers Society counted fewer hives this spring than in any year "
        + "since records began.\n\n\"Our members lost nearly half their colonies over the winter,\" said the group, "
        + "which has about 300 members.";
    assertEquals("Ashgrove Beekeepers Society", quote(quotes(text), "Our members").speaker());
  }

  @Test
  void theOrganisationMayBeAPublicBodyToo() {
    String text = "The Meridian Literacy Foundation opened two reading rooms last month and plans a third.\n\n"
        + "The organisation said: \"Every child in the valley should be able to borrow a book within a short walk "
        + "of home.\"";
    assertEquals("Meridian Literacy Foundation", quote(quotes(text), "Every child").speaker());
  }

  @Test
  void aNearerGroupOfPeopleOrTwoOrganisationsLeaveItUnnamed() {
    String nearer = "Volunteers of the Ashgrove Beekeepers Society counted fewer hives this spring. A group of "
        + "farmers later met at the mill." + SAID;
    assertNull(quote(quotes(nearer), "Our members").speaker());
    String two = "Volunteers of the Ashgrove Beekeepers Society and the Tarn Orchard Club counted fewer hives this "
        + "spring." + SAID;
    assertNull(quote(quotes(two), "Our members").speaker());
  }

  @Test
  void aNewsOutletOrAMinistryIsNoGroup() {
    String outlet = "The Tarn Valley Courier published the hive count on Monday." + SAID;
    assertNull(quote(quotes(outlet), "Our members").speaker());
    String ministry = "The Ministry of Rural Affairs published the hive count on Monday." + SAID;
    assertNull(quote(quotes(ministry), "Our members").speaker());
  }
}
