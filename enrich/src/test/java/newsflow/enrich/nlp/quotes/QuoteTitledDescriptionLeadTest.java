package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * A "he"/"she" cue after a sentence led by "the" + a title ("the commissioner praised ...") that the article gave one
 * named person ("Harbour Commissioner Nadia Osei"): the description is that person, so the pronoun is too, even when
 * someone else of the same sex is named in that sentence as no subject. The person's sex, where the article shows
 * it, must agree with the pronoun. Made-up sentences, whole pipeline.
 */
class QuoteTitledDescriptionLeadTest {

  @Test
  void aTitledDescriptionLeadsPastAnotherWomanNamedAsNoSubject() {
    List<Quote> qs = quotes("Harbour Commissioner Nadia Osei inspected the new breakwater on Friday.\n\n"
        + "After a long walk along the pier with engineer Lena Haas, the commissioner praised the crews for their "
        + "speed.\n\n“The wall held through two storms,” she said.");
    assertEquals("Nadia Osei", quote(qs, "The wall held").speaker());
  }

  @Test
  void aTitledDescriptionLeadsPastAnotherManNamedInAFrontedClause() {
    List<Quote> qs = quotes("Transport Secretary Colm Feeney toured the rail depot in Derby on Monday.\n\n"
        + "Asked about the strike threatened by driver Aidan Roche, the secretary said talks would go on all week.\n\n"
        + "“Nobody wants the trains to stop,” he said.");
    assertEquals("Colm Feeney", quote(qs, "Nobody wants").speaker());
  }

  @Test
  void thePersonOfTheOtherSexIsNotTaken() {
    List<Quote> qs = quotes("Harbour Commissioner Nadia Osei inspected the new breakwater on Friday. Ms Osei has "
        + "run the port board since 2019.\n\n"
        + "After a long walk along the pier with engineer Lena Haas, the commissioner praised the crews for their "
        + "speed.\n\n“The wall held through two storms,” he said.");
    assertNotEquals("Nadia Osei", quote(qs, "The wall held").speaker());
  }

  @Test
  void aDescriptionNoNamedPersonHoldsStillStopsThePronoun() {
    List<Quote> qs = quotes("Chef Marco Bellini opened his third restaurant in Leeds last spring.\n\n"
        + "Despite a shortage of cooks trained by Paolo Ferri, the stranger has hired twelve people since March.\n\n"
        + "“Good kitchens grow their own staff,” he said.");
    assertNull(quote(qs, "Good kitchens").speaker());
  }

  @Test
  void aTitledDescriptionLeadingAFrontedClauseIsThePronounsPerson() {
    List<Quote> qs = quotes("Fire Chief Marta Quill visited the flooded station at Elmbury on Tuesday.\n\n"
        + "When the chief walked into the soaked garage, she told the crew: “Drying it out takes a month.”");
    assertEquals("Marta Quill", quote(qs, "Drying it out").speaker());
  }

  @Test
  void theJudgeIsTheHolderOfATitleEndingInJustice() {
    List<Quote> qs = quotes("Appeal Court Justice Tobias Renner heard the fishing licence case in March. "
        + "“The rules were applied unevenly,” Justice Renner said.\n\n"
        + "While the judge thanked the harbour board for keeping its ledgers, he told the court that small boats "
        + "had paid fines “far too high” for years.\n\n“The board must refund them,” the judge said.");
    assertEquals("Tobias Renner", quote(qs, "far too high").speaker());
    assertEquals("Tobias Renner", quote(qs, "The board must refund").speaker());
  }

  @Test
  void aFrontedDescriptionOfAPersonOfTheOtherSexStaysUnnamed() {
    List<Quote> qs = quotes("Fire Chief Marta Quill visited the flooded station at Elmbury on Tuesday. Ms Quill "
        + "has led the service since 2018.\n\n"
        + "When the chief walked into the soaked garage, he told the crew: “Drying it out takes a month.”");
    assertNull(quote(qs, "Drying it out").speaker());
  }

  @Test
  void aJusticeMinisterIsNoJudge() {
    List<Quote> qs = quotes("Justice Minister Greta Holm opened the new courthouse in Tarrow on Friday.\n\n"
        + "Though the judge admired the oak benches, she told reporters the cells were “far from finished”.");
    assertNull(quote(qs, "far from finished").speaker());
  }
}
