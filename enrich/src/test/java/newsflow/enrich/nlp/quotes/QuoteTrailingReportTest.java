package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * A trailing or parenthetical "he said" reports the words before it: a person named there as their subject is
 * talked about, not the one speaking ("Tomas Berg should “step aside”, he said" could mean Berg only as "he
 * said he should"). A fronted subordinate clause and a name with its own speech verb are left alone. Made-up
 * sentences throughout.
 */
class QuoteTrailingReportTest {

  @Test
  void personTheTrailingReportIsAboutIsNotItsSpeaker() {
    String text = "Critics on the council have long attacked the mayor. Tomas Berg should “step aside now,” he said.";
    assertNull(quote(quotes(text), "step aside now").speaker());
  }

  @Test
  void trailingReportGoesToTheOneQuotedBefore() {
    String text = "Ivar Lunde, the party leader, spoke first. “The vote was rigged,” Lunde said. "
        + "Tomas Berg should “step aside now,” he said.";
    assertEquals("Ivar Lunde", quote(quotes(text), "step aside now").speaker());
  }

  @Test
  void pastThePersonTalkedAboutSomeoneNeverQuotedIsNotCertain() {
    String text = "Ivar Lunde, the party leader, spoke on Monday. Tomas Berg should “step aside now,” he said.";
    assertNull(quote(quotes(text), "step aside now").speaker());
  }

  @Test
  void thePersonTalkedAboutIsNotTheSpeakerWhereNamedBeforeEither() {
    String text = "Tomas Berg resigned on Monday. Berg should “step aside now,” he said.";
    assertNull(quote(quotes(text), "step aside now").speaker());
  }

  @Test
  void parentheticalReportAndAShortAdjunct() {
    String text = "“The vote was rigged,” said Ivar Lunde, the party leader. Berg, he said, was “a disgrace to the office”.";
    assertEquals("Ivar Lunde", quote(quotes(text), "a disgrace").speaker());
    String later = "“The vote was rigged,” said Ivar Lunde, the party leader. Tomas Berg is “unfit to lead”, he said at noon.";
    assertEquals("Ivar Lunde", quote(quotes(later), "unfit to lead").speaker());
  }

  @Test
  void frontedSubordinateClauseMayNameTheSpeaker() {
    String text = "When Ann Lee arrived in Oslo, “it was bitterly cold,” she said.";
    assertEquals("Ann Lee", quote(quotes(text), "it was bitterly cold").speaker());
  }

  @Test
  void nameWithItsOwnSpeechVerbStillSpeaks() {
    String text = "“We won,” Ivo Brandt said, “and we will win again,” he added.";
    assertEquals("Ivo Brandt", quote(quotes(text), "and we will win again").speaker());
  }
}
