package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * A noun for someone defined by another ("the owner", "the lawyer") names the one person the article showed in that
 * role by the word before the name or an apposition, and nobody when the role may be someone else's: two people or
 * an organisation shown so, a description of another business, someone else quoted in between.
 * Made-up articles through the whole pipeline.
 */
class QuoteRelationalRoleShownTest {

  @Test
  void theOneOwnerShownBeforeTheNameOrInAppositionIsTheSpeaker() {
    assertEquals("Greta Holm", quote(quotes("Orchard owner Greta Holm said the harvest was late.\n\n"
        + "Paul Wendt, a teacher from Elmsby, praised the barn.\n\n"
        + "\"The frost nearly ruined us,\" the owner said."), "The frost nearly").speaker());
    assertEquals("Greta Holm", quote(quotes("Greta Holm, owner of the Elmsby orchard, said the harvest was late.\n\n"
        + "Paul Wendt, a teacher from Elmsby, praised the barn.\n\n"
        + "\"The frost nearly ruined us,\" the owner said."), "The frost nearly").speaker());
    // Talking about someone else later in the sentence does not matter.
    assertEquals("Greta Holm", quote(quotes("The orchard will reopen in May, said owner Greta Holm.\n\n"
        + "The owner added that Paul Wendt had repaired the gate and that \"the frost nearly ruined us.\""),
        "the frost nearly").speaker());
    // The business after "of" is the one she was shown owning.
    assertEquals("Greta Holm", quote(quotes("Orchard owner Greta Holm said the harvest was late.\n\n"
        + "\"The frost nearly ruined us,\" the owner of the orchard said."), "The frost nearly").speaker());
  }

  @Test
  void anotherOwnerAnotherBusinessOrSomeoneQuotedBetweenStayUnnamed() {
    assertNull(quote(quotes("Orchard owner Greta Holm and barn owner Paul Wendt met on Monday.\n\n"
        + "\"The frost nearly ruined us,\" the owner said."), "The frost nearly").speaker());
    assertNull(quote(quotes("Orchard owner Greta Holm said the harvest was late.\n\n"
        + "\"The frost nearly ruined us,\" the owner of the cider barn said."), "The frost nearly").speaker());
    // An organisation carries the role too.
    assertNull(quote(quotes("Greta Holm, owner of the Elmsby orchard, said the harvest was late. Kestrel Farms, the "
        + "owner of the cider barn, declined to comment.\n\n"
        + "\"The frost nearly ruined us,\" the owner said."), "The frost nearly").speaker());
    assertNull(quote(quotes("The orchard will reopen in May, said owner Greta Holm.\n\n"
        + "\"We waited years for this,\" said Paul Wendt, a teacher from Elmsby.\n\n"
        + "\"The frost nearly ruined us,\" the owner said."), "The frost nearly").speaker());
    // A role that was never shown beside a name stays unnamed.
    assertNull(quote(quotes("Greta Holm said the harvest was late.\n\n"
        + "\"The frost nearly ruined us,\" the owner said."), "The frost nearly").speaker());
  }
}
