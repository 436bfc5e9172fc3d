package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * A name inside a quoted title ("Copies of “Tom Barrow 2” sold out") names a work, not a person in the story: it is
 * no antecedent for a later "he"/"she", which keeps meaning the person named before, or nobody, and no
 * other person an epithet after it could mean. Made-up articles
 * through the whole pipeline.
 */
class QuoteNameInTitleTest {

  @Test
  void aNameInATitleDoesNotTakeThePronounFromThePersonNamedBefore() {
    assertEquals("Karl Lindqvist", quote(quotes("\"We printed only a hundred copies,\" said novelist Karl Lindqvist. "
        + "Copies of \"Tom Barrow 2\" sold out within a week.\n\n\"Nobody expected that,\" he added."),
        "Nobody expected").speaker());
  }

  @Test
  void aNameOnlyInATitleIsNobodysAntecedent() {
    assertNull(quote(quotes("Copies of \"Tom Barrow 2\" sold out within a week at the fair.\n\n\"Nobody expected "
        + "that,\" he added."), "Nobody expected").speaker());
    assertNull(quote(quotes("Sales of the paperback \"Anna Berg 3\" doubled in May.\n\n\"The shops kept asking for "
        + "more,\" she said."), "The shops kept").speaker());
  }

  @Test
  void aNameInATitleAfterTheEpithetIsNoOtherPersonItCouldMean() {
    assertEquals("Karl Lindqvist", quote(quotes("The fair closed on Sunday.\n\nKarl Lindqvist, who edited the novel, "
        + "has worked with the author since 2019. \"Nobody expected the sales,\" the editor said of \"Tom Barrow 2\"."),
        "Nobody expected").speaker());
    // A person named after the epithet outside a title still leaves it unnamed.
    assertNull(quote(quotes("The fair closed on Sunday.\n\nKarl Lindqvist, who edited the novel, has worked with the "
        + "author since 2019. \"Nobody expected the sales,\" the editor said of Tom Barrow."), "Nobody expected")
        .speaker());
  }
}
