package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * A speaker named before a long apposition (a role, its employer and a relative clause, more than 25 tokens
 * between the commas) is found like one before a short apposition; a name inside an opening clause is still not
 * taken for the subject.
 */
class QuoteLongAppositionTest {

  @Test
  void aNameBeforeALongAppositionSpeaks() {
    List<Quote> qs = quotes("Runa Feld, an expert in river ecology and water law at the Faculty of Natural "
        + "Science within Eastmoor State University who did not work on the survey, told the Daily Courier: "
        + "\"Even a small rise in nitrate levels could harm the trout for many seasons to come.\"");
    assertEquals("Runa Feld", quote(qs, "Even a small rise in nitrate").speaker());
  }

  @Test
  void aNameInAnOpeningClauseIsNotTheSubject() {
    List<Quote> qs = quotes("After a long meeting with Ida Strom, the head of the regional water board for the "
        + "three northern valleys and the coastal plain who had travelled overnight from the capital, said: "
        + "\"Our ferry fees stay where they are until the spring.\"");
    assertNull(quote(qs, "Our ferry fees stay where").speaker());
  }
}
