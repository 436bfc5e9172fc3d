package newsflow.enrich.nlp.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsflow.enrich.nlp.Document;
import newsflow.enrich.nlp.EntityMention;
import newsflow.enrich.nlp.EntityType;
import org.junit.jupiter.api.Test;

class GazetteerPlaceRecognizerTest {
  static final GazetteerPlaceRecognizer RECOGNIZER = new GazetteerPlaceRecognizer(Gazetteer.shared());

  static List<String> places(String text) {
    return RECOGNIZER.recognize(new Document(text, List.of(), List.of())).stream().map(EntityMention::text).toList();
  }

  @Test
  void findsCountriesCitiesRegionsAndAltSpellings() {
    assertEquals(List.of("Kyiv", "Moscow", "Britain", "U.S.", "Black Sea", "East Asia"),
        places("Talks between Kyiv and Moscow worried Britain and the U.S. from the Black Sea to East Asia."));
  }

  @Test
  void mentionsArePlaceTypedWithOffsets() {
    String text = "He flew to Brussels.";
    EntityMention m = RECOGNIZER.recognize(new Document(text, List.of(), List.of())).get(0);
    assertEquals(EntityType.PLACE, m.type());
    assertEquals("Brussels", text.substring(m.start(), m.end()));
  }

  @Test
  void twoKnownPlacesJoinedByAHyphenAreTwoPlacesInACountryTheyShare() {
    List<PlaceMatch> found = RECOGNIZER.find("Dana Roe, MLA for Fernie-Cranbrook, announced the office today.");
    assertEquals(List.of("Fernie", "Cranbrook"), found.stream().map(PlaceMatch::text).toList(), found.toString());
    for (PlaceMatch m : found) {
      assertTrue(m.candidates().stream().allMatch(c -> c.countryCode().equals("CA")), m.toString());
    }
  }

  @Test
  void hyphenatedCompanyNamesAreNotPlacePairs() {
    assertEquals(List.of(), places("He bought shares of Rolls-Royce last week."));
  }

  @Test
  void aHyphenatedRegionIsOnePlace() {
    assertEquals(List.of("Nagorno-Karabakh"), places("Talks on Nagorno-Karabakh resumed after a long pause."));
  }

  @Test
  void aFeatureNameDoesNotRunAcrossAnd() {
    List<String> found = places("Next month Hokuriku Electric Power and Toyama International Airport will issue notes.");
    assertTrue(found.contains("Toyama International Airport"), found.toString());
    assertTrue(found.stream().noneMatch(p -> p.contains(" and ")), found.toString());
  }

  @Test
  void placeInsideAnOrganisationNameIsNotAPlace() {
    assertEquals(List.of(), places("A reporter for the Kyiv Post and The Washington Times asked."));
  }

  @Test
  void surnameAfterHonorificIsNotAPlace() {
    assertEquals(List.of(), places("Mr. Paris declined to comment, and Ms. Florence agreed."));
  }

  @Test
  void aSurnameThatIsAFacilityWordAfterAnHonorificIsNoFeatureName() {
    assertEquals(List.of(), places("Speaking later, Mr Hall said the crews were ready, and Dr Park agreed."));
  }

  @Test
  void surnameUsedAsPersonElsewhereInTheTextIsNotAPlace() {
    assertEquals(List.of(), places("Coach Maria Whitby was pleased. Whitby said the team had improved."));
  }

  @Test
  void commonEnglishWordIsNotAPlace() {
    // Reading, Mobile and Nice are cities, but here they are ordinary words
    assertEquals(List.of(), places("Reading the report, she said: Mobile phones are Nice to have."));
  }

  @Test
  void smallTownNeedsALocativeOrAQualifier() {
    assertEquals(List.of("Salisbury", "Md."), places("A new clinic in Salisbury, Md., opened."));
    assertTrue(places("Centreville is 12 miles away.").isEmpty());
    assertEquals(List.of("Centreville"), places("Commuters drive from Centreville to the city."));
  }

  @Test
  void possessiveAndHyphenatedFormsAreFound() {
    assertEquals(List.of("London", "Amsterdam", "London"),
        places("London's mayor took the Amsterdam-London train."));
  }

  @Test
  void demonymsAreNotMentions() {
    assertEquals(List.of("Ukraine"), places("Ukrainian troops and Russian drones over Ukraine."));
  }

  @Test
  void urlsAreSkipped() {
    assertEquals(List.of(), places("See https://example.com/news/Paris-fashion-week for details."));
  }

  @Test
  void namedFeaturesAroundAPlaceAreOneMention() {
    assertEquals(List.of("Graz General Hospital"), places("She was flown to Graz General Hospital."));
  }

  @Test
  void unknownCapitalisedWordAfterInIsASmallPlace() {
    assertEquals(List.of("Ardcarn", "Tulleeny"),
        places("There are 31 bids in Ardcarn, and he moved home to farm near Tulleeny."));
    assertEquals(List.of(), places("He studied in History, in March, in Congress and in Dying."));
  }

  @Test
  void anUnknownNameWithACountyAfterACommaIsAPlaceThereAndStaysOneForTheArticle() {
    String text = "The rally moves on to Upperthwaite, Norfolk. Fans say the bends at Upperthwaite are the best.";
    List<PlaceMatch> found = RECOGNIZER.find(text);
    List<PlaceMatch> unknown = found.stream().filter(m -> m.text().equals("Upperthwaite")).toList();
    assertEquals(2, unknown.size(), found.toString());
    for (PlaceMatch m : unknown) {
      assertEquals("Norfolk", m.qualifier().name(), m.toString());
      assertTrue(m.candidates().isEmpty(), m.toString());
    }
  }

  @Test
  void aPersonsNameOrAResultsTableBeforeAQualifierIsNoPlace() {
    assertTrue(places("Judges praised Mary Upperthwaite, Norfolk, for her roses.").stream()
        .noneMatch(p -> p.contains("Upperthwaite")));
    assertTrue(places("Heat two: Upperthwaite, Norfolk 9.92 seconds.").stream().noneMatch(p -> p.equals("Upperthwaite")));
    assertTrue(places("He met Mr. Upperthwaite, Norfolk, on the way.").stream().noneMatch(p -> p.equals("Upperthwaite")));
  }

  @Test
  void canadianProvinceAbbreviationsQualifyPlacesAndArePlaces() {
    String text = "Two horses were stolen from a barn in Pokiok's Crossing, N.B. early on Sunday.";
    List<String> found = places(text);
    assertTrue(found.contains("N.B.") && found.contains("Pokiok's Crossing"), found.toString());
    PlaceMatch nb = RECOGNIZER.find(text).stream().filter(m -> m.text().equals("N.B.")).findFirst().orElseThrow();
    assertEquals("New Brunswick", nb.candidates().get(0).name());
    List<PlaceMatch> moncton = RECOGNIZER.find("The mayor of Miramichi, N.B., spoke first.");
    assertEquals("New Brunswick", moncton.get(0).qualifier().name(), moncton.toString());
  }

  @Test
  void armedGroupsAndFirmSuffixesAreNotPlaces() {
    assertTrue(Gazetteer.shared().isNotPlace("Islamic State"));
    assertTrue(Gazetteer.shared().isNotPlace("Boko Haram"));
    assertTrue(Gazetteer.shared().isNotPlace("P.A."));
  }

  @Test
  void aDivisionWrittenRightAfterACityInItIsItsContainer() {
    List<String> found = places("Families in Lokoja Kogi State were asked to move to higher ground.");
    assertTrue(found.contains("Lokoja") && found.stream().anyMatch(p -> p.startsWith("Kogi")), found.toString());
    // a division that does not contain the city before it stays part of a longer name
    assertTrue(places("Families in Lokoja Lagos State were asked to move to higher ground.").stream()
        .noneMatch(p -> p.startsWith("Lagos")));
  }

  @Test
  void scottishAndWelshAreasQualifyVillages() {
    for (String area : List.of("Fife", "Aberdeenshire", "Gwynedd", "East Lothian")) {
      List<PlaceMatch> found = RECOGNIZER.find("The tour reaches Kirkcraig, " + area + ", next week.");
      PlaceMatch village = found.stream().filter(m -> m.text().equals("Kirkcraig")).findFirst().orElseThrow();
      assertEquals("GB", village.qualifier().countryCode(), found.toString());
    }
  }

  @Test
  void postalCodesAfterAPlaceQualifyItAndArePlaces() {
    List<PlaceMatch> m = RECOGNIZER.find("June 3 \u2013 Springfield, IL @ Civic Arena\nJune 5 \u2013 Brackenbury, OH @ Lake Pavilion\n");
    assertTrue(m.stream().anyMatch(p -> p.text().equals("Springfield") && p.qualifier() != null
        && "US.IL".equals(p.qualifier().admin1Key())), m.toString());
    assertTrue(m.stream().anyMatch(p -> p.text().equals("IL")), m.toString());
    assertTrue(m.stream().anyMatch(p -> p.text().equals("Brackenbury") && p.qualifier() != null), m.toString());
    List<PlaceMatch> doctor = RECOGNIZER.find("Dr. Alan Whitcombe, MD, said the clinic would reopen.");
    assertTrue(doctor.stream().noneMatch(p -> p.text().equals("MD") || p.text().equals("Whitcombe")), doctor.toString());
  }

  @Test
  void aPartyAndStateTagIsNoPlaceMention() {
    List<PlaceMatch> m = RECOGNIZER.find("Sen. Jane Roe (D-Ore.) and Rep. John Doe (R-Texas) voted no; Texas voters noticed.");
    assertEquals(1, m.size(), m.toString());
    assertEquals("Texas", m.get(0).text());
    assertTrue(m.get(0).start() > 50);
  }

  @Test
  void aPartyAndStateTagWithoutParenthesesIsNoPlaceMention() {
    List<PlaceMatch> m = RECOGNIZER.find("Sen. Jane Roe, R-Texas, and Rep. Ned Hale, D-Calif., spoke; Rep. Lyle Fenn, I-Vt. said no."
        + " Later Texas voters and a Vermont farmer noticed.");
    assertTrue(m.stream().allMatch(p -> p.start() > 90), m.toString());
    assertTrue(m.stream().anyMatch(p -> p.text().equals("Texas")), m.toString());
    assertTrue(m.stream().anyMatch(p -> p.text().equals("Vermont")), m.toString());
  }

  @Test
  void aSaintsNameIsNotThePlaceOfTheBareName() {
    List<PlaceMatch> m = RECOGNIZER.find("Mourners met beside St Mary's chapel and near Saint Mary's school on Sunday.");
    assertTrue(m.stream().noneMatch(p -> p.text().startsWith("Mary")), m.toString());
  }

  @Test
  void aDivisionNamedOnlyByCompassWordsNeedsAQualifier() {
    List<PlaceMatch> m = RECOGNIZER.find("Motions went to an Eastern District judge on Monday, officials said.");
    assertTrue(m.stream().noneMatch(p -> p.text().contains("Eastern") && !p.candidates().isEmpty()), m.toString());
  }
}
