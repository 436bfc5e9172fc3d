package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A person, then a description "the ... of ..." and a second name between commas before the cue ("Mira Holt, the
 * eldest daughter of the ferry line's founder, Jon, wrote ..."): the second name names the "of" phrase's person,
 * and the person opening the clause speaks. Made-up sentences.
 */
class QuoteRelationalDescriptionTest {

  private static final String LEAD = "Ferry sale\n\nThe ferry company was sold last week.\n\n";

  @Test
  void thePersonOpeningTheClauseSpeaksNotTheNameInsideTheDescription() {
    String text = LEAD + "Mira Holt, the eldest daughter of the ferry line's founder, Jon, wrote to shareholders "
        + "on Tuesday that the sale was a \"fair price for a tired fleet\".";
    assertEquals("Mira Holt", quote(quotes(text), "fair price").speaker());
  }

  @Test
  void aDescriptionThenANameWithoutAPersonBeforeItStillGivesTheName() {
    // Guards: with no person opening the clause the name in apposition is the subject, and a single
    // description keeps the person before it.
    String chair = LEAD + "The chair of the Holt Harbour Trust, Lars Brandvik, has told friends that the sale was a "
        + "\"great success for the town\".";
    assertEquals("Lars Brandvik", quote(quotes(chair), "great success").speaker());
    String nominal = LEAD + "His brother, the owner of the yard, Lars Brandvik, said the sale was a \"great success "
        + "for the town\".";
    assertEquals("Lars Brandvik", quote(quotes(nominal), "great success").speaker());
    String single = LEAD + "Otto Brandvik, the owner of the yard, said the sale was a \"great success for the town\".";
    assertEquals("Otto Brandvik", quote(quotes(single), "great success").speaker());
  }
}
