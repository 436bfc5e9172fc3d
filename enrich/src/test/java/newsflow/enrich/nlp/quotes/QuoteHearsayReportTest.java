package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * "Vale was heard shouting “...”, the Courier reported": words passed on by a reporter ("..., X reported",
 * "according to X") belong to the one who said them when the quote's own sentence has a speech verb before it;
 * the reporter speaks only when nobody else is given the words. Made-up sentences, whole pipeline.
 */
class QuoteHearsayReportTest {

  @Test
  void theOneHeardShoutingSpeaksNotTheNewspaperReportingIt() {
    String text = "Marta Vale, 52, had argued with her tenant for weeks. "
        + "Ms Vale was heard shouting “Get out of my house!”, the Daily Courier reported.";
    assertEquals("Marta Vale", quote(quotes(text), "Get out").speaker());
  }

  @Test
  void theSubjectOfSaidSpeaksNotTheRadioItIsAccordingTo() {
    String text = "Councillor Ebba Strand said “we were never consulted about the bypass,” according to Lowshire Radio.";
    assertEquals("Ebba Strand", quote(quotes(text), "we were never").speaker());
  }

  @Test
  void theWriterSpeaksNotThePaperReportingWhatWasWritten() {
    String text = "The mayor, Pell Haverly, wrote on social media that “the fire is under control,” "
        + "the Marsden Herald reported.";
    assertEquals("Pell Haverly", quote(quotes(text), "the fire").speaker());
  }

  @Test
  void anOutletSayingWhatSomeoneSaidOnlyReportsIt() {
    String text = "Councillor Ebba Strand said “we were never consulted about the bypass,” the Lowshire Gazette said. "
        + "Jonas Ferrick told the court “I never saw the money,” the newspaper said.";
    assertEquals("Ebba Strand", quote(quotes(text), "we were never").speaker());
    assertEquals("Jonas Ferrick", quote(quotes(text), "I never").speaker());
  }

  @Test
  void theNewspaperSpeaksWhenNobodyElseIsGivenTheWords() {
    String text = "“The claims are false,” the Daily Courier said in an editorial on Sunday. "
        + "“Nobody was hurt,” the Kestrel News Agency reported.";
    assertEquals("Daily Courier", quote(quotes(text), "The claims").speaker());
    assertEquals("Kestrel News Agency", quote(quotes(text), "Nobody").speaker());
  }
}
