package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * A participle after a comma, or an infinitive cue inside a participle phrase opened after a comma ("..., using her
 * column to attack “...”"), belongs to the main clause's subject, not to the subject of a clause the main verb
 * reports ("conceded the council would ...", "believes that ..."). A reported deed of getting in touch or a deed
 * passed on by "said" keeps its own doer.
 */
class QuoteParticipleOverReportedClauseTest {

  @Test
  void aParticipleAfterAReportedClauseIsTheMainSubjects() {
    List<Quote> qs = quotes("The harbour plan goes to a vote next week.\n\n"
        + "Mayor Dana Holt appeared to concede the council would probably reject the scheme, saying "
        + "\u201cshort-sighted shopkeepers\u201d had turned the town against it.\n\n"
        + "Grower Piet Lomax believes that Valley Fruit Cooperative will close its packing shed, adding "
        + "\u201cnobody in the valley was asked\u201d.");
    assertEquals("Dana Holt", quote(qs, "short-sighted shopkeepers").speaker());
    assertEquals("Piet Lomax", quote(qs, "nobody in the valley").speaker());
  }

  @Test
  void anInfinitiveCueInsideAParticiplePhraseIsTheMainSubjects() {
    List<Quote> qs = quotes("The ferry strike entered its third day.\n\n"
        + "Coach Lena Varga admitted the board had wasted money on transfers, taking to her podcast to blast "
        + "\u201cclueless agents and scouts\u201d.\n\n"
        + "Union leader Ivo Sandberg knew the operator was unlikely to budge, turning to reporters to declare "
        + "\u201cwe stay out until the pay offer improves\u201d.");
    assertEquals("Lena Varga", quote(qs, "clueless agents").speaker());
    assertEquals("Ivo Sandberg", quote(qs, "we stay out until").speaker());
  }

  @Test
  void aReportedCallAndAnAbsolutePhraseKeepTheirOwnSubjects() {
    List<Quote> qs = quotes("The ferry strike entered its third day.\n\n"
        + "Union leader Ivo Sandberg said Tom Reuter had called the depot, saying \u201cthe crews will not sail "
        + "tonight\u201d.\n\n"
        + "The council agreed the ferry company was to blame, with two members dissenting, saying "
        + "\u201cthe union shares the fault\u201d.");
    assertEquals("Tom Reuter", quote(qs, "the crews will not sail").speaker());
    assertNotEquals("ferry company", quote(qs, "the union shares").speaker());
  }
}
