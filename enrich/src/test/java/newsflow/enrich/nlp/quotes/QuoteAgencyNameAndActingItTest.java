package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * Through the whole pipeline: "the agency" refers back to a body named as an Administration (not to one named
 * after a leader), an organisation's own "it" earlier in the sentence carries it to a later "what it called", and
 * "has long argued" has its subject before "long".
 */
class QuoteAgencyNameAndActingItTest {

  @Test
  void anAdministrationJustNamedIsTheAgency() {
    List<Quote> qs = quotes("The Coastal Fisheries Administration closed the cod grounds for the winter.\n\n"
        + "\"Stocks need two full seasons to recover,\" the agency said.");
    assertEquals("Coastal Fisheries Administration", quote(qs, "Stocks need").speaker());
  }

  @Test
  void anAdministrationNamedAfterALeaderIsNoDepartment() {
    List<Quote> qs = quotes("Governor Ruth Ekdal took office in March. The Ekdal Administration has promised to "
        + "rebuild the harbour.\n\n\"Work starts in spring,\" the department said.");
    assertNull(quote(qs, "Work starts").speaker());
  }

  @Test
  void anActingItCarriesTheOrganisationToWhatItCalled() {
    List<Quote> qs = quotes("Halvorsen Shipping Company laid up six of its vessels this month. It blamed what it "
        + "called \"a collapse in charter rates\" for the move.");
    assertEquals("Halvorsen Shipping Company", quote(qs, "a collapse in charter").speaker());
  }

  @Test
  void aPlaceholderItIsNoOrganisation() {
    List<Quote> qs = quotes("Halvorsen Shipping Company laid up six of its vessels this month. It remains unclear "
        + "what it called \"temporary measures\" in its filing.");
    assertNull(quote(qs, "temporary measures").speaker());
  }

  @Test
  void longBetweenAuxiliaryAndVerbIsNoSubject() {
    List<Quote> qs = quotes("The Kelso Water Board raised its rates on Friday. It has long argued that \"the "
        + "reservoir is too small for the town.\"");
    Quote q = quote(qs, "the reservoir is too small");
    assertEquals("It", q.speakerMention().text());
    assertEquals("Kelso Water Board", q.speaker());
  }
}
