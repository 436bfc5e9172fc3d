package newsflow.enrich.nlp.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.Quote;
import newsflow.enrich.nlp.Span;
import newsflow.enrich.nlp.text.TextPipeline;
import org.junit.jupiter.api.Test;

/**
 * "“...,” it said." for the organisation that is the subject of the last, coordinated speech clause of the
 * sentence before ("..., but the Kelso Water Board said it ..."), and nobody when a person, another organisation or a
 * document could be meant.
 */
class QuoteImpersonalPronounTest {

  private static Quote lastQuote(String text, Entity... entities) {
    List<Quote> qs = new QuoteAttributor().attribute(TextPipeline.instance().process(text),
        new ArrayList<>(Arrays.asList(entities)));
    return qs.get(qs.size() - 1);
  }

  private static Entity entity(String text, String id, EntityType type, String name) {
    Entity e = new Entity(id, type, name);
    for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      e.addMention(Span.of(text, i, i + name.length()));
    }
    return e;
  }

  private static Entity org(String text, String id, String name) {
    return entity(text, id, EntityType.ORGANIZATION, name);
  }

  private static Entity person(String text, String id, String name) {
    return entity(text, id, EntityType.PERSON, name);
  }

  @Test
  void organisationOfTheLastClauseAfterBut() {
    String text = "Local farmers hoped the canal would open in spring, but the Kelso Water Board said it would wait"
        + " for the survey.\n\n\"The survey comes first,\" it said.";
    assertEquals("Kelso Water Board", lastQuote(text, org(text, "e1", "Kelso Water Board")).speaker());
  }

  @Test
  void organisationAfterAPersonSubject() {
    String text = "Tom Lind said the bridge was unsafe, but the Marlow Council said it would stay open.\n\n"
        + "\"Inspections found no faults,\" it said.";
    assertEquals("Marlow Council",
        lastQuote(text, person(text, "e1", "Tom Lind"), org(text, "e2", "Marlow Council")).speaker());
  }

  @Test
  void personInTheLastClauseIsNobody() {
    String text = "Acme Logistics said the depot was sound, but Tom Lind said it would close.\n\n"
        + "\"Nothing has been decided,\" it said.";
    assertNull(lastQuote(text, org(text, "e1", "Acme Logistics"), person(text, "e2", "Tom Lind")).speaker());
  }

  @Test
  void personSubjectAfterTheOrganisationIsNobody() {
    String text = "Tom Lind said the plan was dead, but Acme Logistics said Ann Berg would decide.\n\n"
        + "\"No date has been set,\" it said.";
    assertNull(lastQuote(text, person(text, "e1", "Tom Lind"), org(text, "e2", "Acme Logistics"),
        person(text, "e3", "Ann Berg")).speaker());
  }

  @Test
  void twoOrganisationSubjectsIsNobody() {
    String text = "The Harbour Union said the depot was unsafe, but Acme Logistics said it would stay open.\n\n"
        + "\"Inspections found no faults,\" it said.";
    assertNull(lastQuote(text, org(text, "e1", "Harbour Union"), org(text, "e2", "Acme Logistics")).speaker());
    String body = "The ministry said the road was closed, but Acme Logistics said it would reopen.\n\n"
        + "\"We expect traffic by Friday,\" it said.";
    assertNull(lastQuote(body, org(body, "e1", "Acme Logistics")).speaker());
  }

  @Test
  void documentSubjectIsNobody() {
    String text = "The report said it was late.\n\n\"Work will resume in May,\" it said.";
    assertNull(lastQuote(text).speaker());
  }

  @Test
  void theyIsNotTakenFromTheLastClause() {
    String text = "Local farmers hoped the canal would open in spring, but the Kelso Water Board said it would wait"
        + " for the survey.\n\n\"The survey comes first,\" they said.";
    assertNull(lastQuote(text, org(text, "e1", "Kelso Water Board")).speaker());
  }

  @Test
  void cueInARelativeClauseOfTheSpeakingBodyIsTheSameSpeaker() {
    // "said the agency, which advises colleges": the relative clause only describes the agency; its verb is no
    // second speaker.
    String text = "The Velby Schools Agency said in a report that schools should not upgrade. Schools should wait,"
        + " said the agency, which advises colleges.\n\n\"We have seen no evidence of any benefit,\" it said.";
    assertEquals("Velby Schools Agency", lastQuote(text, org(text, "e1", "Velby Schools Agency")).speaker());
  }

  @Test
  void cueInARelativeClauseOfAnotherBodyIsNobody() {
    String text = "The Velby Schools Agency said in a report that schools should not upgrade. Schools should wait,"
        + " said the agency, citing the Orlen Teachers Union, which warns against haste.\n\n"
        + "\"We have seen no evidence of any benefit,\" it said.";
    assertNull(lastQuote(text, org(text, "e1", "Velby Schools Agency"), org(text, "e2", "Orlen Teachers Union"))
        .speaker());
  }

  @Test
  void anInvertedCueTakesTheSubjectAfterIt() {
    // "..., said the agency": the subject follows the cue, not the object ("damaged fields") before it.
    String text = "Farmers should not plant yet, the Velby Farming Agency said in a bulletin.\n\n"
        + "Growers should not replant damaged fields, said the agency, which advises the region's growers.\n\n"
        + "\"We have seen frost damage in every early field,\" it said.";
    assertEquals("Velby Farming Agency", lastQuote(text, org(text, "e1", "Velby Farming Agency")).speaker());
  }

  @Test
  void bodySpeakingInAMediumPhraseIsTheAntecedent() {
    // "in a notice" between the subject and "said" is the medium of the statement; the body still speaks.
    String text = "The Corvell Ferry Company in a notice said gales had \"cracked two hulls,\" mostly on older boats."
        + " It said it was \"checking every vessel twice.\"";
    assertEquals("Corvell Ferry Company", lastQuote(text, org(text, "e1", "Corvell Ferry Company")).speaker());
  }

  @Test
  void bodyWithANegatedVerbIsTheAntecedent() {
    String text = "The Corvell Ferry Company did not run its boats on Sunday.\n\n"
        + "\"Nobody should cross while the swell is this high,\" it said.";
    assertEquals("Corvell Ferry Company", lastQuote(text, org(text, "e1", "Corvell Ferry Company")).speaker());
  }

  @Test
  void personSpeakingInAMediumPhraseLeavesNobody() {
    // Guard: the medium phrase also shows a person speaking last, so "it" has no organisation to take.
    String text = "The Corvell Ferry Company shut the pier, and Mayor Ilse Varga in a letter said repairs were"
        + " overdue.\n\n\"Nobody should cross while the swell is this high,\" it said.";
    assertNull(lastQuote(text, org(text, "e1", "Corvell Ferry Company"), person(text, "e2", "Ilse Varga"))
        .speaker());
  }
}
