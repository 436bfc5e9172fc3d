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
 * Two ways a watched official's name went unread on made-up sentences: a listed alias in an article that names no
 * country but names a compatriot official in full, and a division and title the tagger took into the name's span.
 */
class AliasBesideCompatriotTest {
  static final Official WHITCOMBE = new Official("whitcombe", "Dana R. Whitcombe", List.of("Danny Whitcombe"),
      "Senator", "US");
  static final Official ARDLEY = new Official("ardley", "Robert Ardley", List.of("Bob Ardley"), "Representative", "US");
  static final Official PIKE = new Official("pike", "Roland Pike", List.of(), "Senator", "US");
  static final Official VARGA = new Official("varga", "Ilse Varga", List.of(), "Prime Minister", "HU");
  static final Watchlist WATCHLIST = Watchlist.of(List.of(WHITCOMBE, ARDLEY, PIKE, VARGA));

  @Test
  void anAliasBesideACompatriotNamedInFullNeedsNoCountryName() {
    String text = "Roland Pike and Danny Whitcombe voted against the bill on Tuesday.";
    List<Entity> e = match(WATCHLIST, text, person(text, "1", "Roland Pike", "Roland Pike"),
        person(text, "2", "Danny Whitcombe", "Danny Whitcombe"));
    assertEquals("pike", e.get(0).officialId());
    assertEquals("whitcombe", e.get(1).officialId());
    assertEquals("Danny Whitcombe@16 ALIAS", evidence(e.get(1)));
  }

  @Test
  void anAliasNamedBeforeTheCompatriotCountsToo() {
    String text = "Danny Whitcombe wrote the amendment, and Roland Pike said he would back it.";
    List<Entity> e = match(WATCHLIST, text, person(text, "1", "Danny Whitcombe", "Danny Whitcombe"),
        person(text, "2", "Roland Pike", "Roland Pike"));
    assertEquals("whitcombe", e.get(0).officialId());
  }

  @Test
  void anOfficialOfAnotherCountryIsNoAnchor() {
    String text = "Ilse Varga met Danny Whitcombe, a lecturer from Leeds, at the conference.";
    List<Entity> e = match(WATCHLIST, text, person(text, "1", "Ilse Varga", "Ilse Varga"),
        person(text, "2", "Danny Whitcombe", "Danny Whitcombe"));
    assertEquals("varga", e.get(0).officialId());
    assertNull(e.get(1).officialId(), "a Hungarian prime minister does not make the article American");
  }

  @Test
  void aliasesDoNotAnchorEachOther() {
    String text = "Bob Ardley and Danny Whitcombe opened a bakery in Leeds.";
    List<Entity> e = match(WATCHLIST, text, person(text, "1", "Bob Ardley", "Bob Ardley"),
        person(text, "2", "Danny Whitcombe", "Danny Whitcombe"));
    assertNull(e.get(0).officialId());
    assertNull(e.get(1).officialId());
  }

  @Test
  void aDivisionAndTitleInsideTheMentionAreNoPartOfTheName() {
    String text = "Republican candidate Ohio Senator Dana Whitcombe said the vote would wait. Whitcombe left early.";
    Entity e = match(WATCHLIST, text,
        person(text, "1", "Dana Whitcombe", "Ohio Senator Dana Whitcombe", "Whitcombe")).get(0);
    assertEquals("whitcombe", e.officialId());
    String two = "New Mexico Sen. Roland Pike spoke first.";
    assertEquals("pike", match(WATCHLIST, two, person(two, "1", "Roland Pike", "New Mexico Sen. Roland Pike")).get(0)
        .officialId(), "a division of two words");
  }

  @Test
  void aDivisionBeforeAJuniorRankStillNamesSomeoneElse() {
    String text = "Ohio Sgt. Dana Whitcombe said the road was closed.";
    assertNull(match(WATCHLIST, text, person(text, "1", "Dana Whitcombe", "Ohio Sgt. Dana Whitcombe")).get(0)
        .officialId());
  }
}
