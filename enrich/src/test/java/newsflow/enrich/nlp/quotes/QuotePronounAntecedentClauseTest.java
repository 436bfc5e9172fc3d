package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * "he"/"she" and the clauses of the sentence before: a subject past a long apposition with a relative clause, a
 * person named only in an aside, a subject the quote talks about, and a clause coordinated by "and".
 */
class QuotePronounAntecedentClauseTest {

  @Test
  void theSubjectPastAnAppositionWithARelativeClauseIsTheReporter() {
    List<Quote> qs = quotes("Greta Holm Lindqvist, chair of the Northern Board for Rail Safety, which organised the "
        + "minister's tour of the depots on Friday, said Gomez raised several points. \"The tunnel has to come "
        + "first,\" she said.");
    assertEquals("Greta Holm Lindqvist", quote(qs, "The tunnel has to come first").speaker());
  }

  @Test
  void theSubjectPastAShortAppositionStaysTheReporter() {
    List<Quote> qs = quotes("Greta Lindqvist, chair of the Northern Board for Rail Safety, said Gomez raised several "
        + "points. \"The tunnel has to come first,\" she said.");
    assertEquals("Greta Lindqvist", quote(qs, "The tunnel has to come first").speaker());
  }

  @Test
  void aPersonNamedOnlyInParenthesesDoesNotCompete() {
    List<Quote> qs = quotes("Wages are no worry for Ivan Okafor (his predecessor Pavel Lund froze them for years), but "
        + "morale is. \"We need new faces,\" he said.");
    assertEquals("Ivan Okafor", quote(qs, "We need new faces").speaker());
  }

  @Test
  void aPersonNamedOnlyBetweenDashesDoesNotCompete() {
    List<Quote> qs = quotes("Ivan Okafor took charge of the depot in March.\n\nWages are no worry for Okafor - his "
        + "predecessor Pavel Lund froze them for years - but morale is. \"We need new faces,\" he said.");
    assertEquals("Ivan Okafor", quote(qs, "We need new faces").speaker());
  }

  @Test
  void twoPeopleOutsideTheAsideAreStillAmbiguous() {
    List<Quote> qs = quotes("Wages are no worry for Ivan Okafor or Tomas Reyes - their predecessor Pavel Lund froze "
        + "them for years - but morale is. \"We need new faces,\" he said.");
    assertNull(quote(qs, "We need new faces").speaker());
  }

  @Test
  void aSubjectTheQuoteTalksAboutLeavesTheOtherPerson() {
    List<Quote> qs = quotes("Kim Quist talked Pavel Dorn into running the museum, and the retired curator hopes to "
        + "reopen it by spring. \"Quist never takes no for an answer,\" he said.");
    assertEquals("Pavel Dorn", quote(qs, "Quist never takes no").speaker());
  }

  @Test
  void aSubjectTheQuoteTalksAboutWithTwoOthersLeavesNobody() {
    List<Quote> qs = quotes("Kim Quist talked Pavel Dorn and Ivan Brook into running the museum. \"Quist never takes "
        + "no for an answer,\" he said.");
    assertNull(quote(qs, "Quist never takes no").speaker());
  }

  @Test
  void aSubjectTheQuoteTalksAboutLeavesNoOneOfTheOtherSex() {
    List<Quote> qs = quotes("Tomas Quist talked Julia Dorn into running the museum. \"Quist never takes no for an "
        + "answer,\" he said.");
    assertNull(quote(qs, "Quist never takes no").speaker());
  }

  @Test
  void aPronounAfterAndMeansTheOnePersonOfItsSexInTheClauseBefore() {
    List<Quote> qs = quotes("Hanna Berg said she had sat on a panel with the retired judge Lars Moe, and he had warned "
        + "that \"nobody reads the small print.\"");
    assertEquals("Lars Moe", quote(qs, "nobody reads the small print").speaker());
  }

  @Test
  void aPronounAfterAndWithTwoPeopleOfItsSexBeforeIsNobody() {
    List<Quote> qs = quotes("Hanna Berg said she had sat on a panel with Lars Moe and Pavel Dorn, and he had warned "
        + "that \"nobody reads the small print.\"");
    assertNull(quote(qs, "nobody reads the small print").speaker());
  }

  @Test
  void aPronounAfterAndPastTheSamePronounKeepsItsChain() {
    List<Quote> qs = quotes("Mara Voss took over the farm in 2019.\n\nShe admitted she had wired the funds to Dara "
        + "Quill while the bank was shut, and she said \"the deal had to stay alive.\"");
    assertEquals("Mara Voss", quote(qs, "the deal had to stay alive").speaker());
  }

  @Test
  void aPersonAskedAboutIsStillNotThePronoun() {
    List<Quote> qs = quotes("Asked about Lord Kemp, he said \"nobody reads the small print.\"");
    assertNull(quote(qs, "nobody reads the small print").speaker());
  }
}
