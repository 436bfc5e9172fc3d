package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * "Fisherman Tomas Vell: “...”": a person's name alone before a colon, opening its paragraph, labels the quoted words;
 * a heading in capitals before the colon names no one. Made-up sentences, whole pipeline.
 */
class QuoteNameLabelTest {

  @Test
  void aNameOpeningItsParagraphLabelsTheQuote() {
    String text = "Residents spoke at the hearing on Monday.\n\n"
        + "Fisherman Tomas Vell: “The catch has halved since last year.”";
    assertEquals("Tomas Vell", quote(quotes(text), "The catch").speaker());
  }

  @Test
  void aHeadingInCapitalsNamesNoOne() {
    String text = "The team lost again on Saturday.\n\nCOACH'S CORNER: “We were unlucky today and we know it.”";
    assertNull(quote(quotes(text), "We were").speaker());
  }
}
