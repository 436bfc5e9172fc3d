package newsflow.enrich.nlp.officials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import newsflow.enrich.nlp.Document;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.OfficialEvidence;
import newsflow.enrich.nlp.OfficialEvidence.Rule;
import newsflow.enrich.nlp.Span;
import newsflow.enrich.nlp.entities.Bylines;
import org.junit.jupiter.api.Test;

/**
 * Each matching rule on made-up sentences about made-up officials. Entities are built the way entity
 * resolution hands them over: a canonical name and mentions with offsets into the text.
 */
class OfficialMatcherTest {
  static final Official WHITCOMBE = new Official("whitcombe", "Dana R. Whitcombe", List.of("Danny Whitcombe"),
      "Senator", "US");
  static final Official VARGA = new Official("varga", "Ilse Varga", List.of(), "Prime Minister", "HU");
  static final Official PIKE = new Official("pike", "Roland Pike", List.of(), "President", "US");
  static final Official AURELIO = new Official("aurelio", "Aurelio IV", List.of("King Aurelio", "King Aurelio IV"),
      "King", "ES", Official.NO_FAMILY_NAME);
  static final Official PARK = new Official("park", "Park Min Jun", List.of(), "President", "KR", List.of("Park"));
  static final Watchlist WATCHLIST = Watchlist.of(List.of(WHITCOMBE, VARGA, PIKE, AURELIO, PARK));

  /**
   * A PERSON entity whose mentions are the given strings found in {@code text} in order; "Name#2" is the
   * second occurrence of "Name" in the whole text.
   */
  static Entity person(String text, String id, String name, String... mentions) {
    Entity e = new Entity(id, EntityType.PERSON, name);
    int from = 0;
    for (String m : mentions) {
      int at;
      String words = m;
      if (m.contains("#")) {
        words = m.substring(0, m.indexOf('#'));
        int n = Integer.parseInt(m.substring(m.indexOf('#') + 1));
        at = -1;
        for (int k = 0; k < n; k++) at = text.indexOf(words, at + 1);
      } else {
        at = text.indexOf(words, from);
      }
      if (at < 0) throw new IllegalArgumentException(m + " not in the text");
      e.addMention(Span.of(text, at, at + words.length()));
      from = at + words.length();
    }
    return e;
  }

  static List<Entity> match(Watchlist w, String text, Entity... entities) {
    List<Entity> list = new ArrayList<>(List.of(entities));
    new OfficialMatcher(w).match(new Document(text, List.of(), List.of()), list);
    return list;
  }

  static List<Entity> match(String text, Entity... entities) {
    return match(WATCHLIST, text, entities);
  }

  static String evidence(Entity e) {
    StringBuilder sb = new StringBuilder();
    for (OfficialEvidence ev : e.officialEvidence()) {
      if (sb.length() > 0) sb.append("; ");
      sb.append(ev.span().text()).append('@').append(ev.span().start()).append(' ').append(ev.rule());
    }
    return sb.toString();
  }

  @Test
  void fullNameMatchesIgnoringMiddleInitialsAccentsAndCase() {
    String text = "Dána Whitcombe told a town hall in Ohio that the bill would pass.";
    Entity e = match(text, person(text, "1", "Dána Whitcombe", "Dána Whitcombe")).get(0);
    assertEquals("whitcombe", e.officialId());
    assertEquals("Dána Whitcombe@0 FULL_NAME", evidence(e));
  }

  @Test
  void aListedNicknameMatchesAsAnAlias() {
    String text = "Danny Whitcombe waved to the crowd outside the county fair in Ohio.";
    Entity e = match(text, person(text, "1", "Danny Whitcombe", "Danny Whitcombe")).get(0);
    assertEquals("Danny Whitcombe@0 ALIAS", evidence(e));
  }

  @Test
  void hyphenatedAndSpacedGivenNamesAreOneName() {
    String text = "Park Min-jun arrived in Seoul on Tuesday.";
    assertEquals("park", match(text, person(text, "1", "Park Min-jun", "Park Min-jun")).get(0).officialId());
  }

  @Test
  void aGivenNameSpelledOtherwiseIsAnotherPerson() {
    String text = "Dena Whitcombe and Matt Pike opened a bakery in Dayton, Ohio.";
    List<Entity> e = match(text, person(text, "1", "Dena Whitcombe", "Dena Whitcombe"),
        person(text, "2", "Matt Pike", "Matt Pike"));
    assertNull(e.get(0).officialId());
    assertNull(e.get(1).officialId());
  }

  @Test
  void aGenerationalSuffixMakesAnotherPerson() {
    String text = "Roland Pike Jr. spoke at the rally in Ohio. Later Roland Pike, Jr., signed hats.";
    // entity resolution may leave the suffix outside the mention: the words after it still count
    List<Entity> e = match(text, person(text, "1", "Roland Pike Jr.", "Roland Pike Jr."),
        person(text, "2", "Roland Pike", "Roland Pike#2"));
    assertNull(e.get(0).officialId());
    assertNull(e.get(1).officialId());
  }

  @Test
  void anOfficialWithASuffixIsNotTheNameWithoutIt() {
    Official junior = new Official("junior", "Roland Pike Jr.", List.of(), "Senator", "US");
    String text = "Roland Pike Jr. thanked voters. His father Roland Pike watched from the stands.";
    List<Entity> e = match(Watchlist.of(List.of(junior)), text,
        person(text, "1", "Roland Pike Jr.", "Roland Pike Jr."), person(text, "2", "Roland Pike", "Roland Pike#2"));
    assertEquals("junior", e.get(0).officialId());
    assertNull(e.get(1).officialId());
  }

  @Test
  void aRegnalNameMatchesOnlyWithItsNumberOrAListedTitle() {
    String text = "King Aurelio opened the session. Aurelio V was his grandfather. Aurelio IV waved.";
    List<Entity> e = match(text, person(text, "1", "Aurelio", "Aurelio"), person(text, "2", "Aurelio V", "Aurelio V"),
        person(text, "3", "Aurelio IV", "Aurelio IV"));
    assertEquals("King Aurelio@0 ALIAS", evidence(e.get(0)));
    assertNull(e.get(1).officialId());
    assertEquals("Aurelio IV@64 FULL_NAME", evidence(e.get(2)));
  }

  @Test
  void aOneWordNameAloneNamesNobody() {
    String text = "Aurelio, a waiter in Madrid, served the soup.";
    assertNull(match(text, person(text, "1", "Aurelio", "Aurelio")).get(0).officialId());
  }

  @Test
  void theOfficialsTitleBeforeTheFamilyNameMatchesWhereTheCountryFits() {
    String text = "Prime Minister Varga met farmers in Hungary on Monday.";
    Entity e = match(text, person(text, "1", "Varga", "Varga")).get(0);
    assertEquals("Prime Minister Varga@0 TITLE_AND_FAMILY_NAME", evidence(e));
  }

  @Test
  void aTitleOfAnotherCountryOrOfficeOrWithoutCountryContextDoesNotMatch() {
    String other = "French Prime Minister Varga met farmers in Hungary.";
    assertNull(match(other, person(other, "1", "Varga", "Varga")).get(0).officialId());
    String deputy = "Deputy Prime Minister Varga met farmers in Hungary.";
    assertNull(match(deputy, person(deputy, "1", "Varga", "Varga")).get(0).officialId());
    String nowhere = "Prime Minister Varga met farmers on Monday.";
    assertNull(match(nowhere, person(nowhere, "1", "Varga", "Varga")).get(0).officialId());
  }

  @Test
  void theFamilyNameAloneCountsOnlyAfterTheFullName() {
    String text = "Varga stayed home. Later Ilse Varga flew to Hungary. \"We are ready,\" Varga said.";
    List<Entity> e = match(text, person(text, "1", "Varga", "Varga#1"), person(text, "2", "Ilse Varga", "Ilse Varga"),
        person(text, "3", "Varga", "Varga#3"));
    assertNull(e.get(0).officialId(), "before the full name, the family name alone is not evidence");
    assertEquals("Ilse Varga@25 FULL_NAME", evidence(e.get(1)));
    assertEquals("varga", e.get(2).officialId());
    assertEquals(Rule.FAMILY_NAME_AFTER_FULL_NAME, e.get(2).officialEvidence().get(0).rule());
  }

  @Test
  void theFamilyNameAloneWithoutTheFullNameDoesNotMatch() {
    String text = "Whitcombe scored twice in the second half.";
    assertNull(match(text, person(text, "1", "Whitcombe", "Whitcombe")).get(0).officialId());
  }

  @Test
  void aFamilyNameSharedWithAnotherPersonOfTheArticleIsNotEvidence() {
    String text = "Sen. Dana Whitcombe toured the plant in Ohio. Lt. Matt Whitcombe of the city police led the tour."
        + " Whitcombe said the plant was safe.";
    List<Entity> e = match(text, person(text, "1", "Dana Whitcombe", "Dana Whitcombe"),
        person(text, "2", "Matt Whitcombe", "Matt Whitcombe"), person(text, "3", "Whitcombe", "Whitcombe#3"));
    assertEquals("whitcombe", e.get(0).officialId());
    assertNull(e.get(1).officialId());
    assertNull(e.get(2).officialId(), "two people of the article are called Whitcombe");
  }

  @Test
  void aPoliceRankBeforeTheNameIsAnotherPerson() {
    String text = "Lt. Dana Whitcombe of the county police said the road was closed.";
    assertNull(match(text, person(text, "1", "Dana Whitcombe", "Dana Whitcombe")).get(0).officialId());
  }

  @Test
  void aSportsOrMediaRoleIsAnotherPerson() {
    String before = "Rookie goalie Dana Whitcombe stopped 31 shots in Ohio.";
    assertNull(match(before, person(before, "1", "Dana Whitcombe", "Dana Whitcombe")).get(0).officialId());
    String apposition = "Dana Whitcombe, the team's goalie, stopped 31 shots.";
    assertNull(match(apposition, person(apposition, "1", "Dana Whitcombe", "Dana Whitcombe")).get(0).officialId());
  }

  @Test
  void aBylineIsNotAMention() {
    String text = "By Dana Whitcombe and Lee Park\n\nThe county fair opened on Friday.\n"
        + "Reporting by Dana Whitcombe; Editing by Sam Ortiz";
    Entity e = person(text, "1", "Dana Whitcombe", "Dana Whitcombe#1", "Dana Whitcombe#2");
    assertNull(match(text, e).get(0).officialId());
  }

  @Test
  void aPhotoOrStoryCreditIsNotAMention() {
    for (String text : List.of("Photo by Dana Whitcombe | The Ardmouth Courier\nThe county fair opened on Friday.",
        "Story by Dana Whitcombe, staff writer\nThe county fair opened on Friday.",
        "Contributing: Dana Whitcombe, Eastland Press\nThe county fair opened on Friday.",
        "Photo: Dana Whitcombe/Eastland Images\nThe county fair opened on Friday.")) {
      assertNull(match(text, person(text, "1", "Dana Whitcombe", "Dana Whitcombe")).get(0).officialId(), text);
    }
    String body = "Photos of the fair were taken by Dana Whitcombe, who toured Ohio on Friday.";
    assertEquals("whitcombe", match(body, person(body, "1", "Dana Whitcombe", "Dana Whitcombe")).get(0).officialId());
  }

  @Test
  void anEverydayRoleInAppositionIsAnotherPerson() {
    for (String text : List.of("Dana Whitcombe, a bartender in Ohio, said tips had fallen. Whitcombe said so.",
        "Dana Whitcombe, a restaurant owner in Ohio, said business was slow.",
        "Dana Whitcombe, her sound engineer, said the show in Ohio went well.")) {
      List<Entity> out = match(text, text.contains("Whitcombe said")
          ? person(text, "1", "Dana Whitcombe", "Dana Whitcombe", "Whitcombe#2")
          : person(text, "1", "Dana Whitcombe", "Dana Whitcombe"));
      assertNull(out.get(0).officialId(), text);
    }
    // the official's own title before the name: the role is a past or side occupation of the senator
    String titled = "Sen. Dana Whitcombe, a former teacher, spoke in Ohio.";
    assertEquals("whitcombe", match(titled, person(titled, "1", "Dana Whitcombe", "Dana Whitcombe")).get(0).officialId());
  }

  @Test
  void aPrivatePostInAppositionIsAnotherPerson() {
    // a congregation's or school's post without a determiner, and the head of a company, congregation or club
    for (String text : List.of("Dana Whitcombe, pastor of Riverton Gospel Chapel, said the vote in Ohio mattered.",
        "Dana Whitcombe, senior lecturer at Ardmouth College, said the vote in Ohio mattered.",
        "The board hired Dana Whitcombe, the former head of Ardmouth Outdoor stores, to run the chain in Ohio.",
        "Dana Whitcombe, chairman of a Dayton shipping company, said Ohio needed ports.",
        "Dana Whitcombe, the founder of a software company, said Ohio needed engineers.",
        "Dana Whitcombe, president of the Ardmouth Rotary Club, said Ohio needed roads.")) {
      assertNull(match(text, person(text, "1", "Dana Whitcombe", "Dana Whitcombe")).get(0).officialId(), text);
    }
    // the head of a public body, or a post written after the official's own title, is still the senator
    for (String text : List.of("Dana Whitcombe, chairman of the Ardmouth harbour commission, spoke in Ohio.",
        "Dana Whitcombe, the head of the Ohio delegation, spoke on Friday.",
        "Sen. Dana Whitcombe, the former head of Ardmouth Outdoor stores, spoke in Ohio.",
        "Dana Whitcombe, Lee Park and Sam Ortiz spoke in Ohio.",
        // a past career before the name, or a post before a name that is not its holder's
        "Former software company founder Dana Whitcombe spoke in Ohio.",
        "Lee Park was named chief executive of Dana Whitcombe's campaign in Ohio.")) {
      assertEquals("whitcombe", match(text, person(text, "1", "Dana Whitcombe", "Dana Whitcombe")).get(0).officialId(),
          text);
    }
  }

  @Test
  void initialsWrittenTogetherAreTheInitialsWrittenApart() {
    Official vale = new Official("vale", "R.J. Vale", List.of(), "Senator", "US");
    Watchlist w = Watchlist.of(List.of(vale));
    for (String text : List.of("Sen. RJ Vale spoke in Ohio.", "R. J. Vale spoke in Ohio.", "R.J. Vale spoke in Ohio.")) {
      String name = text.substring(text.indexOf(text.startsWith("Sen.") ? "RJ" : "R"), text.indexOf(" spoke"));
      assertEquals("vale", match(w, text, person(text, "1", name, name)).get(0).officialId(), text);
    }
    String other = "Rex Vale spoke in Ohio.";
    assertNull(match(w, other, person(other, "1", "Rex Vale", "Rex Vale")).get(0).officialId());
  }

  @Test
  void anOfficialsFullNameTypedAsAnOrganisationIsThePerson() {
    Official vale = new Official("vale", "R.J. Vale", List.of(), "Senator", "US");
    Watchlist w = Watchlist.of(List.of(vale));
    String text = "RJ Vale spoke in Ohio. The RJ Vale Foundation gave money.";
    Entity org = new Entity("1", EntityType.ORGANIZATION, "RJ Vale");
    org.addMention(Span.of(text, 0, 7));
    Entity foundation = new Entity("2", EntityType.ORGANIZATION, "RJ Vale Foundation");
    int f = text.indexOf("RJ Vale Foundation");
    foundation.addMention(Span.of(text, f, f + 18));
    List<Entity> out = match(w, text, org, foundation);
    assertEquals(EntityType.PERSON, out.get(0).type());
    assertEquals("vale", out.get(0).officialId());
    assertEquals("1", out.get(0).id());
    assertEquals(EntityType.ORGANIZATION, out.get(1).type(), "a foundation named after the official stays one");
    assertNull(out.get(1).officialId());
  }

  @Test
  void anAuthorFromTheMetadataWithoutMentionsIsNotTheOfficial() {
    String text = "The county fair opened on Friday in Ohio.";
    List<Entity> entities = new ArrayList<>();
    Bylines.markAuthors(entities, List.of("Danny Whitcombe"));
    new OfficialMatcher(WATCHLIST).match(new Document(text, List.of(), List.of()), entities);
    assertTrue(entities.stream().allMatch(e -> e.officialId() == null), "no alert for a metadata author");
  }

  @Test
  void aTitleNamesTheOneWatchedHolderOfThatOffice() {
    Official senator = new Official("a", "Ron Calder", List.of(), "Senator", "US");
    Official speaker = new Official("b", "Amy Calder", List.of(), "Speaker", "US");
    Official senator2 = new Official("c", "Eve Calder", List.of(), "Senator", "US");
    String text = "Sen. Calder spoke in Ohio.";
    assertEquals("a", match(Watchlist.of(List.of(senator, speaker)), text, person(text, "1", "Calder", "Calder"))
        .get(0).officialId());
    assertNull(match(Watchlist.of(List.of(senator, speaker, senator2)), text, person(text, "1", "Calder", "Calder"))
        .get(0).officialId(), "two watched senators are called Calder");
  }

  @Test
  void evidenceIsInTextOrderAndOtherEntitiesAreCleared() {
    String text = "Ilse Varga spoke in Budapest, Hungary. Mr. Varga's aide Tom Reed said Varga was tired.";
    Entity varga = person(text, "1", "Ilse Varga", "Ilse Varga", "Varga#2", "Varga#3");
    Entity reed = person(text, "2", "Tom Reed", "Tom Reed");
    reed.officialId("stale");
    match(text, varga, reed);
    assertEquals("Ilse Varga@0 FULL_NAME; Varga@43 FAMILY_NAME_AFTER_FULL_NAME; Varga@70 FAMILY_NAME_AFTER_FULL_NAME",
        evidence(varga));
    assertNull(reed.officialId());
    assertTrue(reed.officialEvidence().isEmpty());
  }

  @Test
  void anAliasNeedsTheOfficialsCountryOrTitle() {
    String abroad = "Danny Whitcombe, a lecturer in Leeds, England, wrote the report.";
    assertNull(match(abroad, person(abroad, "1", "Danny Whitcombe", "Danny Whitcombe")).get(0).officialId());
    String titled = "Sen. Danny Whitcombe met students in Leeds, England.";
    assertEquals("whitcombe", match(titled, person(titled, "1", "Danny Whitcombe", "Danny Whitcombe")).get(0).officialId());
    String full = "Dana Whitcombe met students in Leeds, England.";
    assertEquals("whitcombe", match(full, person(full, "1", "Dana Whitcombe", "Dana Whitcombe")).get(0).officialId(),
        "the full name needs no country");
  }

  @Test
  void aNameInsideALongerProperNameIsNotAMention() {
    String text = "Shares of Dana Whitcombe Foods rose in Ohio. Dana Whitcombe Tuesday said the vote would wait.";
    List<Entity> e = match(text, person(text, "1", "Dana Whitcombe", "Dana Whitcombe#1"),
        person(text, "2", "Dana Whitcombe", "Dana Whitcombe#2"));
    assertNull(e.get(0).officialId());
    assertEquals("whitcombe", e.get(1).officialId(), "a weekday after the name is not part of it");
  }

  @Test
  void aNameInAResultsTableIsNotAMention() {
    String text = "Ohio State defense\n\nDL\n\nDana Whitcombe\n\n29\n\n39%\n";
    assertNull(match(text, person(text, "1", "Dana Whitcombe", "Dana Whitcombe")).get(0).officialId());
  }

  @Test
  void aPlayerInASportsReportIsNotALegislatorOfTheSameName() {
    String game = "Ohio won its season opener 24-17. Dana Whitcombe played 40 snaps at tackle, and the quarterback"
        + " threw two touchdowns before halftime.";
    assertNull(match(game, person(game, "1", "Dana Whitcombe", "Dana Whitcombe")).get(0).officialId());
    String golf = "Dana Whitcombe made a birdie on the last hole of the PGA event in Ohio and reached the playoff.";
    assertNull(match(golf, person(golf, "1", "Dana Whitcombe", "Dana Whitcombe")).get(0).officialId());
    String senator = "Ohio won its season opener 24-17. Dana Whitcombe, the Ohio Democrat, watched the quarterback"
        + " throw two touchdowns before halftime.";
    assertEquals("whitcombe", match(senator, person(senator, "1", "Dana Whitcombe", "Dana Whitcombe")).get(0).officialId());
    String president = "Ohio won its season opener 24-17. Roland Pike watched the quarterback throw two touchdowns"
        + " before halftime.";
    assertEquals("pike", match(president, person(president, "1", "Roland Pike", "Roland Pike")).get(0).officialId(),
        "a head of state at a game is the head of state");
  }

  @Test
  void vicePresidentIsNotThePresident() {
    assertFalse(OfficialMatcher.titlesMatch("Vice President", "President"));
    assertTrue(OfficialMatcher.titlesMatch("U.S. President", "President"));
    assertTrue(OfficialMatcher.titlesMatch("Secretary of Defense", "Defense Secretary"));
    assertFalse(OfficialMatcher.titlesMatch("former President", "President"));
    assertTrue(OfficialMatcher.titlesMatch("Sen.", "Senator"));
    assertTrue(OfficialMatcher.titlesMatch("Rep.", "Representative"));
  }

  @Test
  void defaultWatchlistHoldsHeadsOfStateWrittenFamilyNameFirstAndTransliterated() {
    String text = "At the summit in Beijing, host Xi Jinping spoke first. Mr. Xi said trade would grow."
        + " Envoys of Benjamin Netanyahu and Kim Jong-un flew in from Tel Aviv and Pyongyang."
        + " Vladimir Putin stayed in Moscow.";
    List<Entity> e = match(Watchlist.defaults(), text, person(text, "1", "Xi Jinping", "Xi Jinping"),
        person(text, "2", "Xi", "Xi#2"), person(text, "3", "Benjamin Netanyahu", "Benjamin Netanyahu"),
        person(text, "4", "Kim Jong-un", "Kim Jong-un"), person(text, "5", "Vladimir Putin", "Vladimir Putin"));
    assertEquals("fb-xi-jinping", e.get(0).officialId());
    assertEquals("fb-xi-jinping", e.get(1).officialId());
    assertEquals("fb-benyamin-netanyahu", e.get(2).officialId());
    assertEquals("fb-kim-jong-un", e.get(3).officialId());
    assertEquals("fb-vladimir-vladimirovich-putin", e.get(4).officialId());
  }

  @Test
  void theFamilyNameOfTheOneWatchedHeadOfGovernmentNamesTheirGovernment() {
    String text = "Doctors said the Varga government had refused the vaccines.";
    List<Entity> e = match(WATCHLIST, text, person(text, "e1", "Varga", "Varga"));
    assertEquals("varga", e.get(0).officialId());
    assertEquals(Rule.HEAD_OF_GOVERNMENT_BY_FAMILY_NAME, e.get(0).officialEvidence().get(0).rule());
    assertEquals("Varga government", e.get(0).officialEvidence().get(0).span().text());

    String possessive = "Critics said Pike's administration moved too slowly.";
    assertEquals("pike", match(WATCHLIST, possessive, person(possessive, "e1", "Pike", "Pike")).get(0).officialId());
  }

  @Test
  void aFamilyNameWithoutGovernmentOrOfSomeoneElseOrANonHeadIsNoEvidence() {
    String alone = "Doctors said Varga had refused the vaccines.";
    assertNull(match(WATCHLIST, alone, person(alone, "e1", "Varga", "Varga")).get(0).officialId());
    // A senator has no administration of their own.
    String senator = "Aides said the Whitcombe administration of the 1990s was different.";
    assertNull(match(WATCHLIST, senator, person(senator, "e1", "Whitcombe", "Whitcombe")).get(0).officialId());
    // Another person of the article has the family name.
    String other = "Tom Varga, a nurse, said the Varga government had refused the vaccines.";
    List<Entity> e = match(WATCHLIST, other, person(other, "e1", "Tom Varga", "Tom Varga"),
        person(other, "e2", "Varga", "Varga#2"));
    assertNull(e.get(0).officialId());
    assertNull(e.get(1).officialId());
  }

  static final Official RENDELL = new Official("rendell", "Tobias Rendell", List.of("Toby Rendell"), "Senator", "US",
      List.of(), List.of("Anselm"));

  @Test
  void aMiddleNameOrInitialThatContradictsTheRecordedOneIsAnotherPerson() {
    Watchlist w = Watchlist.of(List.of(RENDELL, VARGA));
    for (String ok : List.of("Tobias Rendell", "Tobias A. Rendell", "Tobias Anselm Rendell", "Toby A. Rendell")) {
      String text = "Sen. " + ok + " toured a Dayton school last spring.";
      Entity e = match(w, text, person(text, "1", ok, ok)).get(0);
      assertEquals("rendell", e.officialId(), ok);
    }
    assertEquals(Rule.FULL_NAME, match(w, "Tobias Anselm Rendell spoke.",
        person("Tobias Anselm Rendell spoke.", "1", "Tobias Anselm Rendell", "Tobias Anselm Rendell")).get(0)
        .officialEvidence().get(0).rule());
    for (String other : List.of("Tobias Q. Rendell", "Tobias Quentin Rendell", "Toby Q. Rendell", "Tobias A. Q. Rendell")) {
      String text = "A school in Ohio is named after " + other + ", a teacher.";
      assertNull(match(w, text, person(text, "1", other, other)).get(0).officialId(), other);
    }
  }

  @Test
  void aMiddleInitialInTheOfficialsOwnNameCountsAsRecorded() {
    String text = "Dana Q. Whitcombe opened a bakery in Ohio.";
    assertNull(match(text, person(text, "1", "Dana Q. Whitcombe", "Dana Q. Whitcombe")).get(0).officialId());
    String same = "Dana R. Whitcombe opened a bakery in Ohio.";
    assertEquals("whitcombe", match(same, person(same, "1", "Dana R. Whitcombe", "Dana R. Whitcombe")).get(0).officialId());
  }

  @Test
  void aMiddleInitialIsAcceptedWhenTheOfficialHasNoneRecorded() {
    String text = "Ilse K. Varga flew to Budapest, Hungary, on Friday.";
    assertEquals("varga", match(text, person(text, "1", "Ilse K. Varga", "Ilse K. Varga")).get(0).officialId());
    String word = "Ilse Katalin Varga flew to Budapest, Hungary, on Friday.";
    assertNull(match(word, person(word, "1", "Ilse Katalin Varga", "Ilse Katalin Varga")).get(0).officialId(),
        "a whole middle name the watchlist does not know is not guessed");
  }

  @Test
  void aNamesakeWithAnotherMiddleInitialDoesNotLicenseTheFamilyNameAlone() {
    Watchlist w = Watchlist.of(List.of(RENDELL));
    String text = "The hall honours Tobias F. Rendell, who founded the college. Rendell taught there for years.";
    List<Entity> e = match(w, text, person(text, "1", "Tobias F. Rendell", "Tobias F. Rendell", "Rendell#2"));
    assertNull(e.get(0).officialId());
    String both = "Sen. Tobias Rendell spoke at the hall that honours Tobias F. Rendell. Rendell said it was an honour.";
    List<Entity> e2 = match(w, both, person(both, "1", "Tobias Rendell", "Tobias Rendell"),
        person(both, "2", "Tobias F. Rendell", "Tobias F. Rendell"), person(both, "3", "Rendell", "Rendell#3"));
    assertEquals("rendell", e2.get(0).officialId());
    assertNull(e2.get(1).officialId());
    assertNull(e2.get(2).officialId(), "two people of the article are called Rendell");
  }

  @Test
  void aPersonOfThePastIsNotACurrentOfficial() {
    String span = "A portrait of Ilse Varga (1890-1952) hangs in the Budapest museum in Hungary.";
    assertNull(match(span, person(span, "1", "Ilse Varga", "Ilse Varga")).get(0).officialId());
    String late = "The prize is named for the late Ilse Varga, a Hungarian poet.";
    assertNull(match(late, person(late, "1", "Ilse Varga", "Ilse Varga")).get(0).officialId());
    String relative = "Her late husband, Roland Pike, built the house in Ohio.";
    assertNull(match(relative, person(relative, "1", "Roland Pike", "Roland Pike")).get(0).officialId());
    String living = "Ilse Varga (Fidesz) spoke late on Tuesday in Budapest, Hungary.";
    assertEquals("varga", match(living, person(living, "1", "Ilse Varga", "Ilse Varga")).get(0).officialId());
  }

  @Test
  void anHonorificOfTheOtherSexBeforeTheFamilyNameIsARelative() {
    Official teller = new Official("teller", "Anwen Teller", List.of(), "Prime Minister", "GB");
    Watchlist w = Watchlist.of(List.of(teller));
    String text = "Sir Anwen Teller spoke in London. Lady Teller wore a blue coat. Mr. Teller said the plan would work.";
    List<Entity> e = match(w, text, person(text, "1", "Anwen Teller", "Sir Anwen Teller"),
        person(text, "2", "Lady Teller", "Teller#2"), person(text, "3", "Teller", "Teller#3"));
    assertEquals("teller", e.get(0).officialId());
    assertNull(e.get(1).officialId(), "Lady Teller is not Sir Anwen Teller");
    assertEquals("teller", e.get(2).officialId());
    // the official's given name shows the sex where the article does not
    Official george = new Official("gwent", "George Gwent", List.of(), "Prime Minister", "GB");
    String g = "George Gwent spoke in London. Mrs. Gwent wore a blue coat.";
    assertNull(match(Watchlist.of(List.of(george)), g, person(g, "1", "George Gwent", "George Gwent"),
        person(g, "2", "Gwent", "Gwent#2")).get(1).officialId());
    // unknown sex: no guess
    String u = "Anwen Teller spoke in London. Mrs. Teller said the plan would work.";
    assertEquals("teller", match(w, u, person(u, "1", "Anwen Teller", "Anwen Teller"),
        person(u, "2", "Teller", "Teller#2")).get(1).officialId());
  }

  @Test
  void anAliasShowsTheSexOfAnOfficialNamedByInitials() {
    // "T.R. Mabley" tells no sex; the listed full name "Thomas Roy Mabley" does: his wife is not him
    Official mabley = new Official("mabley", "T.R. Mabley", List.of("Thomas Roy Mabley"), "Vice President", "US");
    Watchlist w = Watchlist.of(List.of(mabley));
    String text = "Vice President TR Mabley spoke in Ohio. Mrs. Mabley, who runs a bakery, said she was proud.";
    Entity e = match(w, text, person(text, "1", "TR Mabley", "TR Mabley", "Mabley#2")).get(0);
    assertEquals("mabley", e.officialId());
    assertEquals("TR Mabley@15 FULL_NAME", evidence(e));
    // a woman's listed name lets "Mrs." stand for her
    Official wynne = new Official("wynne", "K.J. Wynne", List.of("Katherine Jane Wynne"), "Senator", "US");
    String her = "Sen. KJ Wynne spoke in Ohio. Mrs. Wynne said the bill would pass.";
    Entity k = match(Watchlist.of(List.of(wynne)), her, person(her, "1", "KJ Wynne", "KJ Wynne", "Wynne#2")).get(0);
    assertEquals("KJ Wynne@5 FULL_NAME; Wynne@34 FAMILY_NAME_AFTER_FULL_NAME", evidence(k));
  }

  @Test
  void spacesAfterALineBreakBeforeANameAreNoTitle() {
    String text = "The vote was close.\n Ilse Varga spoke in Budapest, Hungary.";
    assertEquals("varga", match(text, person(text, "1", "Ilse Varga", "Ilse Varga")).get(0).officialId());
  }
}
