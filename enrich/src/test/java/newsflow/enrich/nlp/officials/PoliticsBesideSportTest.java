package newsflow.enrich.nlp.officials;

import static newsflow.enrich.nlp.officials.OfficialMatcherTest.match;
import static newsflow.enrich.nlp.officials.OfficialMatcherTest.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * The sports-report guard (a player who shares a legislator's name is someone else) reads the article as a whole:
 * political news that mentions a game, a stadium or a season has more words of politics than of sport, and a
 * legislator it names in full is the legislator even in a sentence without a political word. Made-up sentences.
 */
class PoliticsBesideSportTest {

  @Test
  void aLegislatorInPoliticalNewsThatMentionsAGameIsTheLegislator() {
    String text = "The mayor's campaign staged a rally beside the stadium ahead of Saturday's football game. Congress"
        + " returns from its recess soon; the governor urged Republicans and Democrats to settle quickly, lawmakers"
        + " said.\n\nDana Whitcombe met dairy farmers in Ohio after the season opener.";
    assertEquals("whitcombe", match(text, person(text, "1", "Dana Whitcombe", "Dana Whitcombe")).get(0).officialId());
  }

  @Test
  void aGameReportWithAPoliticalWordOrTwoStaysASportsReport() {
    String text = "Ohio won its season opener 24-17 as the governor watched from the stadium. Dana Whitcombe played"
        + " 40 snaps at tackle, and the quarterback threw two touchdowns before halftime. The team's coach praised"
        + " the defense after the game.";
    assertNull(match(text, person(text, "1", "Dana Whitcombe", "Dana Whitcombe")).get(0).officialId(),
        "a player in a game report is not the senator");
  }

  @Test
  void asManyWordsOfPoliticsAsOfSportStillReadAsSport() {
    String text = "Riverton beat Ardmouth in the league final at the stadium on Sunday. The senator and the governor"
        + " watched the game.\n\nDana Whitcombe scored twice.";
    assertNull(match(text, person(text, "1", "Dana Whitcombe", "Dana Whitcombe")).get(0).officialId());
  }
}
