package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * A passive speech verb with no agent claims its quote for nobody; the verb phrase itself ("was applauded",
 * "been cautioned") is no speaker mention, so the quote is shown with no mention, no cue and no speaker.
 */
class QuoteVerbPhraseMentionTest {

  @Test
  void aPassiveVerbIsNoMention() {
    List<Quote> qs = quotes("The ferry timetable changed on Monday.\n\n"
        + "A librarian was applauded after she compared the new rules to \"a muddle\" at the town meeting.\n\n"
        + "Cyclists have been cautioned to \"keep left on the towpath\" during the works.\n\n"
        + "The new pier was hailed as \"a triumph of design\" at its opening.");
    for (String words : List.of("a muddle", "keep left on the towpath", "a triumph of design")) {
      Quote q = quote(qs, words);
      assertNull(q.speakerMention(), words);
      assertNull(q.cue(), words);
      assertNull(q.speaker(), words);
    }
  }
}
