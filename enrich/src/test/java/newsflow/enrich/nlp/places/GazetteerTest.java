package newsflow.enrich.nlp.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GazetteerTest {
  static final Gazetteer G = Gazetteer.shared();

  @Test
  void loadsCountriesCitiesAndDivisions() {
    assertEquals("UA", G.lookup("Kyiv").get(0).countryCode());
    assertEquals(PlaceKind.COUNTRY, G.lookup("Ukraine").get(0).kind());
    assertEquals("Texas", G.admin1("US.TX").name());
    assertTrue(G.lookup("Springfield").size() > 5, "namesakes are all kept");
  }

  @Test
  void keysIgnoreCaseAccentsAndLeadingThe() {
    assertEquals(Gazetteer.key("Sao Paulo"), Gazetteer.key("São Paulo"));
    assertEquals("netherlands", Gazetteer.key("the Netherlands"));
    assertEquals("cote d'ivoire", Gazetteer.key("Côte d\u2019Ivoire"));
    assertFalse(G.lookup("SÃO PAULO".replace("Ã", "A")).isEmpty());
  }

  @Test
  void demonymsMapToCountries() {
    assertEquals("UA", G.demonymCountry("Ukrainian"));
    assertEquals("GB", G.demonymCountry("British"));
    assertEquals("US", G.demonymCountry("American"));
    assertNull(G.demonymCountry("Brussels"));
  }

  @Test
  void stateAbbreviationsAndCommonWords() {
    assertEquals("Virginia", G.stateAbbreviation("Va.").name());
    assertTrue(G.isCommonWord("Reading"));
    assertFalse(G.isCommonWord("Kyiv"));
  }

  @Test
  void twoLetterCodesAreNotNamesUnlessWellKnown() {
    assertTrue(G.lookup("IT").isEmpty(), "IT is a word, not Italy");
    assertEquals("US", G.lookup("US").get(0).countryCode());
  }

  @Test
  void englishExonymsFindTheLocalName() {
    assertEquals("SE", G.lookup("Gothenburg").stream().filter(e -> e.kind() == PlaceKind.CITY)
        .max(java.util.Comparator.comparingLong(GazetteerEntry::population)).orElseThrow().countryCode());
    assertEquals("Köln", G.lookup("Cologne").stream().filter(e -> e.countryCode().equals("DE")).findFirst()
        .orElseThrow().name());
  }

  @Test
  void honorificWordsNeedTheirOwnFormBeforeAName() {
    // "Ministry of Justice. Azerbaijan has ..." : "Justice." ends a sentence, it is not an honorific
    assertEquals(java.util.List.of("Azerbaijan"), new GazetteerPlaceRecognizer(G)
        .find("It failed to register with the Ministry of Justice. Azerbaijan has a record.").stream()
        .map(PlaceMatch::text).toList());
  }
}
