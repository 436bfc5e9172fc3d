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
    // "... the Board of Trade. Estonia has ...": "Trade." ends a sentence, it is not an honorific
    assertEquals(java.util.List.of("Estonia"), new GazetteerPlaceRecognizer(G)
        .find("The firm failed to file its papers with the Board of Trade. Estonia has a registry.").stream()
        .map(PlaceMatch::text).toList());
  }

  @Test
  void citiesAreShownByTheirEnglishName() {
    GazetteerEntry antwerp = G.lookup("Antwerp").stream().filter(e -> "BE".equals(e.countryCode())).findFirst().orElseThrow();
    assertEquals("Antwerp", G.displayName(antwerp));
    GazetteerEntry geneva = G.lookup("Geneva").get(0);
    assertEquals("CH", geneva.countryCode(), "Geneva is the Swiss city, not a small US namesake");
    assertEquals("Geneva", G.displayName(geneva));
    GazetteerEntry mumbai = G.lookup("Bombay").get(0);
    assertEquals("Mumbai", G.displayName(mumbai), "a former name finds the city but is not shown");
    GazetteerEntry surat = G.lookup("Surat").stream().filter(e -> "IN".equals(e.countryCode())).findFirst().orElseThrow();
    assertEquals("Surat", G.displayName(surat), "romanisation marks are not shown");
  }

  @Test
  void aDivisionIsNotReadAsTheCityNamedAfterItWithoutCity() {
    assertEquals(PlaceKind.ADMIN1, G.lookup("Oklahoma").get(0).kind(), "Oklahoma is the state");
    assertTrue(G.lookup("Oklahoma").stream().noneMatch(e -> e.kind() == PlaceKind.CITY));
    assertTrue(G.lookup("New York").stream().anyMatch(e -> e.kind() == PlaceKind.CITY && e.population() > 5_000_000),
        "New York alone may be the city");
  }

  @Test
  void waterBodiesAreInTheTable() {
    GazetteerEntry bothnia = G.lookup("Gulf of Bothnia").get(0);
    assertEquals("SEA", bothnia.featureCode());
    assertEquals(63.0, bothnia.lat(), 1.0);
  }
}
