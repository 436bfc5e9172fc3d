package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * A description of a body or firm that speaks in the very sentence naming the organisations it may stand for
 * ("Tallis Freight agreed to buy Onslow Depots, the company said"): resolving it asks who else spoke in that
 * sentence, which is the description itself. The question is asked once; it used to recurse until the stack
 * overflowed, failing the whole article.
 */
class QuoteDescriptionInItsOwnSentenceTest {

  @Test
  void aFirmDescribedInTheSentenceNamingBuyerAndBoughtIsTheBuyer() {
    List<Quote> qs = quotes("Tallis Freight has agreed to buy Onslow Depots for $40 million, the company said on Monday.\n\n"
        + "\"This is a good day for our drivers,\" the company said.");
    assertEquals("Tallis Freight", quote(qs, "This is a good day").speaker());
  }

  @Test
  void aPassiveSaleWithTheDescriptionAfterItIsAnalysed() {
    List<Quote> qs = quotes("Onslow Depots was sold to Tallis Freight, the company said. "
        + "\"We are pleased with the price,\" the company added.");
    assertEquals(1, qs.size());
  }

  @Test
  void anAgencyInTheSentenceOfTwoPublicBodiesIsAnalysed() {
    List<Quote> qs = quotes("The Marlow Weather Centre issued a flood warning to the Kellby Water Authority, "
        + "the agency said. \"Keep clear of the flooded meadows,\" the agency said.");
    assertEquals(1, qs.size());
  }
}
