package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * A lead that describes one person ("The ... drummer admits she ...") and pronouns before anyone is named: "she"
 * means the first woman named after it, as the subject of her sentence, when no other woman is named with her.
 * Made-up sentences throughout.
 */
class QuotePronounLeadEpithetTest {

  private static final String QUOTES = "She told the magazine: \"I write down the set list and the weather.\"\n\n"
      + "The award-winning drummer keeps the notebooks in a shoebox.\n\n"
      + "She went on: \"One day they will make a dull book.\"\n\n";

  @Test
  void pronounsAfterADescribedLeadMeanTheWomanNamedNext() {
    List<Quote> qs = quotes("The 'Copper Harbour' drummer admits she keeps a notebook of every gig.\n\n" + QUOTES
        + "Nora Vance, 31, is touring Europe with her band this spring.");
    assertEquals("Nora Vance", quote(qs, "I write down").speaker());
    assertEquals("Nora Vance", quote(qs, "One day they").speaker());
  }

  @Test
  void anUnnamedLeadStaysUnresolved() {
    List<Quote> qs = quotes("A spokeswoman for the harbour museum admits the roof leaks.\n\n"
        + "She told the paper: \"We put buckets under it every winter.\"\n\n"
        + "Nora Vance, 31, the museum's director, is looking for a builder for her roof.");
    assertNull(quote(qs, "We put buckets").speaker());
  }

  @Test
  void anIndefiniteLeadStaysUnresolved() {
    List<Quote> qs = quotes("A Copper Harbour drummer admits she keeps a notebook of every gig.\n\n" + QUOTES
        + "Nora Vance, 31, is touring Europe with her band this spring.");
    assertNull(quote(qs, "I write down").speaker());
  }

  @Test
  void twoWomenNamedNextLeaveItUnresolved() {
    List<Quote> qs = quotes("The 'Copper Harbour' drummer admits she keeps a notebook of every gig.\n\n" + QUOTES
        + "Nora Vance, 31, is touring Europe with her band this spring. Grace Lund, 28, plays bass in it.");
    assertNull(quote(qs, "I write down").speaker());
  }

  @Test
  void aManNamedNextDoesNotTakeShe() {
    List<Quote> qs = quotes("The 'Copper Harbour' drummer admits she keeps a notebook of every gig.\n\n" + QUOTES
        + "Daniel Marsh, 40, is touring Europe with his band this spring.");
    assertNull(quote(qs, "I write down").speaker());
  }

  @Test
  void aPersonNamedNextInAnotherRoleDoesNotTakeIt() {
    List<Quote> qs = quotes("The 'Copper Harbour' drummer admits she keeps a notebook of every gig.\n\n" + QUOTES
        + "Grace Lund, the band's manager, says she has read none of them.");
    assertNull(quote(qs, "I write down").speaker());
  }

  @Test
  void anOfficeInTheLeadIsNoEpithet() {
    List<Quote> qs = quotes("The harbour commissioner says he will close the east pier.\n\n"
        + "He told the council: \"The timbers will not last another storm.\"\n\n"
        + "Pavel Dorn, 52, runs the ferry from the pier with his son.");
    assertNull(quote(qs, "The timbers will").speaker());
  }

  @Test
  void aHeadingIsNoLead() {
    List<Quote> qs = quotes("The drummer who writes everything down\n\n"
        + "She told the magazine: \"I write down the set list and the weather.\"\n\n"
        + "Nora Vance, 31, is touring Europe with her band this spring.");
    assertNull(quote(qs, "I write down").speaker());
  }
}
