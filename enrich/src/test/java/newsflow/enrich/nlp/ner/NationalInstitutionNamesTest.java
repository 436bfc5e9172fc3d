package newsflow.enrich.nlp.ner;

import static newsflow.enrich.nlp.SharedAnalyzer.entities;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityType;
import org.junit.jupiter.api.Test;

/** A national institution keeps its country's adjective: "the Japanese Ministry of ..." is one name. */
class NationalInstitutionNamesTest {

  private static boolean organisation(List<Entity> es, String name) {
    return es.stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION && e.name().equals(name));
  }

  @Test
  void aNationalAdjectiveBeforeAnInstitutionNounJoinsTheName() {
    String text = "The Japanese Ministry of Defense said its jets had \"intercepted\" a patrol plane over the "
        + "strait.\n\nThe ministry said the plane turned back after ten minutes.";
    List<Entity> es = entities(text);
    assertTrue(organisation(es, "Japanese Ministry of Defense"), es.toString());
    assertFalse(es.stream().anyMatch(e -> e.name().equals("Japanese")), es.toString());
  }

  @Test
  void aFirmAfterANationalAdjectiveKeepsItsOwnName() {
    String text = "Chinese carmaker Zentro Motors reported that sales had \"recovered\" in the spring, while "
        + "the German chemicals group Halvan said its orders were steady.";
    List<Entity> es = entities(text);
    assertFalse(es.stream().anyMatch(e -> e.name().startsWith("Chinese ") || e.name().startsWith("German ")),
        es.toString());
  }

  @Test
  void theShortFormWithoutTheAdjectiveIsTheSameOrganisation() {
    String text = "The Norwegian Water Safety Authority said the lake was \"unsafe\" for swimming after the storm.\n\n"
        + "The WSA said it would test the water again on Friday.";
    List<Entity> es = entities(text);
    assertTrue(es.stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION
        && e.name().equals("Norwegian Water Safety Authority") && e.mentions().size() == 2), es.toString());
  }

  @Test
  void theNameWithoutTheAdjectiveIsTheSameOrganisation() {
    String text = "The Kenyan Senate voted on Tuesday to delay the budget by a week.\n\n"
        + "The Senate will meet again on Monday, when the finance committee reports.";
    List<Entity> es = entities(text);
    assertTrue(es.stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION
        && e.name().equals("Kenyan Senate") && e.mentions().size() == 2), es.toString());
  }

  @Test
  void twoNationalBodiesLeaveTheBareNameAlone() {
    String text = "The Kenyan Senate and the Ugandan Senate both voted on Tuesday to delay the treaty.\n\n"
        + "The Senate will meet again on Monday.";
    List<Entity> es = entities(text);
    assertTrue(es.stream().anyMatch(e -> e.name().equals("Kenyan Senate") && e.mentions().size() == 1),
        es.toString());
  }
}
