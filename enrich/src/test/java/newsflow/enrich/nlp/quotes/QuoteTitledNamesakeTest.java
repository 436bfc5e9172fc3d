package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * Two relatives named in full share a family name; a later "Title Surname" is the one of them who holds that
 * title, not the namesake named last or named most often (made-up articles through the whole pipeline).
 */
class QuoteTitledNamesakeTest {

  @Test
  void aTitleBeforeTheSharedFamilyNamePicksItsHolderOverTheNamesakeNamedLast() {
    List<Quote> qs = quotes("Sheriff Jonas Ott closed the mountain road after the rockfall on Tuesday. His sister, "
        + "Professor Lena Ott, who has studied the slope for years, was not surprised.\n\n"
        + "\"The cliff has been moving for a decade and nobody paid for the nets,\" Sheriff Ott said.");
    assertEquals("Jonas Ott", quote(qs, "The cliff").speaker());
  }

  @Test
  void aTitleBeforeTheSharedFamilyNamePicksItsHolderOverTheNamesakeNamedMoreOften() {
    List<Quote> qs = quotes("Judge Ida Marsh opened the inquiry into the ferry collision. Her nephew, Councillor "
        + "Paul Marsh, sat in the gallery.\n\n"
        + "Councillor Marsh told the inquiry the crossing had been unsafe for years. \"Nobody listened to the "
        + "crews,\" Councillor Marsh said.\n\n"
        + "\"This hearing will listen,\" Judge Marsh replied.");
    assertEquals("Paul Marsh", quote(qs, "Nobody listened").speaker());
    assertEquals("Ida Marsh", quote(qs, "This hearing").speaker());
  }

  @Test
  void aTitleBeforeTheSharedFamilyNameSettlesOtherwiseUnclearNamesakes() {
    List<Quote> qs = quotes("Governor Rosa Kemp signed the water bill at noon, with her husband, Senator Alan Kemp, "
        + "beside her.\n\n"
        + "\"Every town will get its share,\" Governor Kemp said, before the senator left for the airport.");
    assertEquals("Rosa Kemp", quote(qs, "Every town").speaker());
  }
}
