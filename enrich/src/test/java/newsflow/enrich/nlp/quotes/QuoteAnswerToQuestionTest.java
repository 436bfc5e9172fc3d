package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * "A reporter asked Dana Ruiz whether she would run. “No,” she said": the answer is the person asked, not the one
 * asking; a request ("asked Tom Brandt to leave") is no question and leaves it unnamed. Made-up sentences, whole
 * pipeline.
 */
class QuoteAnswerToQuestionTest {

  @Test
  void thePersonAskedAnswers() {
    String text = "A reporter asked Dana Ruiz whether she would run again. “No,” she said.";
    assertEquals("Dana Ruiz", quote(quotes(text), "No").speaker());
    String about = "The host asked Tom Brandt about the budget. “We will balance it,” he replied.";
    assertEquals("Tom Brandt", quote(quotes(about), "We will").speaker());
  }

  @Test
  void aRequestIsNoQuestion() {
    String text = "The senator asked Tom Brandt to leave the room. “It is over,” he said.";
    assertNull(quote(quotes(text), "It is").speaker());
  }
}
