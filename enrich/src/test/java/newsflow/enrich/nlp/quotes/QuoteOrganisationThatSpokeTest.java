package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * "the group said", "the company said" after an organisation that spoke in an earlier sentence whose later names
 * (a place, a town) are only what it spoke of; and "it said" after a chain of sentences whose subject "It" acts.
 * Made-up sentences, whole pipeline.
 */
class QuoteOrganisationThatSpokeTest {

  @Test
  void theGroupIsTheOrganisationThatSpokeBeforeAPlace() {
    String text = "Writing to dairies across the county, the Upland Cheesemakers Guild said it would stay away from the "
        + "harvest show at Marlow Green over stall fees.\n\n\"Small dairies cannot pay twice what the big ones pay,\" the group said.";
    assertEquals("Upland Cheesemakers Guild", quote(quotes(text), "Small dairies").speaker());
  }

  @Test
  void theCompanyReachesBackPastTwoSentencesWithoutNames() {
    String text = "Quillon Textiles said it had raised prices in Norway because local mills pay more for wool there."
        + "\n\nWool is priced by each country's own auction. It now expects the auction rules to change.\n\n"
        + "\"We will review every supply contract before the winter,\" the company said.";
    assertEquals("Quillon Textiles", quote(quotes(text), "We will review").speaker());
  }

  @Test
  void anOrganisationThatDidNotSpeakOrIsNotAloneLeavesItUnnamed() {
    String silent = "Quillon Textiles opened a new mill in Norway near the port of Ardvik last spring.\n\n"
        + "\"We will review every supply contract before the winter,\" the company said.";
    assertNull(quote(quotes(silent), "We will review").speaker());
    String two = "Quillon Textiles said it had sued Brantley Weaving Mills over a patent on a dye used in Norway.\n\n"
        + "\"We will review every supply contract before the winter,\" the company said.";
    assertNull(quote(quotes(two), "We will review").speaker());
  }

  @Test
  void aPersonSpeakingInTheSameSentenceLeavesItUnnamed() {
    String text = "The Upland Cheesemakers Guild said it would boycott the fair, and Mara Kell, a farmer, said the "
        + "fees at Marlow Green were too high.\n\n\"Small dairies cannot pay twice what the big ones pay,\" the group "
        + "said.";
    assertNull(quote(quotes(text), "Small dairies").speaker());
  }

  @Test
  void itFollowsEarlierSentencesWhoseSubjectItActs() {
    String text = "The Fenmoor Canal Trust told reporters it now owns the derelict lock keeper's cottage.\n\n"
        + "It hopes to open the building as a museum. It also asked volunteers to help clear the towpath.\n\n"
        + "\"The cottage tells the story of three generations of keepers,\" it said.";
    assertEquals("Fenmoor Canal Trust", quote(quotes(text), "The cottage tells").speaker());
  }

  @Test
  void anItChainEndingAtAThingIsNobody() {
    String text = "The new ferry left the yard at Stanmere on Friday.\n\n"
        + "It carries four hundred passengers and sixty cars.\n\n"
        + "\"Crossings will be quicker and quieter,\" it said.";
    assertNull(quote(quotes(text), "Crossings will").speaker());
  }
}
