package newsflow.enrich.nlp.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.SharedAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * People: where a person's name begins and ends. A religious title, an award or a hyphenated rank before the name
 * is no part of it; a given name in a list of people does not take the surname of the next item; a paragraph
 * break that a page put inside a name does not make two people. Made-up sentences.
 */
class PeopleNameEdgesTest {

  private static List<String> people(String text) {
    return SharedAnalyzer.entities(text).stream().filter(e -> e.type() == EntityType.PERSON)
        .map(e -> e.name() + "x" + e.mentions().size()).toList();
  }

  @Test
  void aReligiousTitleIsNoPartOfTheName() {
    assertEquals(List.of("Reza Varzandehx2"), people("The wardens met Ayatollah Reza Varzandeh at the seminary on "
        + "Tuesday. Ayatollah Varzandeh told them the library would reopen."));
  }

  @Test
  void anAwardBeforeASurnameIsTheTitleOfThePersonNamedInFull() {
    List<String> ps = people("Dana Kreel retired in 2019. Scouts say Tovey is already quicker than former MVP Kreel "
        + "was at his age.");
    assertTrue(ps.contains("Dana Kreelx2"), ps.toString());
  }

  @Test
  void aHyphenatedRankIsNoPartOfTheName() {
    assertEquals(List.of("Piet Ruhangax1"), people("The panel questioned the regiment's chief Major-Gen Piet Ruhanga "
        + "about the missing files on Monday."));
    assertEquals(List.of("Ayo Brennerx1"), people("Witnesses included base commander Lt-Col Ayo Brenner and his deputy."));
  }

  @Test
  void aGivenNameInAListOfPeopleKeepsItsOwnName() {
    List<String> ps = people("Coach Lind praised the forwards: Varga, Tomas and Edin Kovalik all scored. Tomas also "
        + "hit the post twice.");
    assertTrue(ps.stream().noneMatch(p -> p.startsWith("Tomas Kovalik")), ps.toString());
    assertTrue(ps.contains("Edin Kovalikx1"), ps.toString());
  }

  @Test
  void twoGivenNamesBeforeASurnameStillShareIt() {
    List<String> ps = people("Anna and Ben Okafor opened the bakery in 2019. Anna Okafor said the queue had started "
        + "at dawn.");
    assertTrue(ps.contains("Ben Okaforx1") && ps.contains("Anna Okaforx2"), ps.toString());
    List<String> family = people("The victims were named as Ida Berg, Tomas and Liv Kovalik.");
    assertTrue(family.contains("Tomas Kovalikx1"), family.toString());
  }

  @Test
  void aNameCutByAParagraphBreakIsOnePerson() {
    assertEquals(List.of("Tom Reyesx3"), people("The deal was signed on Friday by the club's new goalkeeper, Tom\n\n"
        + "Reyes, who joined from Lowmoor in the summer. Reyes said he was delighted."));
    List<String> ps = people("Our guests tonight were Anna\n\nMorrow and Tom Reyes. Morrow said it went well.");
    assertTrue(ps.contains("Anna Morrowx3"), ps.toString());
  }

  @Test
  void aGivenNameEndingALineWithoutASentenceKeepsItsOwnName() {
    List<String> ps = people("Starring Tom\n\nReyes Wins Again\n\nReyes said nothing.");
    assertFalse(ps.stream().anyMatch(p -> p.startsWith("Tom Reyes")), ps.toString());
  }

  @Test
  void theLastWordsOfAFullNameAreASurnameOfTwoWords() {
    List<String> ps = people("Tor Vesterlund Haugen scored twice in the first period. Afterwards Vesterlund Haugen "
        + "said the ice had been poor.");
    assertTrue(ps.contains("Tor Vesterlund Haugenx2"), ps.toString());
  }

  @Test
  void aGivenNameAndTheSurnameOfAFullNameWithTwoGivenNamesStayApart() {
    List<String> ps = people("Mary Ann Holt chaired the meeting. Her cousin Ann Holt took the minutes.");
    assertTrue(ps.contains("Mary Ann Holtx1") && ps.contains("Ann Holtx1"), ps.toString());
  }
}
