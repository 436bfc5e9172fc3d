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
 * "it" standing for a body that spoke in the sentence before: a country leading that sentence (speaking as its
 * government), and a statement whose sentence also holds a passive verb of telling ("The envoy was told that ...,
 * the statement said"), whose subject is only the one told. Made-up events.
 */
class QuoteItAfterCountryOrToldTest {

  @Test
  void itAfterACountryLeadingTheSentenceBeforeIsThatCountry() {
    List<Quote> qs = quotes("Court hearing\n\nMoldova did not attend the hearing on the river dam in The Hague on "
        + "Monday.\n\nIt argued in writing that no duty exists when \"the safety of a member state is put at risk by "
        + "the agency in question\".");
    assertEquals("Moldova", quote(qs, "the safety of a member state").speaker());
  }

  @Test
  void itAfterATellingPassiveAndAStatementIsTheStatementsAuthor() {
    List<Quote> qs = quotes("Envoy summoned\n\nOfficials on Monday summoned the envoy of Valdoria to lodge a protest, "
        + "the Ministry of Foreign Affairs said.\n\nIn a statement, it said the shelling had hurt several farmers.\n\n"
        + "The envoy was told that \"the shelling is a clear breach of the border accord,\" the statement said.\n\n"
        + "It said the envoy was warned that such \"reckless conduct\" threatens the peace of the region.");
    assertEquals("Ministry of Foreign Affairs", quote(qs, "the shelling is a clear breach").speaker());
    assertEquals("Ministry of Foreign Affairs", quote(qs, "reckless conduct").speaker());
  }

  @Test
  void itIsNoCountryWhenSomeoneElseSpeaksOrItIsAPlaceholderOrACity() {
    List<Quote> qs = quotes("Court hearing\n\nMoldova did not attend the hearing, Judge Tom Brandt said on Monday.\n\n"
        + "It argued that \"the safety of a member state is put at risk by the agency\".\n\n"
        + "Romania stayed away from the talks.\n\nIt is clear that \"the border accord is in trouble\".\n\n"
        + "Ostrava did not attend the hearing.\n\nIt argued that \"the safety of the town is at risk\".");
    assertNotEquals("Moldova", quote(qs, "the safety of a member state").speaker());
    assertNotEquals("Romania", quote(qs, "the border accord is in trouble").speaker());
    assertNull(quote(qs, "the safety of the town").speaker());
  }

  @Test
  void itAfterACountryAndAMinistrySpeakingIsTheMinistryAsBefore() {
    List<Quote> qs = quotes("Envoy summoned\n\nMoldova on Monday summoned the envoy of Valdoria over what it called "
        + "\"unprovoked shelling\" near the border, the Ministry of Foreign Affairs said.\n\n"
        + "\"The shelling must stop at once,\" it said.");
    assertEquals("Ministry of Foreign Affairs", quote(qs, "The shelling must stop").speaker());
  }
}
