package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * "the Tarn senator said" among several senators: the one person shown in that office with that place ("Tarn Sen.
 * Mara Quill", "Sen. Ivo Brandt of Tarn"); nobody when no one or two were shown so, or when an unnamed holder came
 * since. Made-up sentences, whole pipeline.
 */
class QuoteOfficeOfPlaceTest {

  @Test
  void thePlaceBeforeTheTitleTellsWhichSenator() {
    String text = "Tarn Sen. Mara Quill spoke in Hollin on Monday. Sen. Ivo Brandt also spoke at the fair.\n\n"
        + "“We will carry this region by a wide margin,” the Tarn senator said.";
    assertEquals("Mara Quill", quote(quotes(text), "We will").speaker());
  }

  @Test
  void thePlaceAfterTheNameTellsWhichGovernor() {
    String text = "Gov. Ivo Brandt of Tarn toured the dairy on Monday with Gov. Mara Quill.\n\n"
        + "“The herd is the pride of our valley,” the Tarn governor told farmers.";
    assertEquals("Ivo Brandt", quote(quotes(text), "The herd").speaker());
  }

  @Test
  void noOneOrTwoShownWithThePlaceLeaveItUnnamed() {
    String none = "Sen. Mara Quill spoke in Hollin on Monday. Sen. Ivo Brandt also spoke at the fair.\n\n"
        + "“We will carry this region by a wide margin,” the Tarn senator said.";
    assertNull(quote(quotes(none), "We will").speaker());
    String two = "Tarn Sen. Mara Quill spoke in Hollin on Monday. Tarn Sen. Ivo Brandt also spoke at the fair.\n\n"
        + "“We will carry this region by a wide margin,” the Tarn senator said.";
    assertNull(quote(quotes(two), "We will").speaker());
  }

  @Test
  void anUnnamedHolderSinceIsTheOneMeant() {
    String text = "Tarn Sen. Mara Quill spoke in Hollin on Monday. Sen. Ivo Brandt also spoke at the fair. "
        + "Later a Tarn senator who asked not to be named met the growers.\n\n"
        + "“We will carry this region by a wide margin,” the Tarn senator said.";
    assertNull(quote(quotes(text), "We will").speaker());
  }
}
