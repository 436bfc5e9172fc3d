package newsflow.enrich.nlp.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import newsflow.enrich.nlp.text.TextPipeline;
import org.junit.jupiter.api.Test;

/**
 * Quotes that go on with the words of a speaker already given: a closing mark typed as two right single
 * quotes (’’), a quotation whose paragraphs are split by a crosshead, and an organisation's "it" after an
 * adverbial opener ("However, it said ...").
 */
class QuoteContinuationTest {

  private static List<Quote> quotes(String text) {
    return PipelineQuotes.quotes(text);
  }

  @Test
  void twoRightSingleQuotesCloseADoubleQuote() {
    List<Quote> qs = quotes("Harbour dispute drags on\n\nNegotiators met again on Monday without a deal.\n\n"
        + "Talks ended early after the union walked out. “This was a missed chance for everyone,’’ Petra Dalby, "
        + "secretary of the Coastal Crews Union, told the local paper. “And I think the owners know it.”\n\n"
        + "The owners declined to comment.");
    Quote first = PipelineQuotes.quote(qs, "This was a missed chance");
    assertEquals("This was a missed chance for everyone,", first.text());
    assertEquals("Petra Dalby", first.speaker());
    assertEquals("Petra Dalby", PipelineQuotes.quote(qs, "And I think").speaker());
  }

  @Test
  void twoRightSingleQuotesOutsideAQuoteOpenNothing() {
    String text = "The twins’’ boat was found near the pier, and the crew was safe.";
    assertTrue(new QuoteFinder().find(TextPipeline.instance().process(text)).isEmpty());
  }

  @Test
  void quotationGoesOnPastACrosshead() {
    List<Quote> qs = quotes("Storm damage counted\n\nCrews worked through the night to clear fallen trees.\n\n"
        + "Gustav Hennig, the county engineer, said in a briefing: “Two of the three bridges on the coast road "
        + "are already open again.\n\nRepairs ahead\n\n“The third bridge needs new bearings, and that work will "
        + "take at least a fortnight to finish.”\n\nResidents have been asked to use the inland route.");
    assertEquals("Gustav Hennig", PipelineQuotes.quote(qs, "The third bridge").speaker());
  }

  @Test
  void aCaptionThatIsAClauseBreaksTheQuotation() {
    List<Quote> qs = quotes("Storm damage counted\n\nCrews worked through the night to clear fallen trees.\n\n"
        + "Gustav Hennig, the county engineer, said in a briefing: “Two of the three bridges on the coast road "
        + "are already open again.\n\nCouncil leader Maria Osk visited the site on Tuesday\n\n“The third bridge "
        + "needs new bearings, and that work will take at least a fortnight to finish.”\n\n"
        + "Residents have been asked to use the inland route.");
    assertNull(PipelineQuotes.quote(qs, "The third bridge").speaker());
  }

  @Test
  void crossheadIsShortAndUnpunctuated() {
    assertTrue(crosshead("Repairs ahead"));
    assertFalse(crosshead("The work resumes today."));
    assertFalse(crosshead("Council leader Maria Osk visited the site on Tuesday"));
    assertFalse(crosshead("Next steps:"));
  }

  private static boolean crosshead(String h) {
    return QuoteFinder.isCrosshead(h, new newsflow.enrich.nlp.Span(0, h.length(), h));
  }

  @Test
  void organisationPronounAfterAnAdverbialOpener() {
    List<Quote> qs = quotes("Dock rules\n\nCrews complained on Monday.\n\n"
        + "The Harbour Board published its yearly accounts on Monday. However, it said it has “no power to fix "
        + "pay for the crews on the quay.”");
    assertEquals("Harbour Board", PipelineQuotes.quote(qs, "no power to fix").speaker());
  }

  @Test
  void organisationAfterAnOpeningAdverbialIsTheAntecedent() {
    List<Quote> qs = quotes("Dock rules\n\nCrews complained on Monday.\n\n"
        + "In a sign of the strain, the Harbour Board published a notice urging that “crews get clear rules "
        + "for every shift.” However, it said it has “no power to fix pay for the crews on the quay.”");
    assertEquals("Harbour Board", PipelineQuotes.quote(qs, "no power to fix").speaker());
  }

  @Test
  void apostropheTypedForTheClosingMarkOfAStraightQuote() {
    List<Quote> qs = quotes("Pitch upgrade approved\n\nThe club will replace its grass pitch this summer.\n\n"
        + "\"We can fix a tired pitch faster than a tired squad,' Coach Ivo Brandt said. \"The surface was never the "
        + "main problem.\"\n\nFans welcomed the news.");
    Quote first = PipelineQuotes.quote(qs, "We can fix");
    assertEquals("We can fix a tired pitch faster than a tired squad,", first.text());
    assertEquals("Ivo Brandt", first.speaker());
    assertEquals("Ivo Brandt", PipelineQuotes.quote(qs, "The surface was").speaker());
  }

  @Test
  void nestedSingleQuoteStaysInsideItsDoubleQuote() {
    String text = "\"My aunt told me, 'Sell the boat,' and I did,\" said Ivo Brandt.";
    List<QuoteSpan> spans = new QuoteFinder().find(TextPipeline.instance().process(text));
    assertEquals(1, spans.size());
    assertEquals("My aunt told me, 'Sell the boat,' and I did,", spans.get(0).text(text));
  }

  @Test
  void pronounAfterOpenerNeedsAnOrganisation() {
    List<Quote> qs = quotes("Dock rules\n\nCrews complained on Monday.\n\n"
        + "Mayor Ann Kessel toured the quay on Monday. However, it said it has “no power to fix pay for the crews "
        + "on the quay.”");
    assertNull(PipelineQuotes.quote(qs, "no power to fix").speaker());
  }

  @Test
  void organisationPronounAfterTwoAdverbs() {
    List<Quote> qs = quotes("Dock rules\n\nCrews complained on Monday.\n\n"
        + "In a sign of the strain, the Harbour Board published a notice urging that “crews get clear rules.” "
        + "Notably, though, it stressed that it has “no power to fix pay for the crews.”");
    assertEquals("Harbour Board", PipelineQuotes.quote(qs, "no power to fix").speaker());
  }
}
