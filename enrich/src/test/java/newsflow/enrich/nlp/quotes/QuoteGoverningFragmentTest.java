package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * Short quoted fragments inside a clause that a speech or naming verb governs (issue 12, branch {@code frag}), on
 * made-up articles: a second fragment behind an earlier one and a naming participle that opens its sentence take
 * the governing verb's subject; scare quotes, passive labels, denials and unnamed subjects keep no named speaker.
 */
class QuoteGoverningFragmentTest {

  @Test
  void aSecondFragmentBehindAnEarlierOneKeepsTheGoverningSpeaker() {
    List<Quote> qs = quotes("Port row\n\nThe harbour master, Ivo Brandt, spoke at the quay on Monday. He told the "
        + "meeting that the \"temporary\" berths had become \"a permanent eyesore\" for the town.");
    assertNull(quote(qs, "temporary").speaker(), "a quoted modifier before its noun stays a label");
    assertEquals("Ivo Brandt", quote(qs, "a permanent eyesore").speaker());
  }

  @Test
  void aNamingParticipleOpeningTheSentenceIsTheMainSubjects() {
    List<Quote> qs = quotes("League ruling\n\nCalling the ruling a \"dark day for sport\" and a \"betrayal of fans\", "
        + "Ivo Brandt urged the league to appeal.");
    assertEquals("Ivo Brandt", quote(qs, "dark day").speaker());
    assertEquals("Ivo Brandt", quote(qs, "betrayal of fans").speaker());
  }

  @Test
  void scareQuotesLabelsDenialsAndUnnamedSubjectsStayUnnamed() {
    List<Quote> qs = quotes("Levy\n\nIvo Brandt said the so-called \"green\" levy would hurt farmers.\n\nThe Lowmoor "
        + "Gazette ran a piece on the \"smart\" meters. Ivo Brandt said nothing.\n\nIvo Brandt was described as a "
        + "\"tireless\" campaigner by his colleagues.\n\nFinance Minister Carla Ostrova denied that she ran an "
        + "\"informal\" channel for the bank talks.\n\nA spokesman said the \"temporary\" closure would last a week.\n\n"
        + "Ivo Brandt praised the crew, while local fishermen called the plan a \"giveaway\" to developers.");
    assertNull(quote(qs, "green").speaker(), "a so-called term is the narrator's");
    assertNull(quote(qs, "smart").speaker(), "no speech verb governs it");
    assertNull(quote(qs, "tireless").speaker(), "a passive description");
    assertNull(quote(qs, "informal").speaker(), "a denied term is someone else's wording");
    assertNull(quote(qs, "temporary").speaker(), "an unnamed source stays unnamed");
    assertNull(quote(qs, "giveaway").speaker(), "a clause with its own subject");
  }
}
