package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * "the company said", "the firm said", "the group said", "the agency said" after an organisation named only as
 * where commentators work or where figures come from: the description refers back to the organisation that spoke
 * before it, or to nobody. Made-up sentences, whole pipeline.
 */
class QuoteOrganisationAffiliationTest {

  @Test
  void economistsAtAFirmAreNotTheCompany() {
    String text = "Brenmoor Dairy said milk collections dropped sharply in the spring.\n\n"
        + "Economists at Fairlow Capital had predicted a smaller decline.\n\n"
        + "\"Our farmers had the driest April in decades,\" the company said.";
    assertEquals("Brenmoor Dairy", quote(quotes(text), "Our farmers had").speaker());
  }

  @Test
  void aNamedAnalystsEmployerIsNotTheFirm() {
    String apposed = "Corrin Airways reported a rise in bookings for the summer season.\n\n"
        + "Sela Varga, Hobbs & Lyle's senior analyst, called the outlook too rosy.\n\n"
        + "\"Families are still choosing to travel,\" the firm said.";
    assertEquals("Corrin Airways", quote(quotes(apposed), "Families are still").speaker());
    String before = "Grey Heron Brewing said its sales of cask ale rose by a fifth.\n\n"
        + "Fairlow Capital analyst Tom Akers said the brewer had gained from warm weather.\n\n"
        + "\"Pubs keep ordering more kegs than last summer,\" the firm said.";
    assertEquals("Grey Heron Brewing", quote(quotes(before), "Pubs keep ordering").speaker());
  }

  @Test
  void theSourceOfFiguresIsNotTheGroupOrTheAgency() {
    String group = "The Marsh Walkers Association said footpath repairs in the county had stalled.\n\n"
        + "Only a third of the damaged paths were mended last year, according to figures from Penrose Surveys.\n\n"
        + "\"Volunteers cannot do this alone,\" the group said.";
    assertEquals("Marsh Walkers Association", quote(quotes(group), "Volunteers cannot").speaker());
    String agency = "The Pellworth Water Authority said reservoir levels were lower than in any June on record.\n\n"
        + "A survey by Dunning Hydrology found leaks in half the mains.\n\n"
        + "\"We are asking households to save water,\" the agency said.";
    assertEquals("Pellworth Water Authority", quote(quotes(agency), "We are asking").speaker());
  }

  @Test
  void withNoOrganisationThatSpokeTheDescriptionStaysUnnamed() {
    String alone = "Economists at Fairlow Capital had predicted a smaller decline in milk collections.\n\n"
        + "\"Our farmers had the driest April in decades,\" the company said.";
    assertNull(quote(quotes(alone), "Our farmers had").speaker());
    String silent = "A county court fined Brenmoor Dairy for polluting a stream last winter.\n\n"
        + "Economists at Fairlow Capital had predicted a smaller penalty.\n\n"
        + "\"We have fixed the drains,\" the company said.";
    assertNull(quote(quotes(silent), "We have fixed").speaker());
    String rival = "Brenmoor Dairy said milk collections dropped sharply in the spring.\n\n"
        + "Economists at Fairlow Capital had predicted a smaller decline, and a rival company cut its prices.\n\n"
        + "\"Our farmers had the driest April in decades,\" the company said.";
    assertNull(quote(quotes(rival), "Our farmers had").speaker());
  }

  @Test
  void theObjectOfAnotherCompanysWordsIsNotTheCompany() {
    String text = "Tallis Freight told its drivers it had bought Onslow Storage Ltd for an undisclosed sum.\n\n"
        + "\"The depots give us a foothold in the north,\" the company said.";
    assertNull(quote(quotes(text), "The depots give").speaker());
  }

  @Test
  void theBankIsTheOneThatSpokeNotTheOneWhoseEconomistsForecast() {
    String text = "Kestrel Bank said its mortgage lending grew in March.\n\n"
        + "Economists at Harrow Bank had forecast a slowdown.\n\n"
        + "\"Households are still borrowing,\" the lender said.";
    assertEquals("Kestrel Bank", quote(quotes(text), "Households are still").speaker());
    String alone = "Economists at Harrow Bank had forecast a slowdown in mortgage lending.\n\n"
        + "\"Households are still borrowing,\" the lender said.";
    assertNull(quote(quotes(alone), "Households are still").speaker());
  }
}
