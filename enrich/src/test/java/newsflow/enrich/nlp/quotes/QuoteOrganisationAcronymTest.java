package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/** An organisation defined by an acronym in parentheses speaks under its full name (made-up sentences). */
class QuoteOrganisationAcronymTest {

  @Test
  void theDescriptionInAppositionAfterTheAcronymRefersBackToTheOrganisation() {
    String text = "Teachers for Safer Crossings (TSC), a charity based in Cardiff, wrote to the council about the "
        + "new road. \"Children cross there every morning,\" the charity said.";
    List<Quote> qs = quotes(text);
    assertEquals("Teachers for Safer Crossings", quote(qs, "Children cross").speaker(), qs.toString());
  }

  @Test
  void aNameDefinedByAnAcronymSpeaksWhole() {
    String text = "In a letter to the press, the Trust for the Renewal of the Lower Marshes (TRLM) said it had bought "
        + "the quarry. \"The paths will stay open to walkers,\" TRLM said.";
    List<Quote> qs = quotes(text);
    assertEquals("Trust for the Renewal of the Lower Marshes", quote(qs, "The paths").speaker(), qs.toString());
  }

  @Test
  void aCharityNotNamedBeforeStaysUnnamed() {
    String text = "Parents in Cardiff wrote to the council about the new road, backed by a local charity. "
        + "\"Children cross there every morning,\" the charity said.";
    List<Quote> qs = quotes(text);
    assertNull(quote(qs, "Children cross").speaker(), qs.toString());
  }
}
