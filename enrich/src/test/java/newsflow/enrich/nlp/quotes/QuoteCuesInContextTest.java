package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * Speaker rules that need the whole pipeline (part-of-speech tags, entities), on made-up articles: labels
 * quoted inside a noun phrase, nouns that look like speech verbs, addressees, naming verbs, and pull
 * quotes whose words recur in an attributed quote.
 */
class QuoteCuesInContextTest {

  @Test
  void aCueThatIsTheLastOfSeveralPredicatesTakesTheLeadingSubject() {
    List<Quote> qs = quotes("Plant reopens\n\nMayor Hilde Varro, who took up the post in spring, toured the plant on "
        + "Friday, praised its workers and called the expansion \"a turning point for the whole town.\"\n\n"
        + "Oskar Lemm, a former teacher who ran on a promise to fix the schools, won the race, thanked his "
        + "volunteers and asserted that the result was \"a mandate for real change in this county.\"\n\n"
        + "Petra Dahl toured the depot, but her rival said the visit was \"a stunt staged for the cameras and "
        + "nothing more.\"");
    assertEquals("Hilde Varro", quote(qs, "a turning point").speaker());
    assertEquals("Oskar Lemm", quote(qs, "a mandate").speaker());
    assertNull(quote(qs, "a stunt").speaker(), "'but' opens another clause with its own subject");
  }

  @Test
  void agreeingToDoSomethingIsNoSpeechSoTheReporterKeepsTheQuote() {
    List<Quote> qs = quotes("Grain talks end\n\nLena Brandt, in turn, said the guild has agreed to \"let members "
        + "sell their harvest abroad without a second licence.\"\n\nMaritime law requires a coastal state to agree "
        + "to rescue missions for ships in distress, and to support them \u201cwith every means it has\u201d.\n\n"
        + "Ivo Sand agreed: \u201cWe can share the profits this year.\u201d Nadia Okafor agreed that \"the old "
        + "rules no longer work for anyone.\"");
    assertEquals("Lena Brandt", quote(qs, "let members").speaker());
    assertNull(quote(qs, "with every means").speaker());
    assertEquals("Ivo Sand", quote(qs, "We can share").speaker(), "agreeing with a colon is speech");
    assertEquals("Nadia Okafor", quote(qs, "the old rules").speaker(), "agreeing that ... is speech");
  }

  @Test
  void aWordQuotedBeforeItsNounIsALabelEvenAfterASpeechVerb() {
    List<Quote> qs = quotes("Talks stall\n\nFinance Minister Carla Ostrova denied that she ran an \"informal\" "
        + "channel for the bank talks.\n\nOstrova said the plan was \"a sound one\".");
    assertNull(quote(qs, "informal").speaker());
    assertEquals("Carla Ostrova", quote(qs, "a sound one").speaker());
  }

  @Test
  void aQuotedVerbBeforeItsObjectKeepsItsSpeaker() {
    List<Quote> qs = quotes("Teachers rally\n\nNadia Brennick, a nurse from Lowmoor, said officials have "
        + "\"ignored\" nurses for years.");
    assertEquals("Nadia Brennick", quote(qs, "ignored").speaker());
  }

  @Test
  void aNounThatLooksLikeASpeechVerbIsNoCueAndAnAddresseeIsNoSpeaker() {
    List<Quote> qs = quotes("Panel presses regulator\n\nThe new Senate panel on trade sent a letter Tuesday to "
        + "Acme Director Laura Benning demanding answers about the agency's work against the \"grey economy\" "
        + "and related schemes.");
    assertNull(quote(qs, "grey economy").speaker());
  }

  @Test
  void whoeverDubsAThingWithQuotedWordsSaidThemButAPassiveLabelIsNobodys() {
    List<Quote> qs = quotes("Aide describes rift\n\nPeter Lindqvist testified that he did not always follow "
        + "advice from the envoy. He said his predecessor, Maria Jensen, had dubbed the envoy's role in shaping "
        + "policy as \"the envoy problem.\"\n\nA plan dubbed \"the quiet option\" was dropped. Lindqvist called "
        + "the delay \"a mistake we cannot repeat.\"");
    assertEquals("Maria Jensen", quote(qs, "the envoy problem").speaker());
    assertNull(quote(qs, "the quiet option").speaker());
    assertEquals("Peter Lindqvist", quote(qs, "a mistake").speaker());
  }

  @Test
  void aLabelAfterAPassiveConsideredOrDeemedIsNobodysWords() {
    List<Quote> qs = quotes("Ferry strike spreads\n\nThe Harbour Skippers Union said the walkout should not be "
        + "considered \u201ca local dispute\u201d but a national one. Tessa Marlow, its leader, said the stoppages "
        + "had been deemed \u201cunlawful strikes\u201d by the port.\n\n\u201cWe need three more years,\u201d "
        + "the union said.");
    assertNull(quote(qs, "a local dispute").speaker());
    assertNull(quote(qs, "unlawful strikes").speaker());
    assertEquals("Harbour Skippers Union", quote(qs, "We need three").speaker());
  }

  @Test
  void aPullQuoteTakesTheSpeakerOfTheQuoteItRepeats() {
    List<Quote> qs = quotes("Jobs data surprise economists\n\n"
        + "‘Hard to read much into one month’: Northbank\n\n"
        + "Northbank chief economist Tamsin Okafor was more cautious about the figures.\n\n"
        + "“Given the noise in the survey, it’s hard to read much into one month of data,” said Okafor.\n\n"
        + "‘A pleasant surprise’: Eastgate Bank\n\n"
        + "Eastgate Bank economist Lionel Marr said the gain was welcome.");
    assertEquals("Tamsin Okafor", quote(qs, "Hard to read").speaker());
    // Its words recur in no attributed quote: no speaker rather than a guess.
    assertNull(quote(qs, "A pleasant surprise").speaker());
  }

  @Test
  void aDocumentSpeaksForItsOwnerAndADefinedAcronymIsTheFullName() {
    List<Quote> qs = quotes("Inquiry blames crew\n\nAn inquiry by the Lindell Institute (LI) found the fire started "
        + "in the engine room.\n\n\"It is considered likely that the fire began near the fuel line,\" LI's report "
        + "said.\n\nThe Harbour Safety Authority (HSA) did not respond. Asked about the findings, the HSA said: "
        + "\"We do not comment on reports.\"");
    assertEquals("Lindell Institute", quote(qs, "It is considered").speaker());
    assertEquals("Harbour Safety Authority", quote(qs, "We do not comment").speaker());
  }

  @Test
  void theAgencyOrTheCompanyIsTheOrganisationNamedRightBeforeIfItsKindFits() {
    List<Quote> qs = quotes("Storms ahead\n\nForecasters at the National Rain Service issued a warning on Friday. "
        + "\"Hail is possible across the region,\" the agency said.\n\nShares of Brightline Ltd rose on Monday. "
        + "\"We expect a strong year,\" the company said.\n\nThe Trade Commission fined Brightline Ltd on Tuesday. "
        + "\"The fine reflects serious failings,\" the agency said.");
    assertEquals("National Rain Service", quote(qs, "Hail is possible").speaker());
    assertEquals("Brightline Ltd", quote(qs, "We expect").speaker());
    // The last name before "the agency" is a company: rather no speaker than the wrong organisation.
    assertNull(quote(qs, "The fine reflects").speaker());
  }

  @Test
  void aQuoteLeftOpenAtTheEndOfItsParagraphTakesTheCueOfItsContinuation() {
    List<Quote> qs = quotes("Gardening tips\n\nThe growers suggest starting small. \u201cA fern is easy to keep and can "
        + "brighten a dark room.\n\n\u201cThis one also copes with low light and very little water,\u201d explains Hana "
        + "Kolar from Greenleaf Nursery.");
    assertEquals("Hana Kolar", quote(qs, "A fern is easy").speaker());
    assertEquals("Hana Kolar", quote(qs, "This one also").speaker());
  }

  @Test
  void anAbsolutePhraseWithAParticipleNamesItsSpeaker() {
    List<Quote> qs = quotes("Harbour deal\n\nThe Nordland Harbour Authority said the deal was final. The unions "
        + "rejected it, with Labour Minister Petra Halvorsen warning of \"serious harm to the ports\".");
    assertEquals("Petra Halvorsen", quote(qs, "serious harm").speaker());
  }

  @Test
  void aNameBeforeAnAppositionMissingItsClosingCommaIsTheSpeaker() {
    List<Quote> qs = quotes("Pay dispute\n\n\"They promise a lot and deliver very little for the workers here,\" Tomas "
        + "Reuter, a 41-year-old crane driver from the north harbour said of the offer.\n\n\"We want a fair deal,\" "
        + "a union steward said.");
    assertEquals("Tomas Reuter", quote(qs, "They promise").speaker());
    assertNull(quote(qs, "We want a fair").speaker());
  }

  @Test
  void aFirstPersonQuoteAfterASentenceAboutOnePersonIsTheirs() {
    List<Quote> qs = quotes("Derby hopes\n\nClub coach Ravi Patel remained confident that he would sign the winger.\n\n"
        + "“We are hoping to get it done this week. He is quick and can defend.”");
    assertEquals("Ravi Patel", quote(qs, "We are hoping").speaker());
  }

  @Test
  void aLeadInSubjectIsNoSpeakerWhenTheQuoteNamesThemOrIsNotInTheFirstPersonOrIsNoPerson() {
    assertNull(quote(quotes("Derby hopes\n\nThe winger Abel Moss has scored ten goals this season.\n\n"
        + "“Moss is the best finisher I have coached.”"), "Moss is").speaker());
    assertNull(quote(quotes("Derby hopes\n\nClub coach Ravi Patel remained confident.\n\n"
        + "“The winger is quick and can defend.”"), "The winger").speaker());
    assertNull(quote(quotes("Derby hopes\n\nThe Lowmoor Rovers are unbeaten at home this year.\n\n"
        + "“I have a belief that we can fix the away record.”"), "I have a belief").speaker());
  }

  @Test
  void aLeadInPronounContinuesThePreviousSpeakerWhenNoOtherNameCameBetween() {
    List<Quote> qs = quotes("Derby loss\n\n“That was a bad night,” Ruth Alder said.\n\n"
        + "She also offered no excuses for the defeat. “I expect better from my team.”");
    assertEquals("Ruth Alder", quote(qs, "I expect").speaker());
    List<Quote> other = quotes("Derby loss\n\n“That was a bad night,” Ruth Alder said.\n\n"
        + "Her captain Ida Brun was furious. She offered no excuses. “I expect better from my team.”");
    assertNull(quote(other, "I expect").speaker());
  }

  @Test
  void aLeadInPronounAfterAQuoteWithNoSpeakerIsResolvedLikeSheSaid() {
    List<Quote> qs = quotes("Sailing\n\n\"The tide tables were wrong all week.\"\n\n"
        + "The skipper, Hana Korbel, brought the boat home alone. She has never doubted that decision. "
        + "\"I would make the same call tomorrow.\"");
    assertEquals("Hana Korbel", quote(qs, "I would make").speaker());
    List<Quote> first = quotes("Mill restored\n\nIlse Marrow spent two decades restoring the mill. She rarely talks "
        + "about the cost.\n\n\u201cI sold my flat to pay for the wheel.\u201d");
    assertEquals("Ilse Marrow", quote(first, "I sold my flat").speaker());
    List<Quote> about = quotes("Depot\n\n\"The ferry is late again.\"\n\n"
        + "Bruno Tellani has run the depot since 1998. He also reckons the new timetable will fail. "
        + "\"We asked him for more drivers for years.\"");
    assertNull(quote(about, "We asked him").speaker(), "the quote's own 'him' may be the one the lead-in is about");
  }

  // Branch recall4 (issue 12): direct quotes that a reader attributes but that had no speaker.

  @Test
  void anAsideBetweenDashesStandsBetweenTheSubjectAndItsCue() {
    List<Quote> qs = quotes("Talent show\n\nAfter the young singer gave a fine performance, Tom Brandt — a producer "
        + "long before anyone knew the show — told her, \"You are going to sell more records than anyone here.\"\n\n"
        + "The Harbour Alliance - which speaks for forty coastal councils - said: \"The fund was a "
        + "lifeline to small groups in our towns.\"\n\n"
        + "It was a heavy loss for Ivo Kell — and for the whole club — said coach Ann Lee, \"We will recover.\"");
    assertEquals("Tom Brandt", quote(qs, "You are going").speaker());
    assertEquals("Harbour Alliance", quote(qs, "The fund was").speaker());
    assertNotEquals("Ivo Kell", quote(qs, "We will recover").speaker(), "the name before the dash is no subject");
  }

  @Test
  void theOneQuotedAsSayingAfterTheQuoteSpeaks() {
    List<Quote> qs = quotes("Transfer news\n\n\"You can take it that he will move on in the spring,\" Lowmoor "
        + "general manager Dale Fenwick was quoted as saying on a local radio station.\n\n"
        + "\"I have asked the prime minister to play chess with me,\" local officials quoted Tomas Reuter as "
        + "saying.");
    assertEquals("Dale Fenwick", quote(qs, "You can take it").speaker());
    assertEquals("Tomas Reuter", quote(qs, "I have asked").speaker());
  }

  @Test
  void aSubjectIsFoundPastATimeAdverbialADashedAsideOrInInvertedOrder() {
    List<Quote> time = quotes("Club news\n\nRovers' former manager Kenny Dunmore yesterday insisted Tom Brandt did "
        + "not deserve the criticism. \"I think it is a sad phase for the club,\" he said.");
    assertEquals("Kenny Dunmore", quote(time, "I think it is").speaker());
    List<Quote> dashed = quotes("Vote row\n\nMr Osei - second in the early count behind Ivo Kell - accused the "
        + "chairman Tom Brandt of fraud.\n\n\"You are telling lies to the whole town,\" he shouted.");
    assertEquals("Osei", quote(dashed, "You are telling").speaker());
    List<Quote> inverted = quotes("Court\n\nThe hearing was moved to give Mr Tom Brandt time to meet his lawyers, "
        + "said prosecutor Ravi Mahmud.\n\n\"The court has allowed Brandt two more days,\" he said.");
    assertEquals("Ravi Mahmud", quote(inverted, "The court has").speaker());
  }

  @Test
  void aPronounInAFrontedClausePointsAheadToTheSubject() {
    List<Quote> qs = quotes("Film tour\n\nAfter he finishes with the festival circuit, director Julian Stroud "
        + "could take his film to hospitals.\n\n\"Nurses want me to show this,\" he said.");
    assertEquals("Julian Stroud", quote(qs, "Nurses want").speaker());
  }

  @Test
  void itAfterADescriptionOfAnOrganisationOrAnEarlierItSaid() {
    List<Quote> qs = quotes("Port closed\n\nThe Harbour Board met on Friday. The board said the port would stay "
        + "shut.\n\n\"We regret the delay to all shipping,\" it said.");
    assertEquals("Harbour Board", quote(qs, "We regret").speaker());
    List<Quote> chain = quotes("Schools\n\nThe Lowmoor Standards Agency reviewed the system last year. The cost "
        + "would be high, it said.\n\n\"There was no benefit to colleges in running it,\" it said.");
    assertEquals("Lowmoor Standards Agency", quote(chain, "There was no").speaker());
  }

  @Test
  void aThirdPersonQuoteAfterAnOpinionOfTheSubjectIsTheirs() {
    List<Quote> qs = quotes("Manager search\n\nIvo Kell, a former Rovers striker, believes the club should move "
        + "fast for Tom Brandt. \"Tom was a star as a player and he commands respect in the dressing room.\"\n\n"
        + "Ann Lee visited the ground on Sunday. \"The stand was full and the pitch was perfect.\"");
    assertEquals("Ivo Kell", quote(qs, "Tom was a star").speaker());
    assertNull(quote(qs, "The stand was").speaker(), "no first person and no verb of opinion");
  }

  @Test
  void aRemarkOfTheAuthorDoesNotEndOneSpeakersRunOfParagraphs() {
    List<Quote> qs = quotes("Arena show\n\n\"The finalists took a beating this year,\" said Dana Korvel.\n\n"
        + "In theory, the challengers are the ones the crowd should cheer for, but the champions are the stars. "
        + "\"I think we are like lions in an old arena.\"\n\n"
        + "The show drew a record crowd. \"Ivo Kell was the best of them all.\"\n\n"
        + "\"We never lost a round,\" said Tom Brandt.\n\nLater he thanked the fans. \"I owe them everything.\"");
    assertEquals("Dana Korvel", quote(qs, "I think we are").speaker());
    assertNull(quote(qs, "Ivo Kell was").speaker(), "not in the first person");
  }
}
