package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * Quoted terms that head or end a noun phrase, on made-up articles: a term after "of" in the object of a speech
 * verb ("hailed a culture of “sharing”"), a question word quoted as a noun ("the “why”"), and an event named
 * after a time's possessive ("last spring's “shake-up” of the rota"). They are the writer's labels, so they get
 * no speaker; an "of" phrase that belongs to the verb ("accused management of “stalling”") or a phrase that is
 * the subject of a reported clause keeps the speaker.
 */
class QuoteTermInNounPhraseTest {

  @Test
  void aTermAfterOfInTheObjectOfASpeechVerbIsALabel() {
    List<Quote> qs = quotes("Sailing\n\nThe regatta was cancelled for the second year. Veteran skipper Nadia Hurst "
        + "lamented the slow decline of \u201cweekend racing\u201d on the estuary.\n\nTomas Reyes, who chairs the "
        + "orchard co-op, hailed a new culture of \u201csharing\u201d and \u201ctrust\u201d among the smaller farms.");
    assertNull(quote(qs, "weekend racing").speaker(), "the topic of the lament, named by the writer");
    assertNull(quote(qs, "sharing").speaker(), "after an article and an adjective");
    assertNull(quote(qs, "trust").speaker(), "a term coordinated with a term");
  }

  @Test
  void anOfPhraseOfTheVerbOrOfAReportedClauseKeepsTheSpeaker() {
    List<Quote> qs = quotes("Pay\n\nPia Lund, the union secretary, accused management of \u201cstalling\u201d over "
        + "the pay offer.\n\nLund said the price of \u201cwaiting\u201d would rise sharply next year.");
    assertEquals("Pia Lund", quote(qs, "stalling").speaker());
    assertEquals("Pia Lund", quote(qs, "waiting").speaker());
  }

  @Test
  void aQuestionWordQuotedAfterAnArticleIsMentioned() {
    List<Quote> qs = quotes("Physics\n\nThe lecture covered gravity waves. Professor Alma Ruiz said students often "
        + "grasp the \u201chow\u201d long before the \u201cwhy\u201d.");
    assertNull(quote(qs, "how").speaker());
    assertNull(quote(qs, "why").speaker());
  }

  @Test
  void anEventNamedAfterATimesPossessiveIsALabel() {
    List<Quote> qs = quotes("Wards\n\nSince last spring's \u201cshake-up\u201d of the rota, nurses have skipped "
        + "breaks, ward manager Ida Kess told the inquiry.");
    assertNull(quote(qs, "shake-up").speaker());
  }
}
