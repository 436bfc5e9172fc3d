package newsflow.enrich.nlp.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import newsflow.enrich.nlp.Document;
import newsflow.enrich.nlp.Quote;
import newsflow.enrich.nlp.text.TextPipeline;
import org.junit.jupiter.api.Test;

/**
 * Straight single quotation marks as the main quotation marks (the British style: 'We lost,' he said), a quotation
 * over several paragraphs in that style, quoted crossheads, and a bracketed gloss of a quoted name.
 */
class QuoteStraightSingleTest {

  private static List<String> spans(String text) {
    Document d = TextPipeline.instance().process(text);
    return new QuoteFinder().find(d).stream().map(q -> q.text(text)).collect(Collectors.toList());
  }

  @Test
  void straightSingleQuotesAreSpeech() {
    List<Quote> qs = PipelineQuotes.quotes("Ferry fares to rise\n\n"
        + "'We have held prices for three winters and cannot do so again,' Maren Tulloch, the operator's chief "
        + "executive, told reporters. 'Fuel has doubled.'\n\nPassengers' groups said they would appeal.");
    assertEquals("We have held prices for three winters and cannot do so again,",
        PipelineQuotes.quote(qs, "We have held").text());
    assertEquals("Maren Tulloch", PipelineQuotes.quote(qs, "We have held").speaker());
    assertEquals("Maren Tulloch", PipelineQuotes.quote(qs, "Fuel has doubled").speaker());
  }

  @Test
  void speechOverSeveralParagraphsReopensEachOne() {
    List<Quote> qs = PipelineQuotes.quotes("Coach stays calm\n\n"
        + "Rosa Ventner, the club's coach, said: 'Nobody has called me about the job.\n\n"
        + "'I have a contract here and the players are doing well.\n\n"
        + "'We will see what the summer brings.'\n\nThe club play again on Saturday.");
    assertEquals("Nobody has called me about the job.", PipelineQuotes.quote(qs, "Nobody has").text());
    assertEquals("Rosa Ventner", PipelineQuotes.quote(qs, "Nobody has").speaker());
    assertEquals("Rosa Ventner", PipelineQuotes.quote(qs, "I have a contract").speaker());
    assertEquals("Rosa Ventner", PipelineQuotes.quote(qs, "We will see").speaker());
  }

  @Test
  void apostrophesOpenNoQuote() {
    String text = "Stalls sold fish 'n' chips off a '70s menu, the growers' board kept the barn's doors open "
        + "'til dawn, and Ada Fennis' tractor pulled 'em home.";
    assertTrue(spans(text).isEmpty(), spans(text).toString());
  }

  @Test
  void aPluralPossessiveInsideTheQuoteDoesNotCloseIt() {
    assertEquals(List.of("The nurses' rota changes were never agreed,"),
        spans("'The nurses' rota changes were never agreed,' a ward sister wrote."));
    // With no later closing mark the possessive-looking one closes it: the quoted name of a team.
    assertEquals(List.of("Kestrels"), spans("The 'Kestrels' are unbeaten on their own pitch since spring."));
  }

  @Test
  void aLineWithoutClosingMarkIsNoQuotationOverParagraphs() {
    // The next paragraph opens no quote: no quote is guessed for the line left open.
    assertEquals(List.of(), spans("'Storm Ada: what we know so far\n\nThe storm reached the coast at dawn."));
  }

  @Test
  void aQuotedCrossheadDoesNotTakeTheSpeakerAbove() {
    List<Quote> qs = PipelineQuotes.quotes("Mill fire\n\n"
        + "\"Everyone in the parish is shaken,\" Reverend Aidan Crole told neighbours.\n\n"
        + "'Arson inquiry opened'\n\n"
        + "Fuel had been spread around the mill before it was set alight.\n\nThe road remains closed.");
    assertNull(PipelineQuotes.quote(qs, "Arson inquiry opened").speaker());
  }

  @Test
  void aQuotedCrossheadKeepsTheSpeakerWhoGoesOnBelowIt() {
    List<Quote> qs = PipelineQuotes.quotes("Budget row\n\n"
        + "Finance Minister Olav Brekke defended the cuts. \"We had no other choice,\" he said.\n\n"
        + "'Harder years are behind us'\n\n"
        + "\"Surpluses will return by the autumn,\" Brekke insisted.");
    assertEquals("Olav Brekke", PipelineQuotes.quote(qs, "Harder years").speaker());
  }

  @Test
  void aBracketedGlossOfAQuotedNameIsNobodysWords() {
    List<Quote> qs = PipelineQuotes.quotes("Striker returns\n\n"
        + "Coach Ivo Brandt welcomed back the striker, once nicknamed 'Il Muro' ('Stonewall') by fans, after "
        + "his long injury. \"He is ready,\" Brandt said.");
    assertNull(PipelineQuotes.quote(qs, "Stonewall").speaker());
  }

  @Test
  void nestedSingleQuotesStayInsideDoubleOnes() {
    assertEquals(List.of("My aunt shouted, 'Shut the gate,' so I ran back,"),
        spans("\"My aunt shouted, 'Shut the gate,' so I ran back,\" Lena Varga recalled."));
  }
}
