package newsflow.enrich.nlp.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.SharedAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * Names of things after a noun for their kind, words in "-ology", and one person over name forms (initials with and
 * without points, a nickname between given name and surname, a particle written with a hyphen or a space), through the
 * whole analyzer on made-up sentences.
 */
class ThingNamesAndNameFormsTest {

  private static List<String> people(String text) {
    return SharedAnalyzer.entities(text).stream().filter(e -> e.type() == EntityType.PERSON)
        .map(e -> e.name() + "x" + e.mentions().size()).toList();
  }

  @Test
  void aNameAfterANounForAKindOfThingIsThatThing() {
    assertEquals(List.of(), people("Engineers grounded the shuttle Corvantis after a fuel sensor failed. Corvantis will not fly before March."));
    assertEquals(List.of(), people("The tanker Maribel ran aground off the coast. The crew of Maribel was rescued."));
    assertEquals(List.of(), people("The spacecraft Veyra entered orbit on Tuesday. Veyra will map the moon."));
    assertEquals(List.of(), people("Cyclone Tamsin destroyed homes in the north. Aid groups said Tamsin had left thousands homeless."));
    assertEquals(List.of(), people("Forecasters said Tropical Storm Marisol would strengthen overnight. Marisol is expected to reach the islands by Friday."));
    assertEquals(List.of("Dana Pruittx1"), people("The racehorse Silverlock won at Ascot. Silverlock is trained by Dana Pruitt."));
  }

  @Test
  void aPersonAfterSuchANounStaysAPerson() {
    // the subject of a relative clause, a name before the noun, a noun that is part of a title
    assertEquals(List.of("Jonesx2"), people("It was the album Jones recorded in 1990. Jones said it was his favourite."));
    assertEquals(List.of("Dana Lindx2"), people("The storm Dana Lind predicted never came. Lind said she was relieved."));
    assertEquals(List.of("Okaforx2"), people(
        "Two neighbours told Harbour Weekly magazine Okafor was moving abroad. Okafor denied it on Monday."));
    assertEquals(List.of("Ola Bergx1"), people("Officers boarded the ferry. Ferry captain Ola Berg said nobody was hurt."));
    assertEquals(List.of("Storm Reidx2"), people("Storm Reid starred in the film. Reid said she loved the script."));
  }

  @Test
  void aRoleNamedWithItsActorInBracketsIsNoPerson() {
    assertEquals(List.of("Tobias Lindgrenx1", "Dorota Wenzelx1"), people(
        "The new comedy follows two cousins through one bad summer. Marek (Tobias Lindgren) has just lost his job, and"
            + " his cousin Ilse (Dorota Wenzel) wants him gone by August. Marek says little and Ilse talks for both."));
    assertEquals(List.of("Ines Varrox1"), people(
        "The drama is slow but pays off. The landlady Odile (played by Ines Varro) runs the boarding house, and Odile"
            + " never smiles."));
  }

  @Test
  void aRoleNamedAfterAnActingWordIsNoPerson() {
    assertEquals(List.of("Orsolya Benkex2"), people(
        "Orsolya Benke stars as Rozalind, a ferry pilot who loses her licence. Rozalind drifts from port to port,"
            + " and Benke gives her a dry wit."));
    assertEquals(List.of("Kasimir Dunx2"), people(
        "Critics praised Kasimir Dun for his turn as Falko in the prison drama. Falko never raises his voice, and"
            + " Dun never lets him."));
    assertEquals(List.of("Tove Marrx1"), people(
        "The sitcom's best scenes belong to Gisella, gently played by Tove Marr. Gisella runs the bakery alone."));
  }

  @Test
  void aRoleNamedInFullWithItsActorOrAsACharacterIsNoPerson() {
    assertEquals(List.of("Carl Dentonx1", "Lena Hartx2"), people(
        "The soap opera loses two faces this spring. Viewers will see Lena's character Mara Quill leave the village and"
            + " her husband Tobin Reeve, played by Carl Denton, in the next episode. Lena Hart said she was sad to go."));
    assertEquals(List.of("Ines Varrox1"), people(
        "The crime series opens in a harbour town. The detective Rune Aalto (played by newcomer Ines Varro) finds a"
            + " body on the pier."));
  }

  @Test
  void aRoleAfterRoleOfOrRoleAsIsNoPerson() {
    assertEquals(List.of("Wren Hollisx2"), people(
        "The theatre has spent months casting the lead role of Ottoline for its winter show. Wren Hollis, who directs,"
            + " said Hollis wanted a singer."));
    assertEquals(List.of("Mira Solbergx2"), people(
        "Mira Solberg was a waitress until she landed the role of Pia Marsh on a cable drama. Solberg now lives abroad."));
    assertEquals(List.of("Tomas Brecx2"), people(
        "Tomas Brec is best known for his role as Dorian Vell in a long-running sitcom. Brec turns forty today."));
  }

  @Test
  void aPersonAfterRoleOfWithoutAnActingWordStaysAPerson() {
    // no word of acting before "role of"; a possessive after the name: a job beside a real person
    assertEquals(List.of("Halvorx2"), people(
        "Auditors questioned the role of Halvor in the land sale. Halvor said he had done nothing wrong."));
    assertEquals(List.of("Nora Quistx1", "Ilse Brandtx1"), people(
        "Nora Quist stepped down after her role as Ilse Brandt's deputy ended in a row over the budget."));
  }

  @Test
  void aNameAfterAPartOfAStoryIsThatStorysTitle() {
    assertEquals(List.of(), people("Fans waited six years for a sequel to Matheson, and the studio finally agreed."));
    assertEquals(List.of(), people("The second episode of Calloway drew four million viewers on Sunday."));
    assertEquals(List.of(), people("In the cave the knight faces the demon Vorgath, who guards the gold."));
    // a possessive after the name, or another mention of the name alone, keeps the person
    assertEquals(List.of("Lindqvistx1"), people("The book opens with a chapter of Lindqvist's childhood in the valley."));
    assertEquals(List.of("Oswinx2"), people("The episode of Oswin's trial drew a large audience. Oswin said he was innocent."));
  }

  @Test
  void aRealPersonAFilmPortraysStaysAPerson() {
    // named first as a real person; the role is written with the surname alone
    assertEquals(List.of("Ada Morrowx2", "Lise Tannenx2"), people(
        "The film tells the life of the chemist Ada Morrow. Morrow, played by Lise Tannen, is shown in her laboratory."
            + " Tannen said the role was hard."));
  }

  @Test
  void aPlaceOrAFirmNamedAfterSomeoneIsNotThatPerson() {
    assertEquals(List.of("Ivan Petrovx2", "Oskar Lindx1"), people(
        "Top seed Ivan Petrov beat Oskar Lind 6-2 6-3 on Dario Venn Arena on Monday. Petrov plays again on Friday."));
    assertEquals(List.of("Ben Ortizx1"), people(
        "The gala was called off after producer Jim Arlo Productions could not reach a deal, spokesman Ben Ortiz said."));
    assertEquals(List.of(), people("The tour ends on June 27 at the QX&Z Pavilion in Reno."));
  }

  @Test
  void aSurnameThatIsAlsoAPlaceWordStaysAPerson() {
    assertEquals(List.of("Maria Elena Churchx1", "Alex Pressx1", "Bruno Arenax2"), people(
        "Maria Elena Church will chair the panel, and Alex Press, a reporter, agreed. The coach, Bruno Arena, said"
            + " the team was ready. Arena added that fans would be pleased."));
  }

  @Test
  void aGazetteerPlaceListedWithPlacesOnlyIsAPlace() {
    String text = "Trees died between Moab and Pizarro and along the river, rangers said.";
    assertEquals(List.of(), people(text));
    assertEquals(List.of("Moab", "Pizarro"), SharedAnalyzer.entities(text).stream()
        .filter(e -> e.type() == EntityType.PLACE).map(e -> e.name()).toList());
  }

  @Test
  void aNameListedWithAPlaceButNamedElsewhereStaysAPerson() {
    assertEquals(List.of("Pizarrox2"), people(
        "Talks between Pizarro and Ostland ended on Monday, and Pizarro said he would return."));
  }

  @Test
  void aNicknameOrANamedPersonAfterAsStaysAPerson() {
    assertEquals(List.of("Brannox2"), people(
        "The winger, known as Branno since school, signed on Friday. Branno said he was delighted."));
    assertEquals(List.of("Haldisx2"), people(
        "The driver was named as Haldis by the police. Haldis had no licence, officers said."));
  }

  @Test
  void aProductAfterItsMakersRangeWordIsNoPerson() {
    assertEquals(List.of(), people(
        "Kendrik's upcoming Solenne will ship in March. Early testers said Solenne was quiet and light."));
    assertEquals(List.of(), people(
        "Buyers queued for Feldmark's top-of-the-line Orvik, which costs twice as much as last year's model."));
  }

  @Test
  void aPersonAfterARoleWordStaysAPerson() {
    assertEquals(List.of("Ilkax2"), people(
        "Brightwell's new coach Ilka arrived on Monday. Ilka said the squad was fitter than she expected."));
  }

  @Test
  void aNameWhoseBracketsHoldHerOwnNameOrASurnameStaysAPerson() {
    assertEquals(List.of("Lena Beckerx3"), people(
        "Rescuers reached the cabin at noon. Lena (Lena Becker) was unhurt, and Lena thanked them."));
    assertEquals(List.of("Harlan Beckerx2", "Jox1"), people(
        "Harlan Becker praised his team after the win. \"Jo (Hallam) and I both knew we had it,\" Becker said."));
  }

  @Test
  void aWordInOlogyIsNoPerson() {
    assertEquals(List.of(), people("The wellness drink Greenology is sold in shops. Greenology contains kale."));
  }

  @Test
  void initialsWithAndWithoutPointsAreOnePerson() {
    assertEquals(List.of("J.R. Pellx2"), people("J.R. Pell, the team's owner, bought a stadium. JR Pell said the deal closed on Friday."));
    assertEquals(List.of("A.J. Ketteringx3"), people(
        "A.J. Kettering scored. AJ Kettering then scored again, and Kettering was named man of the match."));
  }

  @Test
  void aNicknameBetweenGivenNameAndSurnameIsOnePerson() {
    assertEquals(List.of("Robert Tanex3"), people("Robert \u201cBobby\u201d Tane won. Robert Tane said it was hard."));
    assertEquals(List.of("William Haskerx4"), people(
        "William \"Bill\" Hasker chairs the committee. Bill Hasker said the vote was close. Hasker abstained."));
    assertEquals(List.of("Elizabeth Tarrowx4"), people(
        "Elizabeth (Liz) Tarrow runs the firm. Liz Tarrow said profits rose. Tarrow is 54."));
  }

  @Test
  void aParticleWithAHyphenOrASpaceIsOneSurname() {
    assertEquals(List.of("Abdul Karim al-Hashemix2"), people(
        "Abdul Karim al-Hashemi arrived on Monday. Al Hashemi said he came in peace."));
  }
}
