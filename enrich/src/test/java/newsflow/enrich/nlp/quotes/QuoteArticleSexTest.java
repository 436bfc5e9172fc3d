package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * A person's sex as the article shows it, for given names outside the list: a possessive or reflexive pronoun in
 * the clause the person opens as subject, a kinship noun after an age in apposition; a bare family name two
 * relatives share goes to the one whose sex the cue's honorific or pronoun fits. Made-up sentences throughout.
 */
class QuoteArticleSexTest {

  @Test
  void possessiveInTheSubjectsOwnClauseStatesTheSex() {
    String text = "Ilar Vosk opened the shop in May. Tamsin Qel lost her job a week later.\n\n“It was a risk,” he said.";
    assertEquals("Ilar Vosk", quote(quotes(text), "It was a risk").speaker());
  }

  @Test
  void possessiveAfterASpeechVerbMayBeSomeoneElses() {
    String text = "Brenna Hask opened the school in 1990. Ilar Vosk said her death was a loss to the town.\n\n"
        + "“She taught my children,” he said.";
    assertEquals("Ilar Vosk", quote(quotes(text), "She taught").speaker());
  }

  @Test
  void kinshipNounAfterAnAgeStatesTheSex() {
    String text = "Brenna Hask runs the ferry. Odel Varrin, 61, a widow, lives by the river. Ilar Vosk lost his car.\n\n"
        + "“The water came fast,” she said.";
    assertEquals("Odel Varrin", quote(quotes(text), "The water").speaker());
  }

  @Test
  void familyNameWithAPronounJoinsTheRelativeOfThatSex() {
    String text = "Sarah Connor and her brother Tom Connor run the garage. Connor said she would hire two mechanics.\n\n"
        + "“We are busy,” she said.";
    assertEquals("Sarah Connor", quote(quotes(text), "We are busy").speaker());
  }

  @Test
  void honorificPicksTheRelativeOfItsSex() {
    String text = "Anna Brisk and her son Peter Brisk run the farm. “The rain ruined us,” Mrs. Brisk said.";
    assertEquals("Anna Brisk", quote(quotes(text), "The rain").speaker());
  }

  @Test
  void bareFamilyNameOfTwoNamedTogetherIsNobody() {
    String text = "Anna Brisk and her son Peter Brisk run the farm. “The rain ruined us,” Brisk said.";
    assertNull(quote(quotes(text), "The rain").speaker());
  }
}
