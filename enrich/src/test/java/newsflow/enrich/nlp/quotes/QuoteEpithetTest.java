package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * An epithet for the person just named or quoted ("the director said", "the 27-year-old added", "said the veteran
 * winger"): a definite singular description with a person noun as the subject of a speech cue refers to the salient
 * person, the last one named, when that person was a subject or a quote's speaker and nothing else fits. Made-up
 * articles through the whole pipeline, with what must stay unnamed.
 */
class QuoteEpithetTest {

  @Test
  void aBareDescriptionIsThePersonDescribedByItsVerb() {
    List<Quote> qs = quotes("The ferry museum reopens in May.\n\n"
        + "Nils Ardent, who directed the harbour opera last winter, has led the project since spring. \"Every room "
        + "tells the story of a crossing,\" the director said.");
    assertEquals("Nils Ardent", quote(qs, "Every room").speaker());
  }

  @Test
  void aDescriptionAfterAQuoteIsThatQuotesSpeaker() {
    List<Quote> qs = quotes("The Lowmoor Rovers won 3-2 on Saturday.\n\n"
        + "\"The second half was ours,\" Jonas Varberg said. \"Our midfield kept the ball on the left side,\" the "
        + "22-year-old left winger said.");
    assertEquals("Jonas Varberg", quote(qs, "Our midfield kept").speaker());
  }

  @Test
  void aTitledPersonIsTheDescriptionWithAnExtraModifier() {
    List<Quote> qs = quotes("Mayor Ruth Calloway said she would approve the harbour plan.\n\n"
        + "\"This plan will outlast all of us,\" the Liberal mayor said.");
    assertEquals("Ruth Calloway", quote(qs, "This plan will").speaker());
    qs = quotes("The vote is set for June. Gov. Ruth Calloway said she would approve the harbour plan.\n\n"
        + "\"This plan will outlast all of us,\" the Liberal governor said.");
    assertEquals("Ruth Calloway", quote(qs, "This plan will").speaker());
  }

  @Test
  void aTitleThatOnlyIdentifiesNeedsThePersonDescribedWithIt() {
    List<Quote> qs = quotes("Pavel Strand arrived late for the training session on Monday.\n\n"
        + "\"The younger players push me every day,\" said the Lowmoor coach.");
    assertNull(quote(qs, "The younger players").speaker());
  }

  @Test
  void aCharacterisingModifierDoesNotMakeARoleThePersonsWithoutADescription() {
    List<Quote> qs = quotes("Pavel Strand arrived late for the training session on Monday.\n\n"
        + "\"The younger players push me every day,\" said the mild-mannered coach.");
    assertNull(quote(qs, "The younger players").speaker());
    assertNull(quote(quotes("The Lowmoor Rovers won 2-0. Jonas Varberg scored twice. \"It was a fine game,\" the "
        + "veteran coach said."), "It was a fine game").speaker());
    assertEquals("Pavel Strand", quote(quotes("Coach Pavel Strand arrived late for the training session on Monday.\n\n"
        + "\"The younger players push me every day,\" said the mild-mannered coach."), "The younger players").speaker());
  }

  @Test
  void anAgeIsTheSalientPersonOrTheOneTheArticleGaveThatAge() {
    List<Quote> qs = quotes("Gregor Malm was released on bail in April.\n\n"
        + "\"I have never seen that money,\" the 41-year-old told reporters.");
    assertEquals("Gregor Malm", quote(qs, "I have never seen").speaker());
    // The writer names by age the one person whose age was given (see QuoteAgeEpithetTest), not the last one named.
    qs = quotes("Ada Renn, 41, was released on bail. Gregor Malm was also released.\n\n"
        + "\"I have never seen that money,\" the 41-year-old told reporters.");
    assertEquals("Ada Renn", quote(qs, "I have never seen").speaker());
  }

  @Test
  void aDescriptionPastAnotherPersonOrAPersonDescriptionStaysUnnamed() {
    List<Quote> qs = quotes("Harbour City manager Tomas Eld spoke after Rui Costa's three goals. The Portuguese "
        + "forward is wanted by two clubs. \"He was unstoppable,\" said the Harbour City boss.");
    assertNull(quote(qs, "He was unstoppable").speaker());
    qs = quotes("\"We will appeal,\" Lena Voss said. She thanked Mara Holt for her support. \"It was a long week,\" "
        + "said the veteran actor.");
    assertNull(quote(qs, "It was a long week").speaker());
  }

  @Test
  void indefinitePluralContrastiveAndPossessedDescriptionsStayUnnamed() {
    String first = "\"We defended well,\" Jonas Varberg said. ";
    assertNull(quote(quotes(first + "\"It was hard,\" a coach said."), "It was hard").speaker());
    assertNull(quote(quotes(first + "\"It was hard,\" the coaches said."), "It was hard").speaker());
    assertNull(quote(quotes(first + "\"It was hard,\" the other winger said."), "It was hard").speaker());
    assertNull(quote(quotes(first + "\"It was hard,\" the winger's father said."), "It was hard").speaker());
    assertNull(quote(quotes(first + "\"It was hard,\" the former winger said."), "It was hard").speaker());
  }

  @Test
  void aNounForSomeoneDefinedByAnotherIsNoEpithet() {
    assertNull(quote(quotes("Tomas Reed was convicted on Thursday. \"The ruling will be appealed,\" the lawyer said."),
        "The ruling will be").speaker());
    assertNull(quote(quotes("Tomas Reed was convicted on Thursday. \"The ruling will be appealed,\" the spokesman "
        + "said."), "The ruling will be").speaker());
  }

  @Test
  void theNounUsedBeforeForSomeoneElseOrAnotherHolderBlocksIt() {
    assertNull(quote(quotes("Jonas Varberg scored twice. His coach was pleased. \"It was a fine game,\" the "
        + "veteran coach said."), "It was a fine game").speaker());
    assertNull(quote(quotes("Coach Al Brecker watched from the stand. Jonas Varberg scored twice. \"It was a fine "
        + "game,\" the veteran coach said."), "It was a fine game").speaker());
    assertNull(quote(quotes("Winger Jonas Varberg scored twice. \"It was a fine game,\" the calm coach said."),
        "It was a fine game").speaker());
  }

  @Test
  void aSexWordAgainstTheKnownSexStaysUnnamed() {
    assertNull(quote(quotes("\"We lost a friend,\" Mr. Lorne Kettle said. \"It hurts,\" said the actress."),
        "It hurts").speaker());
  }

  @Test
  void quotedWordsOrANameAfterTheDescriptionThatAreAboutThePersonStayUnnamed() {
    assertNull(quote(quotes("\"We defended well,\" Jonas Varberg said. \"Varberg was superb,\" the veteran coach "
        + "said."), "Varberg was superb").speaker());
    assertNull(quote(quotes("\"We defended well,\" Jonas Varberg said. \"He was superb,\" the veteran coach said of "
        + "Varberg."), "He was superb").speaker());
  }
}
