package newsflow.enrich.nlp.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.SharedAnalyzer;
import org.junit.jupiter.api.Test;

/** People through the whole analyzer (model, news rules, resolver) on made-up sentences. */
class PeopleInContextTest {

  private static List<String> people(String text) {
    return SharedAnalyzer.entities(text).stream().filter(e -> e.type() == EntityType.PERSON)
        .map(e -> e.name() + "x" + e.mentions().size()).toList();
  }

  @Test
  void aNameBeforeAFacilityNounNamesTheFacility() {
    assertEquals(List.of("Ann Colex1"),
        people("The mayor was flown to Ivo Marsh hospital after the crash, his aide Ann Cole said."));
    assertEquals(List.of(), people("Fire broke out at the Lindqvist hotel near the port. The Lindqvist said two guests were hurt."));
  }

  @Test
  void aPlaceWordedAsAClubInASportsReportIsNoPlaceUnlessItIsAlsoALocation() {
    String game = "The Riverside Hawks ended their losing run with a 3-1 win over Denver on Saturday night. Goalkeeper "
        + "Ivo Marsh made 31 saves, and the Hawks scored twice in the third period.\n\n\"We needed that one,\" coach "
        + "Dana Ruiz said after the game.";
    assertTrue(SharedAnalyzer.entities(game).stream().noneMatch(e -> e.type() == EntityType.PLACE
        && e.name().equals("Denver")), "the side beaten, not the city");
    String both = game + " A week earlier a blizzard had closed the airport in Denver.";
    assertTrue(SharedAnalyzer.entities(both).stream().anyMatch(e -> e.type() == EntityType.PLACE
        && e.name().equals("Denver")), "also named as a location: the place stays");
  }

  @Test
  void bandsAndDeitiesAreNotPeople() {
    assertEquals(List.of("Tom Bergx1"),
        people("Fans queued all night to hear the band Lumenfall play, their manager Tom Berg said."));
    assertEquals(List.of("Maria Lopezx1"), people("\"God is with us,\" said Maria Lopez after the storm."));
  }

  @Test
  void aCountryNameAloneIsTheCountryUnlessThePronounMakesItThePerson() {
    List<Entity> es = SharedAnalyzer.entities(
        "Defence Minister Jordan Hale visited the troops. Later Jordan said it had closed the border crossing.");
    assertEquals(List.of("Jordan Hale"), es.stream().filter(e -> e.type() == EntityType.PERSON).map(Entity::name).toList());
    assertEquals(1, es.stream().filter(e -> e.name().equals("Jordan Hale")).findFirst().orElseThrow().mentions().size());
    assertTrue(es.stream().anyMatch(e -> e.type() == EntityType.PLACE && e.name().equals("Jordan")), es.toString());
    assertEquals(List.of("Jordan Halex2"), people("Jordan Hale gave a lecture in Toronto. Jordan said he would return next year."));
  }

  @Test
  void aTitleWordIsTheSurnameOfTheOneNamedInFullWithIt() {
    assertEquals(List.of("Mara Lise Kingx3"), people(
        "Coach Mara Lise King picked the squad on Monday. A sore knee kept King out. \"We can still win,\" said King."));
  }

  @Test
  void aNameThatTheDefiniteArticleMakesTheHeadIsAThing() {
    assertEquals(List.of("Ann Leex1"), people("We tested the Corvo, which weighs two pounds, said reviewer Ann Lee."));
    // a modifier of the noun after it, also over "and", stays the person's
    assertEquals(List.of("Tom Okaforx3"), people(
        "Tom Okafor spoke first. The Okafor family thanked the police, and the Okafor and Lind reports were published."));
  }

  @Test
  void aTitledNameDoesNotTakeTheSurnameAfterAnd() {
    List<String> p = people("Prince Arlo and Dana Voss visited the school on Monday.");
    assertTrue(p.contains("Dana Vossx1") && !p.contains("Arlo Vossx1"), p.toString());
  }

  @Test
  void aOneWordNameListedWithOrganisationsIsAnotherOrganisation() {
    assertEquals(List.of(), people("The contract went to Whitcombe, Larkspur Holdings Inc and Norvane Corp, the agency said."));
    // a person in the list, a pair (a politician and a party), a plural that names people, or a one-comma
    // pair as in a box score keeps the name a person's
    assertEquals(List.of("Vargax1"), people("Varga and Labour lost ground in the polls."));
    assertEquals(List.of("Vargax1"), people("Varga, Democrats and Republicans met on Tuesday."));
    assertEquals(List.of("Ana Ruizx1", "Okaforx1"), people("Ana Ruiz, Okafor and Larkspur Systems signed the letter."));
    assertTrue(people("Halvorsen, Marta 4-7 2-2 10; Quist, Ingrid 1-3 0-0 2.").contains("Martax1"));
  }

  @Test
  void aBrandWrittenWithAPossessiveInAListOfOrganisationsIsNoPerson() {
    assertEquals(List.of(), people(
        "The chain's suppliers include Harwick Mills, Dunmore's, Pellworth's and Castor Foods, the filing said."));
    assertEquals(List.of(), people(
        "Advertisers such as Bramco, Tulliver's, Quenby Foods and Ostrel Media left the network last year."));
    // a person in the list keeps the others' possessives people's
    assertEquals(List.of("Ana Ruizx1", "Okaforx1"), people(
        "Ana Ruiz's, Okafor's and Lindell Partners' offices were searched on Friday."));
  }

  @Test
  void theSurnameOfAPersonNamedBeforeDoesNotTakeTheSurnameAfterAnd() {
    // "Graham" is a given name too, but here it is Ross Graham again, not a "Graham Fenn"
    assertEquals(List.of("Ross Grahamx2", "Tobias Fennx1"), people(
        "Coach Ross Graham resigned on Wednesday. Graham and Tobias Fenn reached an agreement late Tuesday."));
    // a given name of someone named before still shares the surname after "and"
    assertEquals(List.of("Anna Okaforx2", "Ben Okaforx1"), people(
        "Anna Okafor spoke first. Later Anna and Ben Okafor opened a bakery in Leeds."));
  }

  @Test
  void aOneWordNameRightAfterAModelNumberIsAProduct() {
    assertEquals(List.of("Ada Quinnx1"), people(
        "Orion sold the 4 Victor for less. The 4 Victor is a small car, said Ada Quinn."));
    assertEquals(List.of("Ada Quinnx1"), people("Orion sold the 4 Sport Victor for less, said Ada Quinn."));
    // a year before a name is no model number
    assertEquals(List.of("Okaforx1"), people("In 2019 Okafor moved to Lagos, where he opened a bakery."));
  }

  @Test
  void aNameWrittenWithTheSameNumberAtEveryMentionIsASequelsTitle() {
    assertEquals(List.of("Ada Quinnx1"), people(
        "Gamers have waited years for Marcus 2. Marcus 2 arrives in March, said Ada Quinn."));
    assertEquals(List.of(), people("He played Galen Quest 3 all night. Galen Quest 3 sold a million copies."));
    // a player named once with a score, or named again without one, is a person
    assertTrue(people("Halvorsen 17 points, Quist 9 points. Later Halvorsen said the team was tired.")
        .contains("Halvorsenx2"));
  }

  @Test
  void aNameThatIsOnlyEverAllAQuotationHoldsIsAWorkOrAnAliasNoPerson() {
    assertEquals(List.of("Dana Holtx1", "Ivo Pellx1"), people(
        "The critics' shortlist includes Dana Holt for \"Corwin Maddox,\" Ivo Pell for \"Silent Harbours\" and the comedy \"Tamsin Vale.\""));
    assertEquals(List.of(), people("The studio's catalogue includes \u201cRowan Ashby\u201d and \u201cBellamy Frost,\u201d two musicals from the 1990s."));
    assertEquals(List.of("Hal Dorseyx1"), people("Critics praised Hal Dorsey's new album \"Jonah Kettleby.\" The record sold well in Norway."));
    assertEquals(List.of(), people("Fans of the show will remember the sketch with \u2018Brother Marek\u2019. Ratings fell by a third last year."));
    // named once without the marks, or inside a longer quotation, the name is a person's
    assertEquals(List.of("Tomas Grellx2"), people("\"Tomas Grell,\" the crowd chanted as the mayor arrived. Tomas Grell later said he was moved."));
    assertEquals(List.of("Lena Marshx1"), people("\"Lena Marsh will stay,\" her aide added on Monday."));
  }

  @Test
  void aPlayingPositionAloneOnALineIsAHeadingNoPerson() {
    assertEquals(List.of("Daro Pikettx1", "Jeb Otterlyx1"), people(
        "Depth chart notes after the home win.\n\nCornerback\n\nDaro Pikett played every snap.\n\nLinebacker\n\nJeb Otterly had nine tackles."));
  }

  @Test
  void aNameUsedOnlyInAnIdiomOrADiseaseIsNoPerson() {
    assertEquals(List.of("Tom Brennerx1"), people(
        "Analysts say debt is the Achilles heel of the port plan. \"Murphy's law always applies,\" said engineer Tom Brenner."));
    assertEquals(List.of("Pia Lundx1"), people("Her mother was diagnosed with Crohn's disease last year, said Pia Lund."));
    // named once outside the idiom, the name is a person's
    assertTrue(people("\"Murphy's law always applies,\" said engineer Tom Brenner. Later Murphy told reporters that the bridge"
        + " would open in May.").contains("Murphyx2"));
  }

  @Test
  void aBoxScoreLineNamesEachPlayerOnceGivenNameFirst() {
    assertEquals(List.of("Dana Okaforx1", "Marta Lindx1", "Ines Bergx1", "Rolf Tamsinx1"), people(
        "HALDEN (12-4): Okafor, Dana 4-7 7-8 17; Lind, Marta 6-6 1-2 13; Berg, Ines 0-2 2-2 2; Tamsin, Rolf 3-9 0-0 8. "
            + "Totals 13-24 10-12 40."));
    assertEquals(List.of("Smithx1", "Jonesx1", "Brownx1"),
        people("Smith, Jones and Brown said the plan would fail, according to officials in Paris, France."));
  }

  @Test
  void aOneWordNameOpeningAClauseWithAPluralVerbIsAClub() {
    assertEquals(List.of(), people("After a long winless run, Preston have dropped to ninth in the table."));
    assertEquals(List.of(), people("The rowing club lost its final. Harrington have now won only once in six races."));
    // names joined by "and", after a noun, or with a singular verb elsewhere are people
    assertEquals(List.of("Inesx1", "Halvardx1"), people("Ines and Halvard have moved to Bergen, where they opened a bakery."));
    assertEquals(List.of("Lena Marshx1", "Teodorx1"),
        people("Lena Marsh and her husband Teodor were seen leaving the gallery."));
    assertEquals(List.of("Prestonx2"), people(
        "Preston has signed a new contract. Asked about the title, Preston have nothing to fear, he said."));
  }

  @Test
  void aKnownTownAloneInASportsReportIsItsClub() {
    assertEquals(List.of(), people("The coach was pleased with the 2-0 league win and the goal his striker scored. "
        + "A defender on loan to Fleetwood returns next month, the manager said."));
    // someone named in full with that surname keeps the person
    assertEquals(List.of("Dana Fleetwoodx2"), people("The coach was pleased with the 2-0 league win and the goal his "
        + "striker Dana Fleetwood scored. The manager said Fleetwood would start the next match."));
  }

  @Test
  void aOneWordNameWithATeamRoleOrAScoredResultIsAClubInASportsReport() {
    // "Brannigan boss ..." and "a 1-4 defeat to Kelleher" name clubs
    assertEquals(List.of("Odo Rennerx1"), people("The hockey season resumed on Saturday, and the penalty kill was "
        + "perfect. Brannigan boss Odo Renner praised his goaltender after the shutout."));
    assertEquals(List.of("Odo Rennerx1"), people("The hockey season resumed on Saturday. Odo Renner's side suffered "
        + "a 1-4 defeat to Kelleher, and the goaltender faced 40 shots in the third period."));
    // a possessive before the role is said of a player too
    assertEquals(List.of("Ainsleyx2"), people("The rugby league season resumed on Saturday. Ainsley's coach said his "
        + "winger scored two tries in the second half. Ainsley said the goal was to reach the final."));
  }

  @Test
  void aOneWordNameUsedOnlyBeforeAnAwardWordIsTheAward() {
    assertEquals(List.of("Paul Rennerx1", "Ines Holmx1"),
        people("Critics praised the new drama. Paul Renner joined the cast alongside Tony winner Ines Holm."));
    assertEquals(List.of(), people("The ballet was seen as a Tony contender before the Tony telecast in June."));
    // a mention without a noun after it keeps the person
    assertEquals(List.of("Tonyx3"), people(
        "The ballet was seen as a Tony contender before the Tony telecast in June. Tony said he was pleased."));
  }

  @Test
  void aOneWordNameAfterASettlementNounAndOfIsThePlace() {
    assertEquals(List.of(), people("Residents of the hill town of Mabel were told to boil their water, officials said."));
    assertEquals(List.of("Mabelx1"), people("The son of Mabel was told to boil his water, officials said."));
  }

  @Test
  void aOneWordNameHeadingAResultsLineWithARecordIsATeam() {
    assertEquals(List.of("Ana Ruizx1", "Lia Mossx1"),
        people("GIRLS LACROSSE\nEverly (1-4): Ana Ruiz 2 goals.\nBrigham (NR): Lia Moss 7 saves."));
    // a pitcher's record without the colon is a person's
    assertEquals(List.of("Hallorannx1", "Ada Vinterx1"),
        people("Hallorann (4-2) pitched six innings and struck out nine, said coach Ada Vinter."));
  }

  @Test
  void aOneWordNameRightAfterANounForABusinessIsThatBusiness() {
    List<Entity> es = SharedAnalyzer.entities("The games developer Quorvex has delayed its next title until spring, fans were told.");
    assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.PERSON), es.toString());
    assertTrue(es.stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION && e.name().equals("Quorvex")), es.toString());
    assertEquals(List.of(), people("Shares of furniture manufacturer Brannock fell 4 percent on Monday after a profit warning."));
    // a name of two words, a given name, or the subject of a relative clause stays a person
    assertEquals(List.of("Ann Leex1"), people("Property developer Ann Lee bought the old mill in March."));
    assertEquals(List.of("Tomx1"), people("The software developer Tom said he was leaving."));
    assertEquals(List.of("Lindqvistx1"), people("The firm Lindqvist founded in 1990 now employs 40 people."));
  }

  @Test
  void theOtherNamesOfAFirmsListAfterANounForABusinessAreNoPeople() {
    assertEquals(List.of("Dana Okaforx1"), people("The claim was filed on Friday by the law firm Pruett, Galloway, "
        + "Hensley for the tenant.\n\nDana Okafor, who rents the shop, said the landlord had not replied."));
    assertEquals(List.of("Dana Okaforx1"),
        people("The letter came from the firm Marchetti, Holm, Carver on Monday, said Dana Okafor."));
    assertEquals(List.of("Mira Quellx1"), people("A folding frame was shown by manufacturer Harwell and Stroud at the "
        + "fair. \"It sells well,\" said Mira Quell."));
    // a comma alone, a given name or a full name after "and" does not continue the firm's name
    assertEquals(List.of("Birtx2", "Ann Leex1"), people("The firm Haddow, Birt said the deal was off. Birt, a partner, "
        + "declined to comment, according to Ann Lee."));
    assertEquals(List.of("Ann Leex1"), people("The plan was backed by maker Tessaly and Ann Lee, its chief executive, "
        + "expects the new range to sell well."));
  }

  @Test
  void aGivenNameWithTheSurnameInBracketsIsOnePerson() {
    assertEquals(List.of("Dana Okaforx3", "Tomas Reyesx1"), people("\"I don't see myself as a backup. Dana [Okafor] and "
        + "I always say that,\" said Tomas Reyes. Okafor scored 12 points."));
    assertEquals(List.of("Tom Reyesx3", "Annx1", "Mira Quellx1"), people("\"It has been good, with Tom (Reyes) and Ann "
        + "stepping up,\" she said, according to coach Mira Quell. Reyes won twice."));
    // a place or a description in the brackets is no surname
    assertEquals(List.of("Tomas Reyesx1", "Tomx1"),
        people("\"We flew to Jordan (Amman) last week,\" said Tomas Reyes. \"Tom (a neighbour) came too.\""));
  }

  @Test
  void aOneWordNameWithAnAppositionEndingInANounForABusinessIsThatBusiness() {
    assertEquals(List.of("Ada Quistx1"),
        people("Before the merger, Ada Quist led Marrowind, a payments company that grew fast."));
    assertEquals(List.of(), people("Winter campers often pick Feldhaus. Feldhaus is a German brand, popular with climbers."));
    assertEquals(List.of(), people("She spent ten years at Tavish, the record label that found her."));
    // the business noun must end the phrase: a person's job or a possessive keeps the person
    assertEquals(List.of("Lindellx1"), people("Lindell, a company director, was fined on Friday."));
    assertEquals(List.of("Lindellx1"), people("Lindell is a company man through and through, his colleagues said."));
  }
  @Test
  void aOneWordNameWithAnAppositionEndingInANounForAWorkIsThatWork() {
    assertEquals(List.of(), people("Critics hated Marlowe, a heist comedy starring two unknowns, and it closed within a week."));
    assertEquals(List.of(), people("Nobody expected much from Henrietta, a quiet drama about a farm family, yet it sold out."));
    assertEquals(List.of(), people("Delphine was a benefit concert organised by local churches in 1974."));
    // the work noun must end the phrase, with no function word before it
    assertEquals(List.of("Lindellx1"), people("Lindell, a film critic, said the ending was weak."));
    assertEquals(List.of("Dorianx1"), people("Dorian, a regular at the festival, said the crowds were smaller this year."));
  }

  @Test
  void aOneWordNameBeforeANounForADeviceIsItsBrand() {
    assertEquals(List.of(), people("I swapped my old trackpad for the Garrison 3 mouse and never looked back."));
    // a verb or a function word between the name and the device keeps the person
    assertEquals(List.of("Halloranx1", "Maevex1"), people("Halloran used the mouse to sign in, then left, his sister Maeve said."));
  }

  @Test
  void aOneWordNameQuotedWithinAShortTitleIsTheWork() {
    assertEquals(List.of(), people("“Marlowe 2” opens in June, four years after the first “Marlowe” film won over children and parents alike."));
    assertEquals(List.of(), people("Her new podcast, ‘Notes From Tamsin’, tops the charts this week."));
    // a quoted sentence, or a name also written outside the quotation marks, stays a person
    assertEquals(List.of("Marlowex1"), people("“Tell Marlowe we are done,” she said on Tuesday."));
    assertTrue(people("Supporters held signs reading “Free Tamsin” outside the court, where Tamsin waved to them.").stream()
        .anyMatch(n -> n.contains("Tamsin")));
  }

  @Test
  void aOneWordNameOnlyEverBeforeANounForAProgrammeOrAPodcastIsThatThing() {
    assertEquals(List.of("Mara Lindx1"), people("Mara Lind played a nurse on the hit Halloran television drama for six years."));
    assertEquals(List.of("Tom Ruizx1"), people("Tom Ruiz told listeners on the Brannigan podcast that he was quitting."));
    // a host also named otherwise stays a person
    assertEquals(List.of("Branniganx2"), people("Brannigan told fans the Brannigan podcast would end in May."));
  }

  @Test
  void aOneWordNameWhoseSharesTradeOrThatReportsEarningsIsACompany() {
    assertEquals(EntityType.ORGANIZATION,
        SharedAnalyzer.typeOf(SharedAnalyzer.entities("Shares of Brannock fell 6 percent on Monday."), "Brannock"));
    assertEquals(List.of(), people("Investors dumped Corliss (NASDAQ: CRLS) after the warning."));
    assertEquals(List.of(), people("Hallett's posted quarterly earnings that beat forecasts."));
    // shares a person owns, or the verb "shares", keep the person
    assertEquals(List.of("Lindqvistx1"), people("Shares of Lindqvist's company fell on Monday."));
    assertTrue(people("Lindqvist shares his time between Oslo and Rome.").contains("Lindqvistx1"));
  }

  @Test
  void aOneWordNameThatItOrItsRefersBackToIsAnOrganisation() {
    for (String[] t : new String[][] {
        {"Critics accused Dunmore of greed after it raised prices for pensioners.", "Dunmore"},
        {"Wexley now ships a cheaper edition of its flagship blender to Asia.", "Wexley"},
        {"Tarsk also sells routers; its newest model costs $80, a spokeswoman said.", "Tarsk"},
        {"Garrow keeps sleepers warm using what it calls a smart mesh lining.", "Garrow"}}) {
      List<Entity> es = SharedAnalyzer.entities(t[0]);
      assertEquals(EntityType.ORGANIZATION, SharedAnalyzer.typeOf(es, t[1]), t[0]);
    }
    // a verb of saying, a nearer noun, a given name, a personal pronoun, an impersonal "it", or a subject before
    // that "it" may mean keeps the person
    assertEquals(List.of("Brandtx1"), people("The union rejected the offer. Brandt said its members would strike."));
    assertEquals(List.of("Okaforx1"), people("Okafor sold the bakery and its ovens in 2019."));
    assertEquals(List.of("Dennisx1"), people("Dennis also sells routers; its newest model costs $80, a spokeswoman said."));
    assertEquals(List.of("Tarskx2"), people("Tarsk also sells routers; its newest model is cheap. Tarsk said he would retire."));
    assertEquals(List.of("Vargax1"), people("Fans accused Varga of cheating after it emerged that the scores were wrong."));
    assertEquals(List.of("Lindqvistx1"), people("The bank collapsed in March. Lindqvist resigned after it lost the contract."));
    assertTrue(people("Varrow invaded Ostland last spring. Kellan defended its actions on Monday.").contains("Kellanx1"));
    assertTrue(people("The board fired Lindqvist over its losses in Asia.").contains("Lindqvistx1"));
  }
}
