package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A plainly female or male given name keeps "he" or "she" off its bearer, even when the bearer is the
 * nearest person named: "Louise" and "Anthony" are clear from the officials data once middle names count.
 * Made-up sentences throughout.
 */
class QuoteGivenNameSexTest {

  @Test
  void heSkipsANearerWomanNamedLouise() {
    String text = "Victor Lund, a baker from Tromsø, lost his stall at the market in March.\n\n"
        + "Louise Dahl, 31, runs the stall next to it.\n\n“The rent doubled overnight,” he said.";
    assertEquals("Victor Lund", quote(quotes(text), "The rent doubled").speaker());
  }

  @Test
  void sheSkipsANearerManNamedAnthony() {
    String text = "Mara Lindqvist, a potter, sold her first bowl in 2019.\n\n"
        + "Anthony Holloway, 44, owns the gallery on Quay Street.\n\n“Clay is patient,” she said.";
    assertEquals("Mara Lindqvist", quote(quotes(text), "Clay is patient").speaker());
  }

  @Test
  void mrWithAFamilyNameIsNotTheWomanNamedLouiseOfThatFamily() {
    String text = "Louise Castell, 58, opened the bakery on Mill Lane in 1990.\n\n"
        + "Mr Castell, her brother-in-law, sold it last year. He left the town in May, saying: "
        + "“Bread was never my trade.”";
    assertEquals("Castell", quote(quotes(text), "Bread was never").speaker());
  }
}
