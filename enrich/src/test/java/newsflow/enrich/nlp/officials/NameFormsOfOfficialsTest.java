package newsflow.enrich.nlp.officials;

import static newsflow.enrich.nlp.officials.OfficialMatcherTest.evidence;
import static newsflow.enrich.nlp.officials.OfficialMatcherTest.match;
import static newsflow.enrich.nlp.officials.OfficialMatcherTest.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Entity;
import org.junit.jupiter.api.Test;

/**
 * Name forms of news in English that the watchlist does not spell out (alerts3), on made-up officials: a form of
 * address of another language or of clergy inside the tagged name ("Datuk Seri", "Ayatollah"), and an Arabic name
 * written without the house name that closes it ("Karim bin Nasser" for "Karim bin Nasser Al Fahdi").
 */
class NameFormsOfOfficialsTest {
  static final Official DARIANI = new Official("dariani", "Kaveh Dariani", List.of(), "Supreme Leader", "IR");
  static final Official RAHIM = new Official("rahim", "Hamzah Rahim", List.of(), "Prime Minister", "MY");
  static final Official TAN = new Official("tan", "Tan Wei Ming", List.of(), "President", "SG", List.of("Tan"));
  static final Official FAHDI = new Official("fahdi", "Karim bin Nasser Al Fahdi", List.of("Sultan Karim"), "Sultan",
      "OM", Official.NO_FAMILY_NAME);
  static final Watchlist WATCHLIST = Watchlist.of(List.of(DARIANI, RAHIM, TAN, FAHDI));

  @Test
  void aClericalFormOfAddressInsideTheTaggedNameIsNoPartOfIt() {
    String text = "Students cheered a sermon by Ayatollah Kaveh Dariani in Tabriz on Friday. "
        + "Ayatollah Dariani said the new budget would favour the provinces.";
    Entity e = match(WATCHLIST, text,
        person(text, "1", "Ayatollah Kaveh Dariani", "Ayatollah Kaveh Dariani", "Ayatollah Dariani")).get(0);
    assertEquals("dariani", e.officialId());
    assertEquals("Ayatollah Kaveh Dariani@29 FULL_NAME; Ayatollah Dariani@74 FAMILY_NAME_AFTER_FULL_NAME", evidence(e));
  }

  @Test
  void aTwoWordMalayFormOfAddressIsCutWhole() {
    String text = "Datuk Seri Hamzah Rahim opened the new bridge in Penang on Monday.";
    Entity e = match(WATCHLIST, text, person(text, "1", "Datuk Seri Hamzah Rahim", "Datuk Seri Hamzah Rahim")).get(0);
    assertEquals("rahim", e.officialId());
  }

  @Test
  void aFormOfAddressBeforeTheFamilyNameAloneNamesNobody() {
    // no full name earlier in the article: the family name with a form of address is no evidence (as "Mr. Dariani")
    String text = "Ayatollah Dariani said the new budget would favour the provinces.";
    assertNull(match(WATCHLIST, text, person(text, "1", "Ayatollah Dariani", "Ayatollah Dariani")).get(0).officialId());
  }

  @Test
  void aFamilyNameThatIsAlsoTheFirstWordOfAFormOfAddressStays() {
    // "Tan" opens "Tan Sri" but is a family name too: only the two-word form is cut
    String text = "Tan Wei Ming toured the harbour in Singapore on Tuesday.";
    assertEquals("tan", match(WATCHLIST, text, person(text, "1", "Tan Wei Ming", "Tan Wei Ming")).get(0).officialId());
  }

  @Test
  void anArabicNameWithoutItsHouseNameIsTheOfficialInAStoryAboutTheCountry() {
    String text = "Karim bin Nasser opened the new container port at Sohar, Oman, on Sunday.";
    Entity e = match(WATCHLIST, text, person(text, "1", "Karim bin Nasser", "Karim bin Nasser")).get(0);
    assertEquals("fahdi", e.officialId());
    assertEquals("Karim bin Nasser@0 ALIAS", evidence(e));
  }

  @Test
  void anArabicNameWithoutItsHouseNameAfterTheTitle() {
    String text = "Guests applauded when Sultan Karim bin Nasser cut the ribbon.";
    Entity e = match(WATCHLIST, text, person(text, "1", "Sultan Karim bin Nasser", "Sultan Karim bin Nasser")).get(0);
    assertEquals("fahdi", e.officialId());
  }

  @Test
  void theShortFormNeedsTheCountryOrTheTitle() {
    // a namesake abroad: nothing in the story concerns the official's country
    String text = "Karim bin Nasser won the chess tournament in Leeds on Sunday.";
    assertNull(match(WATCHLIST, text, person(text, "1", "Karim bin Nasser", "Karim bin Nasser")).get(0).officialId());
  }

  @Test
  void anotherFathersNameIsAnotherPerson() {
    String text = "Karim bin Yusuf opened a bakery in Sohar, Oman, on Sunday.";
    assertNull(match(WATCHLIST, text, person(text, "1", "Karim bin Yusuf", "Karim bin Yusuf")).get(0).officialId());
  }

  @Test
  void aNameWhoseAlOpensACompoundGivenNameKeepsIt() {
    // "Abd al-Hadi" is one name: "Samir bin Abd" is no short form of "Samir bin Abd al-Hadi"
    Official hadi = new Official("hadi", "Samir bin Abd al-Hadi", List.of(), "Amir", "QA", Official.NO_FAMILY_NAME);
    String text = "Samir bin Abd spoke at the opening in Doha, Qatar, on Sunday.";
    assertNull(match(Watchlist.of(List.of(hadi)), text, person(text, "1", "Samir bin Abd", "Samir bin Abd")).get(0)
        .officialId());
  }
}
