package newsflow.enrich.nlp.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import newsflow.enrich.nlp.lexicon.GivenNames.Gender;
import org.junit.jupiter.api.Test;

/** The shipped given-name list, as tools/prepare_given_names.py builds it from ../shared. */
class GivenNamesTest {

  @Test
  void namesCarriedByTwoOrMoreLegislatorsOfOneSexAreClear() {
    assertEquals(Gender.FEMALE, GivenNames.clearGender("Nancy"));
    assertEquals(Gender.MALE, GivenNames.clearGender("JOHN"));
  }

  @Test
  void aNameCarriedByOnePersonOnlyLeans() {
    // One senator of each of these names: not evidence of the name's usual sex.
    assertEquals(Gender.MALE, GivenNames.gender("Lindsey"));
    assertEquals(Gender.UNKNOWN, GivenNames.clearGender("Lindsey"));
    assertEquals(Gender.FEMALE, GivenNames.gender("Kamala"));
    assertEquals(Gender.UNKNOWN, GivenNames.clearGender("Kamala"));
  }

  @Test
  void middleNamesOfLegislatorsCountAsBearersOfANameListedAnyway() {
    // Unisex before: listed only from the training data, or by first names of no sex; their bearers'
    // middle names in the officials data are all of one sex, three or more of them.
    assertEquals(Gender.FEMALE, GivenNames.clearGender("Louise"));
    assertEquals(Gender.MALE, GivenNames.clearGender("Anthony"));
  }

  @Test
  void twoMiddleNamesAloneDoNotFixTheSexOfANameNobodyListedHasFirst() {
    // "Jean" is a middle name of two women in the officials data and the first name of many French men.
    assertEquals(Gender.UNKNOWN, GivenNames.clearGender("Jean"));
  }

  @Test
  void aFamilyNameWrittenAsAMiddleNameIsNoGivenName() {
    assertFalse(GivenNames.isGivenName("Parker"));
  }

  @Test
  void namesFromTheTrainingDataHaveNoSex() {
    assertTrue(GivenNames.isGivenName("Wasim"));
    assertEquals(Gender.UNKNOWN, GivenNames.gender("Wasim"));
  }

  @Test
  void wordsMostlyWrittenInLowerCaseOrAsPlacesAreNotNames() {
    assertFalse(GivenNames.isGivenName("will"));
    assertFalse(GivenNames.isGivenName("Sunday"));
    assertFalse(GivenNames.isGivenName("Toronto"));
    assertFalse(GivenNames.isGivenName(null));
    assertEquals(Gender.UNKNOWN, GivenNames.clearGender("Zzyzx"));
  }
}
