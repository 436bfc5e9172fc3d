package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * A role with a preposition and a place before a person's name ("Norway's envoy to Chile Kim Sorel said") has the
 * person as its speaker, not the role's head; a plural head before a title and a name stays the unnamed group.
 * Made-up articles.
 */
class QuotePersonAfterRolePrepositionTest {

  @Test
  void thePersonAfterTheRolesPlaceSpeaks() {
    List<Quote> qs = quotes("Port talks\n\nNorway's ambassador to Chile Kim Sorel has said that the port has the "
        + "\u201ccapacity and will\u201d to grow.");
    assertEquals("Kim Sorel", quote(qs, "capacity and will").speaker());
  }

  @Test
  void aGroupBeforeATitledNameStaysUnnamed() {
    List<Quote> qs = quotes("Port talks\n\nAdvisers to Prime Minister Kim Sorel are warning that the port is "
        + "\u201cnot ready\u201d for the ships.");
    assertNull(quote(qs, "not ready").speaker());
  }
}
