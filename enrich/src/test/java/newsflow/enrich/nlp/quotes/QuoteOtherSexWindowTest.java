package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * "he"/"she" looking back past nearer sentences whose only people the article shows to be of the other sex: such a
 * sentence does not use up the pronoun's window. A sex only guessed from a given name, or a noun of the pronoun's
 * sex in such a sentence, keeps the window as it was; past such sentences only someone the article shows to be of
 * the pronoun's sex is taken. Made-up sentences throughout.
 */
class QuoteOtherSexWindowTest {

  @Test
  void sentencesAboutAManShownByTheArticleAreReadPast() {
    String text = "Ann Quill had surgery in 2015. Her son, director Pavel Dane, remembers it as a hard time. "
        + "“My mother came home singing,” he said. “It was a shock,” Dane laughed.\n\n"
        + "The actress was not looking for a new career. “I had liked music before,” she said.";
    assertEquals("Pavel Dane", quote(quotes(text), "My mother came home").speaker());
    assertEquals("Ann Quill", quote(quotes(text), "I had liked music").speaker());
  }

  @Test
  void aManShownByHonorificsIsReadPast() {
    String text = "Ann Roe had surgery in May. Mr. Ivo Dahl drove to the clinic. Dahl stayed a week. "
        + "Mr. Dahl left on Monday.\n\n“I had liked music before,” she said.";
    assertEquals("Ann Roe", quote(quotes(text), "I had liked music").speaker());
  }

  @Test
  void aNounOfThePronounsSexInTheSentencePassedKeepsTheWindow() {
    String text = "Ann Quill had surgery in 2015. Her son, director Pavel Dane, remembers it as a hard time. "
        + "“My mother came home singing,” he said. “It was a shock,” Dane laughed. Dane thanked his wife.\n\n"
        + "“I had liked music before,” she said.";
    assertNull(quote(quotes(text), "I had liked music").speaker());
  }

  @Test
  void aSexGuessedFromTheGivenNameKeepsTheWindow() {
    String text = "Ann Roe had surgery in May. Mr. Ivo Dahl drove to the clinic. Dahl stayed a week. "
        + "Sam Vick visited on Sunday. Mr. Dahl left on Monday.\n\n“I had liked music before,” she said.";
    assertNull(quote(quotes(text), "I had liked music").speaker());
  }

  @Test
  void pastTheOtherSexOnlySomeoneShownToBeOfThePronounsSex() {
    String text = "Ivo Ford published nine novels. Critics call them dense. “Each plot hides a riddle,” said Lee Moss, "
        + "who edited two of them.\n\nThe poet Ann Lund once told me how to read them. “Start from the end,” she said. "
        + "When readers asked him for clues, he would answer, “Clues spoil it.”";
    assertEquals("Ann Lund", quote(quotes(text), "Start from the end").speaker());
    assertNull(quote(quotes(text), "Clues spoil it").speaker());
  }
}
