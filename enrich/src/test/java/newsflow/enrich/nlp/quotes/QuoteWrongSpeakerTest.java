package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * Shapes that gave a wrong speaker on unannotated news pages (issue 12), on made-up articles through the whole
 * pipeline: an organisation before a role and a name, a description missing its closing comma, unnamed
 * sources between a pronoun and a name, possessed roles, two coordinated sources, reporters quoting someone,
 * passive speech verbs and subjects that are described rather than speaking.
 */
class QuoteWrongSpeakerTest {

  @Test
  void anOrganisationBeforeARoleAndANameIsOnlyTheAffiliation() {
    List<Quote> qs = quotes("Lowmoor Rovers lost the derby on Saturday.\n\n"
        + "\"The second half was a mess from start to finish,\" said Lowmoor Rovers coach Tom Brandt.\n\n"
        + "\"The ferry will sail again on Friday,\" Acme Shipping spokeswoman Dana Korvel said.\n\n"
        + "\"We kept our shape and waited for chances,\" Fenwick Town head coach Pia Sandgren said.\n\n"
        + "\"We have a new boat for the race,\" Acme Shipping chairman and chief executive Tom Ekdal said.\n\n"
        + "\"Nothing has changed since the spring,\" Brandt answers.");
    assertEquals("Tom Brandt", quote(qs, "The second half").speaker());
    assertEquals("Dana Korvel", quote(qs, "The ferry").speaker());
    assertEquals("Pia Sandgren", quote(qs, "We kept").speaker());
    assertEquals("Tom Ekdal", quote(qs, "We have a new boat").speaker());
    assertEquals("Tom Brandt", quote(qs, "Nothing has changed").speaker());
  }

  @Test
  void aNameBeforeADescriptionWithoutItsClosingCommaIsTheSpeaker() {
    List<Quote> qs = quotes("The bridge stayed shut on Monday.\n\n"
        + "Ana Brinkley, Chair of the Northern Bridges Trust said: \"The repairs will take the whole summer.\"\n\n"
        + "With the quay closed, Tomas Vell, a senior planner at the consultancy Quarry Lane said: \"Nobody "
        + "can cross the river by car until August.\"");
    assertEquals("Ana Brinkley", quote(qs, "The repairs").speaker());
    assertEquals("Tomas Vell", quote(qs, "Nobody can cross").speaker());
  }

  @Test
  void anUnnamedSourceSpeakingInBetweenLeavesAPronounUnresolved() {
    List<Quote> qs = quotes("The storm reached the coast at dawn.\n\n"
        + "Omar Haddad, the harbour master, said the boats were safe. A coastguard officer, who asked not to "
        + "be named, said two piers had collapsed.\n\n"
        + "\"The water came over the wall in minutes and we ran,\" he said.");
    assertNull(quote(qs, "The water came").speaker());
  }

  @Test
  void pastASubjectWhoseSexIsGuessedFromTheGivenNameAPronounTakesOnlyASoleCandidate() {
    List<Quote> qs = quotes("The choir: Emily Tarn, Dylan Esk and Tamsin Gell sing the solos.\n\n"
        + "Sam Orrin, who runs the village hall, confirmed that tickets sold out. \"We had to turn people "
        + "away at the door on both nights,\" she said.");
    assertNull(quote(qs, "We had to turn").speaker());
  }

  @Test
  void aPossessedRoleIsNotItsOwner() {
    List<Quote> qs = quotes("The budget vote was delayed.\n\n"
        + "Mayor Ann Lorrimer's press secretary said: \"The vote will be held once the figures are final.\"");
    assertNull(quote(qs, "The vote will").speaker());
  }

  @Test
  void twoCoordinatedPeopleAreNoSingleSpeaker() {
    List<Quote> qs = quotes("The inquiry opens in March.\n\n"
        + "\"We expect every harbour official to answer our questions under oath,\" "
        + "Senator Ada Pell and Senator Ruth Davison wrote to the port authority.");
    assertNull(quote(qs, "We expect every").speaker());
  }

  @Test
  void aReporterQuotingSomeonePassesOnTheirWords() {
    List<Quote> qs = quotes("Quoting two dock workers, the Lowmoor Gazette reported that the old pier was "
        + "\"falling apart at the seams\" before the storm.");
    assertNull(quote(qs, "falling apart").speaker());
  }

  @Test
  void aPassiveSpeechVerbAndADescribedSubjectGiveNoSpeaker() {
    List<Quote> qs = quotes("Minister Ann Lee spoke on Monday.\n\n"
        + "After the audit, Tomas Pikel was removed from the board over \"repeated failures to report the "
        + "accounts\" to the members.\n\n"
        + "Carla Reuter sang in ferry bars for years.\n\n"
        + "Reuter is the town's answer to the old harbour proverb: \"Whoever sings at sea never sinks.\"");
    assertNull(quote(qs, "repeated failures").speaker());
    assertNull(quote(qs, "Whoever sings").speaker());
  }

  @Test
  void aNameAfterItsCommonNounInAPrepositionalPhraseIsNotTheSpeaker() {
    List<Quote> qs = quotes("The editors of the survey printed in the magazine Coastal Review wrote that the "
        + "decline was \"a warning for every fishing town on the coast.\"");
    assertNull(quote(qs, "a warning").speaker());
  }

  @Test
  void anAgeIsNoName() {
    List<Quote> qs = quotes("We were packing the tent when my 6-year-old who had been silent all day asked, "
        + "\"Why do we have to go home?\"");
    assertNull(quote(qs, "Why do we").speaker());
  }

  @Test
  void aCountryNameAsSubjectIsNotAPersonWithThatGivenName() {
    List<Quote> qs = quotes("Ruritania Vell, a grain trader from the coast, spoke at the market on Monday.\n\n"
        + "Israel said on Tuesday it would close its northern crossing. \"We will not allow the smuggling to "
        + "continue,\" Israel said.\n\n"
        + "Israel Pohl, a farmer, said the crossing had been quiet for weeks.");
    Quote q = quote(qs, "We will not allow");
    assertEquals(false, "Israel Pohl".equals(q.speaker()));
  }

  @Test
  void aOneWordCreditAfterADashIsNotASignature() {
    List<Quote> qs = quotes("The minister resigned on Friday.\n\n"
        + "\"We will be back in the spring,\" he said. \"The committee acted in bad faith.\" - Zatar\n\n"
        + "\"The harbour will reopen on Monday.\" — XNA\n\n"
        + "Tom Brandt chairs the committee. \"Nobody acted in bad faith.\" — Tom Brandt");
    assertEquals(false, "Zatar".equals(quote(qs, "The committee acted").speaker()));
    assertNull(quote(qs, "The harbour will").speaker());
    assertEquals("Tom Brandt", quote(qs, "Nobody acted").speaker());
  }

  @Test
  void theOneCalledIsNotTheSpeakerOfAPurposeInfinitive() {
    List<Quote> qs = quotes("The talks broke down on Sunday.\n\n"
        + "Marta Oblonsky called Peter Grell to say \"the deal is off and we are walking away\".\n\n"
        + "The board asked Peter Grell to say \"we are sorry for the delay\" at the meeting.");
    assertEquals("Marta Oblonsky", quote(qs, "the deal is off").speaker());
    assertEquals("Peter Grell", quote(qs, "we are sorry").speaker());
  }

  @Test
  void aNamedPersonInAppositionAfterAnOfficeOfAnOrganisationIsTheSpeaker() {
    List<Quote> qs = quotes("A footbridge over the canal collapsed on Tuesday.\n\n"
        + "The Leader of Brackley Council, Councillor Dena Forsythe, has issued the following statement:\n\n"
        + "\"We are shocked by the damage to the bridge and will repair it quickly.\"");
    assertEquals("Dena Forsythe", quote(qs, "We are shocked").speaker());
  }

  // Branch speakers3: quoted words about a person, absolute phrases, namesakes, plural and document sources.

  @Test
  void wordsThatNameAPersonInTheThirdPersonAreNotTheirsByAPronoun() {
    List<Quote> qs = quotes("Ivo Brandt persuaded Tom Reed to take the coaching job, and the former striker hopes he "
        + "can sign new players.\n\n"
        + "\"Mr Brandt is a very persuasive man. He does not take no for an answer,\" he said. \"Moving here was the right call.\"");
    // Brandt is talked about; Reed, the one other man named in that sentence, is the one meant.
    assertEquals("Tom Reed", quote(qs, "Mr Brandt is").speaker());
    assertEquals("Tom Reed", quote(qs, "Moving here").speaker());
    List<Quote> own = quotes("Bud Kell smiled when he heard the joke.\n\n"
        + "\"I have been called Bud since I was a boy,\" he said.");
    assertEquals("Bud Kell", quote(own, "I have been called").speaker());
    List<Quote> other = quotes("Marta Vell runs the bakery on Quay Street. She opened it in 2019.\n\n"
        + "\"I called Tom Reed last week and he never answered,\" she said.");
    assertEquals("Marta Vell", quote(other, "I called Tom Reed").speaker());
  }

  @Test
  void aPronounIsNotSomeoneTheQuotedWordsInBetweenTalkAbout() {
    List<Quote> qs = quotes("Officials have tried for weeks to move Mr. Oskar Pell from the shelter.\n\n"
        + "\"Mr. Pell may stay until spring, but then he must leave,\" the mayor added.\n\n"
        + "He criticised the supporters of Mr. Pell and said their protest had \"gone on far too long for "
        + "everyone.\"");
    assertNull(quote(qs, "gone on far").speaker());
  }

  @Test
  void aQuoteParagraphDoesNotCarryTheSpeakerItTalksAbout() {
    List<Quote> qs = quotes("Rolf Ekdahl said the meeting had gone well.\n\n"
        + "This contradicts remarks by Governor Ann Lorrimer, who said the two men never discussed the port.\n\n"
        + "\"It was a shock for me when Governor Lorrimer said on the radio that we never spoke about it.\"");
    assertNull(quote(qs, "It was a shock").speaker());
  }

  @Test
  void anAbsolutePhraseBeforeAParticipleHasItsOwnSpeaker() {
    List<Quote> qs = quotes("The Harbour Board approved the plan on Tuesday, with some members objecting, saying "
        + "\"this is rushed and nobody asked the fishermen.\"\n\n"
        + "The vote passed on Monday. Tom Brandt voted against it, with other members abstaining, saying \"nobody "
        + "read the figures before the meeting.\"\n\n"
        + "Ida Brun spoke after the vote, with her rivals shouting, calling it \"a stitch-up by the old guard.\"");
    assertNull(quote(qs, "this is rushed").speaker());
    assertNull(quote(qs, "nobody read the figures").speaker());
    assertNull(quote(qs, "a stitch-up").speaker());
    List<Quote> named = quotes("Tom Brandt chairs the board. The board approved the plan, with member Ann Lee "
        + "objecting, saying \"this is rushed and nobody asked us.\"\n\n"
        + "Ivo Brandt opened the school on Monday with a short speech, saying \"this is a great day for every "
        + "family in town.\"");
    assertEquals("Ann Lee", quote(named, "this is rushed").speaker());
    assertEquals("Ivo Brandt", quote(named, "this is a great day").speaker());
  }

  @Test
  void aFamilyNameSharedByTwoPeopleIsResolvedOnlyWhenAReaderCouldTell() {
    List<Quote> far = quotes("Harold Lee founded the boatyard in 1961. His son, David Lee, took over in 1995 and "
        + "expanded it.\n\nThe yard now employs forty people. \"We never thought about selling the yard,\" Lee said.");
    assertNull(quote(far, "We never thought").speaker());
    List<Quote> near = quotes("Harold Lee founded the boatyard in 1961. His son, David Lee, took over in 1995.\n\n"
        + "\"We never thought about selling the yard,\" Lee said.");
    assertEquals("David Lee", quote(near, "We never thought").speaker());
    List<Quote> main = quotes("David Lee runs the boatyard. Lee took over in 1995. Lee has expanded it since then. "
        + "Lee hired ten workers last year.\n\nHis father, Harold Lee, founded the yard in 1961. The yard now "
        + "employs forty people.\n\n\"We never thought about selling the yard,\" Lee said.");
    assertEquals("David Lee", quote(main, "We never thought").speaker());
    List<Quote> bySex = quotes("Harold Lee founded the boatyard in 1961. His daughter, Mary Lee, took over in 1995. "
        + "The yard now employs forty people.\n\n\"We never thought about selling the yard,\" Mr. Lee said.");
    assertEquals("Harold Lee", quote(bySex, "We never thought").speaker());
  }

  @Test
  void pluralBodiesAndDocumentsNameNoSinglePerson() {
    List<Quote> qs = quotes("Senator Ada Pell and Senator Tom Brandt sent a letter to the agency on Friday.\n\n"
        + "\"The agency has failed to protect the public,\" the lawmakers wrote.\n\n"
        + "\"We expect an answer within thirty days,\" the letter said.\n\n"
        + "Dr. Ruth Kamal and two colleagues published a study on waiting times.\n\n"
        + "\"Patients have been waiting for months for basic care,\" the doctors wrote.");
    assertNull(quote(qs, "The agency has failed").speaker());
    assertNull(quote(qs, "We expect an answer").speaker());
    assertNull(quote(qs, "Patients have been").speaker());
  }

  @Test
  void itIsTheOneOrganisationThatSpokeInTheSentenceBefore() {
    List<Quote> qs = quotes("The soldiers were patrolling near the border when a bomb hit their truck, the Northern "
        + "Alliance said in a statement.\n\n\"One soldier died of his wounds on the way to hospital,\" it said.");
    assertEquals("Northern Alliance", quote(qs, "One soldier died").speaker());
    List<Quote> person = quotes("The soldiers were patrolling near the border when a bomb hit their truck, Ann Lee "
        + "said.\n\n\"One soldier died of his wounds on the way to hospital,\" it said.");
    assertNull(quote(person, "One soldier died").speaker());
    List<Quote> two = quotes("Acme Shipping denied the report, and the Harbour Union said the strike would go on.\n\n"
        + "\"Nothing has changed since the vote last week,\" it said.");
    assertNull(quote(two, "Nothing has changed").speaker());
  }

  @Test
  void aFamilyNameThatIsATitleWordIsThePersonNamedWithIt() {
    List<Quote> qs = quotes("Charles King, an analyst at Harbour Research, said the market was changing fast.\n\n"
        + "\"The deal lets them sell storage without selling servers,\" King said.\n\n"
        + "Ann Judge runs the shelter. \"We need more beds before the winter comes,\" Judge said.");
    assertEquals("Charles King", quote(qs, "The deal lets").speaker());
    assertEquals("Ann Judge", quote(qs, "We need more beds").speaker());
  }

  @Test
  void theFormerHolderOfATitleIsNotTheSittingOne() {
    List<Quote> qs = quotes("Prime Minister Ann Lorrimer ordered an inquiry on Monday into payments made to a former "
        + "minister.\n\nThe former prime minister has apologized for the payments, saying it was \"a serious error of "
        + "judgment on my part.\"");
    assertNull(quote(qs, "a serious error").speaker());
    List<Quote> named = quotes("Prime Minister Ann Lorrimer ordered an inquiry on Monday. Former prime minister Tom "
        + "Brandt accepted cash from a lobbyist.\n\nThe former prime minister has apologized for the payments, saying it "
        + "was \"a serious error of judgment on my part.\"");
    assertEquals("Tom Brandt", quote(named, "a serious error").speaker());
  }

  @Test
  void aNameBeforeALowerCaseHeadNamesWhoseRoleItIs() {
    List<Quote> qs = quotes("Ann Lee runs for the council again. \"We will win this district by a wide margin,\" the "
        + "Lee campaign said.\n\nTom Brandt stayed at home all week. \"He did not open the door to anyone,\" said the "
        + "Brandt housekeeper.");
    assertNull(quote(qs, "We will win").speaker());
    assertNull(quote(qs, "He did not open").speaker());
  }

  @Test
  void quotedAsSayingGivesTheOneQuoted() {
    List<Quote> qs = quotes("The navy said the boats had left the strait. State television quoted an unnamed navy "
        + "source in the region as saying that \"no threatening message was sent to the ship.\"\n\n"
        + "The radio station quoted Ann Lee as saying that \"the ferry will not sail again this winter.\"");
    assertNull(quote(qs, "no threatening").speaker());
    assertEquals("Ann Lee", quote(qs, "the ferry will not").speaker());
  }

  @Test
  void aParticipleAfterAFiniteVerbOrAProgressiveTakesItsOwnSubject() {
    List<Quote> qs = quotes("Ann Lee is now close to the point where the press starts saying \"this candidate has no "
        + "plan at all.\"\n\nTom Brandt and Ivo Kell wrote back that we were urging them to \"drop the claims of "
        + "people nobody has ever named.\"\n\nIda Brun was saying \"we will open the bridge next week\" when the lights went out.");
    assertNull(quote(qs, "this candidate has").speaker());
    assertNull(quote(qs, "drop the claims").speaker());
    assertEquals("Ida Brun", quote(qs, "we will open").speaker());
  }

  @Test
  void aParticipleGoingOnWithTheSpeechIsTheReportersNotTheReportedSubjects() {
    List<Quote> qs = quotes("Opposition leader Pierre Daubel toured the flooded valley on Sunday. Daubel says Mayor "
        + "Ivo Renk should have built the dam years ago, saying that without it \"every spring will bring the same "
        + "ruin.\"\n\n"
        + "Mayor Ines Korda said Tom Brandt would lead the review, adding that \"nobody is above scrutiny\".\n\n"
        + "Mayor Ida Varga said Ivo Lund had phoned the office, saying \"the bridge is not safe\".");
    assertEquals("Pierre Daubel", quote(qs, "every spring will").speaker());
    assertEquals("Ines Korda", quote(qs, "nobody is above").speaker());
    // another verb of speaking or getting in touch in the reported clause: it may be that subject's own words
    assertEquals("Ivo Lund", quote(qs, "the bridge is not").speaker());
    qs = quotes("Back from the valley, Pierre Daubel met reporters. Daubel says Ivo Renk must release the emergency "
        + "funds to the three worst-hit villages before the rains return, saying \"people cannot wait another "
        + "season.\"");
    assertEquals("Pierre Daubel", quote(qs, "people cannot wait").speaker());
  }

  @Test
  void namingInAnAbsolutePhraseIsTheNamedSubjectsQuote() {
    List<Quote> qs = quotes("Arlo Penn has captained the club for six seasons.\n\nThe new stadium opened on Saturday "
        + "to mixed reviews, with Penn calling it \"the loudest ground in the league\".\n\n"
        + "Critics panned the show, with one calling it \"a waste of an evening\".");
    assertEquals("Arlo Penn", quote(qs, "the loudest ground").speaker());
    assertNull(quote(qs, "a waste of").speaker());
  }
}
