package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * A quote with no cue of its own does not take a speaker from across a sentence led by someone else, nor from a
 * sentence saying its subject did not speak (issue 12, "a speaker is taken from the wrong sentence"). Made-up
 * articles through the whole pipeline.
 */
class QuoteAcrossSentencesTest {

  @Test
  void theSpeakerOfTheQuoteBeforeIsNotCarriedPastAnotherPersonsSentence() {
    List<Quote> qs = quotes("“The roof leaked for years,” said tenant Mira Osk. Her landlord, Piet Danner, disputes "
        + "that. “We fixed it twice.”\n\n"
        + "“The ruling is unfair,” said club lawyer Ivo Brandt. League chairman Tomas Vell rejected the criticism. "
        + "“The panel followed the rules.”");
    assertEquals("Mira Osk", quote(qs, "The roof").speaker());
    assertNotEquals("Mira Osk", quote(qs, "We fixed").speaker());
    assertEquals("Ivo Brandt", quote(qs, "The ruling").speaker());
    assertNotEquals("Ivo Brandt", quote(qs, "The panel").speaker());
  }

  @Test
  void aRemarkOfTheAuthorOrTheSameSpeakerStillCarriesTheSpeaker() {
    List<Quote> qs = quotes("“The vote was rigged,” said activist Nora Kestrel. The count took three days. "
        + "“Nobody watched the boxes.”\n\n"
        + "“The dam is safe,” said engineer Piet Danner. Danner has inspected it for years. “We check it monthly.”");
    assertEquals("Nora Kestrel", quote(qs, "Nobody watched").speaker());
    assertEquals("Piet Danner", quote(qs, "We check").speaker());
  }

  @Test
  void aNameInsideAPhraseAfterAPrepositionDoesNotLeadTheSentence() {
    List<Quote> qs = quotes("“Sales fell by a third,” said Acme chief executive Ivo Pelt. Analysts at Eastby Bank had "
        + "expected a smaller fall. “We will cut costs.”");
    assertEquals("Ivo Pelt", quote(qs, "We will cut").speaker());
  }

  @Test
  void anotherCueOfTheParagraphIsNotTakenPastAnotherPersonsSentence() {
    List<Quote> qs = quotes("“We need more nurses,” said Dr. Rosa Imre. Hospital director Jonas Prell has promised "
        + "to look at the rota. “We will see what happens.”");
    assertNull(quote(qs, "We will see").speaker());
  }

  @Test
  void someoneWhoDeclinedToCommentDoesNotLeadInTheNextQuote() {
    List<Quote> qs = quotes("“The fire spread in minutes,” said fire chief Lars Dehner.\n\n"
        + "The owner of the warehouse, Walter Brisk, could not be reached for comment.\n\n"
        + "“We are lucky nobody was inside.”");
    assertNotEquals("Walter Brisk", quote(qs, "We are lucky").speaker());
    List<Quote> qs2 = quotes("“The fire spread in minutes,” said fire chief Lars Dehner.\n\n"
        + "Warehouse owner Walter Brisk declined to comment.\n\n"
        + "“We are lucky nobody was inside.”");
    assertNotEquals("Walter Brisk", quote(qs2, "We are lucky").speaker());
  }

  @Test
  void aLeadInWithoutARefusalStillIntroducesTheQuote() {
    List<Quote> qs = quotes("“The fire spread in minutes,” said fire chief Lars Dehner.\n\n"
        + "Warehouse owner Walter Brisk was relieved.\n\n"
        + "“We are lucky nobody was inside.”");
    assertEquals("Walter Brisk", quote(qs, "We are lucky").speaker());
  }
}
