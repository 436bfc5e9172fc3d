package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.SharedAnalyzer.entities;
import static newsflow.enrich.nlp.SharedAnalyzer.typeOf;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Organisation names the recogniser cuts or misses: a "X for Y" name an apposition calls an organisation, and
 * an organisation's acronym in capitals that is also a function word (made-up sentences, whole pipeline).
 */
class QuoteOrganisationNameTest {

  @Test
  void anAppositionWithAnOrganisationNounMakesTheNameWhole() {
    String text = "Cyclists for Open Towpaths, an advocacy group, asked the canal trust to remove the gates. "
        + "\u201cThe gates are dangerous,\u201d the group said.";
    List<Entity> es = entities(text);
    assertEquals(EntityType.ORGANIZATION, typeOf(es, "Cyclists for Open Towpaths"), es.toString());
    assertNull(typeOf(es, "Open Towpaths"), es.toString());
    assertEquals("Cyclists for Open Towpaths", quote(quotes(text), "The gates").speaker());
  }

  @Test
  void membersOfAnInstitutionAreNoName() {
    String text = "Members of the Assembly, a body that meets twice a year, voted against the plan.";
    List<Entity> es = entities(text);
    assertNull(typeOf(es, "Members of the Assembly"), es.toString());
    assertEquals(EntityType.ORGANIZATION, typeOf(es, "Assembly"), es.toString());
  }

  @Test
  void helpersOfAnEventAreNoName() {
    String text = "Volunteers for the Harbour Festival, a group of students, said the stalls were ready.";
    assertNull(typeOf(entities(text), "Volunteers for the Harbour Festival"));
  }

  @Test
  void aPersonAfterTheJoinerStaysAPerson() {
    String text = "Friends of Harriet Kane, a group of former pupils, raised money for a bench.";
    List<Entity> es = entities(text);
    assertEquals(EntityType.PERSON, typeOf(es, "Harriet Kane"), es.toString());
    assertNull(typeOf(es, "Friends of Harriet Kane"), es.toString());
  }

  @Test
  void anAcronymThatIsAFunctionWordNamesTheOrganisationAfterAnInvertedCue() {
    String text = "The Clean Air Network published new figures on Tuesday.\n\n"
        + "\u201cChildren breathe this every morning,\u201d says CAN.";
    assertEquals("Clean Air Network", quote(quotes(text), "Children breathe").speaker());
  }

  @Test
  void anAcronymThatIsAFunctionWordNamesTheOrganisationAsASubject() {
    String text = "The Clean Air Network published new figures on Tuesday. CAN said the ring road was the worst "
        + "street. \u201cNobody should live here,\u201d CAN said.";
    assertEquals("Clean Air Network", quote(quotes(text), "Nobody should").speaker());
  }

  @Test
  void theCapitalsAloneNameNobody() {
    String text = "\u201cNobody should live here,\u201d says CAN.";
    assertNull(quote(quotes(text), "Nobody should").speaker());
  }

  @Test
  void aHeadlineInCapitalsIsNoMention() {
    String text = "The Clean Air Network held a public hearing on Thursday.\n\nNEW RULES: CAN CITY HALL STOP THE TRUCKS?";
    List<Entity> es = entities(text);
    assertNull(typeOf(es, "CAN"), es.toString());
  }
}
