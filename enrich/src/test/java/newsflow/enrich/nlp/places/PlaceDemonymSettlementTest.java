package newsflow.enrich.nlp.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Document;
import newsflow.enrich.nlp.ResolvedPlace;
import org.junit.jupiter.api.Test;

/**
 * Places (placesrecall): a settlement the gazetteer lacks, written after "the &lt;nationality&gt; village/town
 * of", lies in that nationality's country (country only, no point); a division written after the whole name
 * qualifies it. Made-up sentences and names.
 */
class PlaceDemonymSettlementTest {
  private static final PlaceResolver RESOLVER = PlaceResolverTest.RESOLVER;

  private static List<ResolvedPlace> resolve(String text, String... names) {
    return RESOLVER.resolve(new Document(text, List.of(), List.of()), PlaceResolverTest.placeEntities(text, names));
  }

  @Test
  void anUnknownVillageAfterANationalityLiesInThatCountry() {
    List<ResolvedPlace> out = resolve("A shell fell close to the Moldovan hamlet of Qorvennat on Monday.", "Qorvennat");
    assertEquals(1, out.size());
    assertEquals("MD", out.get(0).countryCode());
    assertNull(out.get(0).lat());
    List<ResolvedPlace> town = resolve("Two soldiers died in the Afghan border town of Tarwazgai, officials said.", "Tarwazgai");
    assertEquals("AF", town.get(0).countryCode());
    assertEquals("IQ", resolve("Police in the northern Iraqi town of Sedravik closed the bridge.", "Sedravik").get(0).countryCode());
  }

  @Test
  void aStateAfterALongerNameThanTheGazetteersQualifiesIt() {
    // the gazetteer knows "Lynchburg" only in other states; the North Dakota town is none of them
    List<ResolvedPlace> out = resolve("She was raised in Lynchburg City, ND, before moving west.", "Lynchburg City");
    assertEquals(1, out.size());
    assertEquals("US", out.get(0).countryCode());
    assertNull(out.get(0).lat());
  }

  @Test
  void aCapitalAfterALocativeAndCapitalIsWhereSomethingHappens() {
    java.util.Map<String, String> verbs = java.util.Map.of("have", "VBP", "doubled", "VBN", "said", "VBD");
    // seen failing before: the verb after the city read it as its government
    assertEquals("NO", PlaceResolverTest.analysedOne("Rents in its capital Oslo have doubled.", "Oslo", verbs).countryCode());
    assertEquals("NO", PlaceResolverTest.analysedOne("Rents in the capital Oslo have doubled.", "Oslo", verbs).countryCode());
    assertNull(PlaceResolverTest.analysedOne("Oslo said the talks would go on.", "Oslo", verbs));
  }

  @Test
  void noNationalityNoCountry() {
    assertEquals(List.of(), resolve("A shell fell close to the hamlet of Qorvennat on Monday.", "Qorvennat"));
  }
}
