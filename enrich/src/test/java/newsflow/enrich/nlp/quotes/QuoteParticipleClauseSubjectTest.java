package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * A participle cue after a comma ("..., saying “...”") takes the subject of its clause, also when a time adverbial
 * stands between the subject and its verb ("Lee yesterday declined ..."), and a label noun in the clause ("a further
 * term, saying") does not make the participle's quote a quoted term.
 */
class QuoteParticipleClauseSubjectTest {

  @Test
  void theClauseSubjectSpeaksAfterATimeAdverbialOrALabelNoun() {
    List<Quote> qs = quotes("The city orchestra will tour three countries this spring.\n\n"
        + "Conductor Lise Amundsen yesterday declined to name the soloists, saying, "
        + "\u201cWe will announce them when the contracts are signed.\u201d\n\n"
        + "Violinist Petr Hollan on Friday defended the long programme, adding "
        + "\u201cAudiences here have always liked a full evening.\u201d\n\n"
        + "Stage manager Ola Vinter turned down a further term, saying "
        + "\u201cTwo seasons in this job are enough for anyone.\u201d");
    assertEquals("Lise Amundsen", quote(qs, "We will announce them").speaker());
    assertEquals("Petr Hollan", quote(qs, "Audiences here").speaker());
    assertEquals("Ola Vinter", quote(qs, "Two seasons").speaker());
  }

  @Test
  void anUnnamedSubjectAndAQuotedTermStayWithoutSpeaker() {
    List<Quote> qs = quotes("The city orchestra will tour three countries this spring.\n\n"
        + "The programme notes use the term, \u201cchamber spirit\u201d, for the small ensemble pieces.\n\n"
        + "Several players yesterday refused to comment, saying \u201cWe have not seen the contracts.\u201d");
    assertNull(quote(qs, "chamber spirit").speaker());
    assertNull(quote(qs, "We have not seen").speaker());
  }
}
