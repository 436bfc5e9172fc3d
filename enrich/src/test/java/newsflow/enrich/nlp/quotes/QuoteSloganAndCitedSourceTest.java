package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * Quotes that belong to no one around them, on made-up articles: a slogan the article keeps quoting in its own
 * sentences (not a pull quote, even when a campaign text repeats it), words cited with their source in brackets
 * right after them, and a quoted word the author goes on to define.
 */
class QuoteSloganAndCitedSourceTest {

  @Test
  void aSloganQuotedInTheAuthorsOwnSentencesIsNoPullQuote() {
    List<Quote> qs = quotes("Litter drive\n\nThe county launched a new anti-litter slogan on Monday.\n\n"
        + "\u201cTrash. We\u2019re on it.\u201d\n\nMany people online mocked \u201cTrash. We\u2019re on it\u201d as "
        + "confusing.\n\nGovernor Ann Brolly defended the campaign. \u201cLitter is a problem across the county. We "
        + "can all help. Trash. We\u2019re on it,\u201d Brolly said.");
    assertNull(quote(qs, "Trash. We\u2019re on it.").speaker(), "a slogan, not a line lifted from Brolly's words");
    assertEquals("Ann Brolly", quote(qs, "Litter is a problem").speaker());
  }

  @Test
  void aPullQuotePrintedTwiceOnItsOwnStillTakesItsSpeaker() {
    List<Quote> qs = quotes("Harbour plan approved\n\n\u2018We will rebuild the pier\u2019\n\nCouncil leader Ines "
        + "Darrow welcomed the vote on Monday.\n\n\u201cWe will rebuild the pier, and we will do it this year,\u201d "
        + "said Darrow.\n\n\u2018We will rebuild the pier\u2019\n\nThe work starts in May.");
    for (Quote q : qs) assertEquals("Ines Darrow", q.speaker(), q.text());
  }

  @Test
  void wordsWithTheirSourceInBracketsAreNotTheLastSpeakersWords() {
    List<Quote> qs = quotes("Rail talks\n\nThe talks with the ministry stalled in May. In response, the Harlow Rail "
        + "Company has asked for new subsidies.\n\n\u201cA bridge matters most at its far end, as every "
        + "rambler learns sooner or later.\u201d (Maya Lorne, cited by Peter Adair)\n\nContact the editor for more.");
    assertEquals("Maya Lorne", quote(qs, "A bridge matters").speaker());
  }

  @Test
  void aOneWordSourceInBracketsLeavesTheWordsUnattributed() {
    List<Quote> qs = quotes("Rail talks\n\nThe talks with the ministry stalled in May. In response, the Harlow Rail "
        + "Company has asked for new subsidies.\n\n\u201cA bridge matters most at its far end, as every "
        + "rambler learns sooner or later.\u201d (Lorne)\n\nContact the editor for more.");
    assertNull(quote(qs, "A bridge matters").speaker());
  }

  @Test
  void aBracketWithoutAPersonKeepsTheSpeakerOfTheParagraphAbove() {
    List<Quote> qs = quotes("Shelter opens\n\nShelter director Pam Oduya spoke at the opening.\n\n\u201cWe are here "
        + "for the long haul,\u201d she said.\n\n\u201cNobody will be turned away this winter.\u201d (applause)");
    assertEquals("Pam Oduya", quote(qs, "We are here").speaker());
    assertEquals("Pam Oduya", quote(qs, "Nobody will be").speaker());
  }

  @Test
  void aQuotedWordTheAuthorDefinesIsATerm() {
    List<Quote> qs = quotes("Zoning row\n\nCritics claim Mayor Tom Hadley promised the developers in a private call "
        + "that the council would give them \u201cslack\u201d ahead of the ballot, with \u201cslack\u201d perhaps defined "
        + "as fewer site inspections.\n\nHadley said the plan was \u201ca fair deal for everyone\u201d.");
    assertEquals("Tom Hadley", qs.get(0).speaker(), "the word as promised");
    assertNull(qs.get(1).speaker(), "the same word, given a definition by the author");
    assertEquals("Tom Hadley", quote(qs, "a fair deal").speaker());
  }
}
