package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
