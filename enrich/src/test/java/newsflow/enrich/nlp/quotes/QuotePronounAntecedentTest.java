package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * "he"/"she" and "the official" are left unattributed when the passage does not tie them to one named person: two
 * coordinated people, a person named only in what someone else reported, a name opening the sentence that is no
 * known person, an unnamed holder of the title introduced since the named one; "they" for people of an
 * organisation ("Residents of Elm Row") is not the organisation. Made-up sentences throughout.
 */
class QuotePronounAntecedentTest {

  @Test
  void theNamedSubjectOfTheVerbThePronounFollowsIsMeantNotAnEarlierSubject() {
    String text = "The tribunal sits on Monday.\n\nAlthough Brandt admitted he shouted at the umpire, Okoro said he had "
        + "called the ruling \"a farce\". While Tesch conceded he was late, Pavlin argued that he had warned the "
        + "crew about \"the loose cables\" twice.";
    assertEquals("Okoro", quote(quotes(text), "a farce").speaker());
    assertEquals("Pavlin", quote(quotes(text), "the loose cables").speaker());
  }

  @Test
  void aNameThatIsNoSubjectOrOfTheOtherSexDoesNotGovernThePronoun() {
    String text = "The tribunal sits on Monday.\n\nAlthough Mr Brandt admitted he shouted at the umpire, Ms Ana Okoro "
        + "said he had called the ruling \"a farce\".";
    assertEquals("Brandt", quote(quotes(text), "a farce").speaker());
  }

  @Test
  void theBylinesWriterIsNoAntecedent() {
    String text = "Harbour board approves ferry plan\n\nBy Martha Quill\n\nThe harbour board approved the new ferry "
        + "timetable on Monday.\n\nShe said: \"The crossings will run every hour from June.\"";
    assertNull(quote(quotes(text), "The crossings").speaker());
  }

  @Test
  void coordinatedPeopleLeavePronounUnattributed() {
    String text = "Lina Morvay and Edda Pruitt co-wrote the play. “It started as a joke,” she said.";
    assertNull(quote(quotes(text), "It started").speaker());
  }

  @Test
  void coordinatedPersonOfTheOtherSexIsNoRival() {
    String text = "Ms Lina Morvay and Mr Karl Venn co-wrote the play. “It started as a joke,” she said.";
    assertEquals("Lina Morvay", quote(quotes(text), "It started").speaker());
  }

  @Test
  void personReportedByAnUnnamedTeacherIsNotTheSpeaker() {
    String text = "A teacher at the school said pupils were frightened. The teacher added that caretaker Lena Ostrova"
        + " was recovering in hospital.\n\nShe said: “It is terrible. We will not forget.”";
    assertNull(quote(quotes(text), "It is terrible").speaker());
  }

  @Test
  void personNamedInTheWritersQuestionIsNotTheOneAnswering() {
    String text = "We meet at a cafe near the harbour. I ask whether Premier Dana Holloway can win a second term."
        + " “Yes, of course, she is only getting started,” he says.";
    assertNull(quote(quotes(text), "Yes, of course").speaker());
    String asked = "Over coffee I ask if Governor Peter Marland is fit for the office. “He is the best in decades,” he replies.";
    assertNull(quote(quotes(asked), "He is the best").speaker());
  }

  @Test
  void personTheWriterWaitsBesideBeforeTheQuestionIsTheOneAnswering() {
    String text = "Oskar Lind on boats and tariffs\n\nAs I wait beside Sir Oskar Lind in his boathouse, a short walk "
        + "from Ivo Brandt's yard, I ask if Tomas Brecht is fit to keep the seat.\n\n“Certainly, the lad has grit,” "
        + "he replies. “Let him prove it over a winter.”";
    assertEquals("Oskar Lind", quote(quotes(text), "Certainly, the lad").speaker());
    assertEquals("Oskar Lind", quote(quotes(text), "Let him prove").speaker());
  }

  @Test
  void writersQuestionStaysUnattributedWithoutOneMetPersonOfThePronounsSex() {
    String two = "As I wait beside Oskar Lind and Pavel Dorn in the boathouse, I ask if Tomas Brecht is fit to keep "
        + "the seat.\n\n“Certainly, the lad has grit,” he replies.";
    assertNull(quote(quotes(two), "Certainly, the lad").speaker());
    String otherSex = "As I wait beside Mrs. Ada Lind in the boathouse, I ask if Tomas Brecht is fit to keep the seat."
        + "\n\n“Certainly, the lad has grit,” he replies.";
    assertNull(quote(quotes(otherSex), "Certainly, the lad").speaker());
    String notWriter = "As the crew wait beside Oskar Lind in the boathouse, I ask if Tomas Brecht is fit to keep the "
        + "seat.\n\n“Certainly, the lad has grit,” he replies.";
    assertNull(quote(quotes(notWriter), "Certainly, the lad").speaker());
    String addressed = "As I wait beside Oskar Lind in the boathouse, I ask Pavel Dorn if Tomas Brecht is fit to keep "
        + "the seat.\n\n“Certainly, the lad has grit,” he replies.";
    assertNull(quote(quotes(addressed), "Certainly, the lad").speaker());
  }

  @Test
  void personReportedByAShopkeeperIsNotTheSpeaker() {
    String text = "A local shopkeeper said Mayor Ivo Brandt had visited the street. “He promised to help,” she said.";
    assertNull(quote(quotes(text), "He promised").speaker());
  }

  @Test
  void personReportedByAnUnnamedEngineerIsNotTheSpeaker() {
    String text = "The council engineer said Ivo Brandt had been warned. “There is no other way,” he said.";
    assertNull(quote(quotes(text), "There is no").speaker());
  }

  @Test
  void reporterOfTheOtherSexLeavesThePersonReportedOn() {
    String text = "Ms Ann Lind said Ivo Brandt had lied to the council. “I did not,” he said.";
    assertEquals("Ivo Brandt", quote(quotes(text), "I did not").speaker());
  }

  @Test
  void policeReportingOnAPersonLeaveThatPerson() {
    String text = "Police said Tom Harlow, 45, was arrested at the harbour. “I am innocent,” he said.";
    assertEquals("Tom Harlow", quote(quotes(text), "I am innocent").speaker());
  }

  @Test
  void unknownNameOpeningTheSentenceStopsThePronounChain() {
    String text = "Ivo Brandt gave evidence on Monday about the unrest.\n\nKellmann had been flagged because she was an"
        + " influential user with many followers.\n\nShe had then posted that the fight must go on “in the streets”.";
    assertNull(quote(quotes(text), "in the streets").speaker());
  }

  @Test
  void organisationSayingThePronounDoesNotStopTheChain() {
    String text = "Tomas Reyl gave evidence on Monday about the unrest. Acme said he would resign.\n\n"
        + "“I am tired,” he said.";
    assertEquals("Tomas Reyl", quote(quotes(text), "I am tired").speaker());
  }

  @Test
  void officialIntroducedSinceTheNamedOneStaysUnnamed() {
    String text = "Government official Tomas Reyl put the death toll at 40. Earlier, a government official said roads"
        + " were closed. “We need boats,” the official said.";
    assertNull(quote(quotes(text), "We need boats").speaker());
  }

  @Test
  void officialInAppositionIsTheNamedOne() {
    String text = "Tomas Reyl, a government official, said the roads were closed. “We need boats,” the official said.";
    assertEquals("Tomas Reyl", quote(quotes(text), "We need boats").speaker());
  }

  @Test
  void theyForResidentsOfAStreetIsNotTheStreet() {
    String text = "Residents of Elm Row marched to the council offices. “This is our home,” they said.";
    assertNull(quote(quotes(text), "This is our home").speaker());
  }

  @Test
  void theyForMembersOfAClubIsNotTheClub() {
    String text = "Members of the Dunmore Rowing Club opposed the plan. “We were not consulted,” they said.";
    assertNull(quote(quotes(text), "We were not consulted").speaker());
  }

  @Test
  void theyForTheClubItselfIsTheClub() {
    String text = "The Dunmore Rowing Club opposed the plan. “We were not consulted,” they said.";
    assertEquals("Dunmore Rowing Club", quote(quotes(text), "We were not consulted").speaker());
  }
}
