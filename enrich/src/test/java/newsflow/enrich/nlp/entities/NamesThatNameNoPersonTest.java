package newsflow.enrich.nlp.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.SharedAnalyzer;
import org.junit.jupiter.api.Test;

/** Bands, businesses, adjectives, royal titles and heading nouns that look like names, on made-up sentences. */
class NamesThatNameNoPersonTest {

  private static List<String> people(String text) {
    return SharedAnalyzer.entities(text).stream().filter(e -> e.type() == EntityType.PERSON)
        .map(e -> e.name() + "x" + e.mentions().size()).toList();
  }

  private static List<String> organisations(String text) {
    return SharedAnalyzer.entities(text).stream().filter(e -> e.type() == EntityType.ORGANIZATION)
        .map(e -> e.name() + "x" + e.mentions().size()).toList();
  }

  @Test
  void aNameOfSeveralWordsAfterANounForABandIsTheBandAtItsOtherMentionsToo() {
    assertEquals(List.of(),
        people("Tickets for the band Corvid Lane sold out in an hour. Corvid Lane said the tour would go on."));
    // a noun for a person keeps the person
    assertEquals(List.of("Imogen Valex1", "Kestrelx1"),
        people("The singer Imogen Vale sang two encores. The rapper Kestrel joined her."));
  }

  @Test
  void aNameOfSeveralWordsAfterANounForABusinessIsThatOrganisation() {
    String text = "The charity Marlow Kent raised funds for the shelter. Marlow Kent said donations fell.";
    assertEquals(List.of(), people(text));
    assertEquals(List.of("Marlow Kentx2"), organisations(text));
    assertEquals(List.of("Holloway Birchx2"),
        organisations("The firm Holloway Birch hired forty staff. Holloway Birch said it was growing."));
    // a noun that also stands before people's names, or a founder of the firm, keeps the person
    assertEquals(List.of("Ann Leex1"), people("Property developer Ann Lee bought the old mill in March."));
    assertTrue(people("The firm's founder Ana Lind left in May.").contains("Ana Lindx1"));
  }

  @Test
  void aNameWithAnAppositionEndingInANounForABusinessOrABandIsNoPerson() {
    assertEquals(List.of(), people("Corvid Lane, the band from Leeds, played on Saturday."));
    assertEquals(List.of(), people("Ostwin, the company behind the app, said it would appeal."));
    // a person's job keeps the person
    assertEquals(List.of("Ann Leex1"), people("Ann Lee, a company director, said the firm would grow."));
  }

  @Test
  void aCapitalisedAdjectiveBeforeALowerCaseNounIsNoName() {
    List<Entity> es = SharedAnalyzer.entities(
        "National news\nFerry services to the islands resumed once the gale eased, operator Castle Line said.");
    assertTrue(es.stream().noneMatch(e -> e.name().equals("National")), es.toString());
    assertEquals(List.of("Noor Haddadx1"),
        people("\"It is a tax on commuters,\" said Liberal transport critic Noor Haddad."));
    // an acronym before a noun is a name
    assertEquals(List.of("NATOx1"), organisations("NATO troops crossed the river on Monday, officials said."));
  }

  @Test
  void aWordOfAFixedRoyalTitleIsNoName() {
    assertEquals(List.of(), people("The Princess Royal opened the new hospital wing on Tuesday."));
    assertEquals(List.of("Gwen Ellisx1"),
        people("The Queen Mother planted a tree at the school in 1985, headteacher Gwen Ellis said."));
  }

  @Test
  void aCommonNounAfterASurnameInATitleCaseHeadingIsNoPartOfTheName() {
    assertEquals(List.of("Leo Kavanaghx2", "Clara Dunmorex2"), people("Kavanagh Denies Dunmore Affair\n"
        + "Singer Leo Kavanagh has denied the reports. Clara Dunmore would not say more. The affair was first claimed"
        + " by a gossip column."));
    // a name the body also uses keeps its last word
    assertTrue(people("Hawks Sign Tavon Battle\nThe Hawks signed receiver Tavon Battle on Monday. The battle for"
        + " places is open.").contains("Tavon Battlex2"));
  }

  @Test
  void aOneWordNameSpeltWithACapitalInsideLikeABrandIsNoPerson() {
    assertEquals(List.of(), people("Parents blamed CareNest for the delay. CareNest declined to comment."));
    // family names with a capital after a short prefix or a particle, and run-together given names, stay people
    List<String> kept = people("Later VanderVeen said he was pleased. Marta DeWitt thanked MaryBeth, who scored twice.");
    assertTrue(kept.contains("VanderVeenx1") && kept.contains("MaryBethx1"), kept.toString());
  }

  @Test
  void aOneWordNameWhereAPaperOrAnEssayIsPublishedIsAnOrganisation() {
    String text = "The essay was first posted on Larkin, a site run by two students.";
    assertEquals(List.of(), people(text));
    assertEquals(List.of("Larkinx1"), organisations(text));
    // a piece "on" someone is about them
    assertEquals(List.of("Okaforx2"), people("An article on Okafor ran in March. Okafor said she was pleased."));
  }
}
