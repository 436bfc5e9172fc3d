package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * A "he"/"she" speaker must not skip the subject of the nearer sentence for someone named before it: a pronoun
 * inside a fronted prepositional or participial phrase points ahead to that subject, and a capitalised office
 * after "the" is a description of one person like a lower-case one. Nor is the speaker the person a pronoun subject
 * gives something to before a coordinated cue.
 */
class QuotePronounPastNearerSubjectTest {

  @Test
  void aPronounInAFrontedPrepositionalPhrasePointsAheadToTheSubject() {
    List<Quote> qs = quotes("Brewery sale\n\nAuditor Franz Ebel told the staff last week he had checked every ledger "
        + "of the brewery.\n\nHe said the books \"balance to the last cent.\"\n\nAt his briefing on the quay, harbour "
        + "master Olu Adeyemi warned that the ferries would run late all week.\n\nHe blamed \"a shortage of pilots\" "
        + "and promised a new timetable by June.");
    assertEquals("Franz Ebel", quote(qs, "balance to the").speaker());
    assertEquals("Olu Adeyemi", quote(qs, "a shortage of").speaker());
  }

  @Test
  void aPossessiveInAFrontedTimePhraseIsNotAChainToAnEarlierPerson() {
    List<Quote> qs = quotes("Orchard trial\n\nProfessor Ines Varga has studied apple blight for a decade. She "
        + "presented her findings to growers in March.\n\nDuring her tour of the orchards, inspector Hanna Lutz found "
        + "three infected trees near the river.\n\n\"We caught it early, and the rest of the valley is safe,\" she said.");
    assertEquals("Hanna Lutz", quote(qs, "We caught it").speaker());
  }

  @Test
  void aPronounInAFrontedParticipialPhrasePointsAheadToTheSubject() {
    List<Quote> asked = quotes("Glacier survey\n\nGeologist Piet Aalders mapped the ice sheet in 2019. He called the "
        + "melt \"faster than any model predicted.\"\n\nAsked about his budget, survey pilot Marcus Ndiaye explained "
        + "that the plane needs new skis.\n\n\"Without them we stay on the ground until April,\" he said.");
    assertEquals("Marcus Ndiaye", quote(asked, "Without them").speaker());
    List<Quote> speaking = quotes("Choir tour\n\nConductor Greta Holm has led the choir since 1998. She chose the "
        + "programme herself.\n\nSpeaking before her first concert abroad, soprano Ada Mensah admitted that the hall "
        + "frightened her a little.\n\n\"The acoustics there forgive nothing,\" she said.");
    assertEquals("Ada Mensah", quote(speaking, "The acoustics").speaker());
  }

  @Test
  void aPronounInAFrontedWithPhrasePointsAheadToTheSubject() {
    List<Quote> qs = quotes("Bridge repairs\n\nEngineer Rolf Kaspar inspected the bridge in May. He described the "
        + "cables as worn.\n\nWith his crew on leave, foreman Jonas Pike stopped the work on Tuesday.\n\n\"We "
        + "cannot lift the deck with four men,\" he said.");
    assertEquals("Jonas Pike", quote(qs, "We cannot lift").speaker());
  }

  @Test
  void aCapitalisedOfficeLeadingTheNearerSentenceIsNotSkippedForAnObject() {
    List<Quote> qs = quotes("Museum roof\n\n\"We will not close the galleries,\" Culture Minister Otto Fabre said on "
        + "Tuesday. The Minister has proposed moving the tapestries to a depot run by 70-year-old curator Bruno "
        + "Kessel, who had resisted every earlier move.\n\nPraising the volunteers for guarding the collection, he "
        + "said: \"Few museums could have kept going in such a winter.\"");
    // The leading "The Minister" is Otto Fabre by his title (QuoteTitledDescriptionLeadTest); the curator, named only
    // as an object, is not the one speaking.
    assertEquals("Otto Fabre", quote(qs, "Few museums").speaker());
  }

  @Test
  void aNameGivenSomethingByAPronounSubjectIsNotTheOneWhoGoesOnToSpeak() {
    List<Quote> qs = quotes("Lighthouse open day\n\nThe keeper Ola Brandvik has run the lighthouse for twenty years. She "
        + "offered Tomas Quint a seat on the supply boat and added: \"Anyone who climbs all the steps gets a cup of "
        + "coffee.\"");
    assertEquals("Ola Brandvik", quote(qs, "Anyone who climbs").speaker());
  }
}
