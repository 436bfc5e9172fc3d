package newsflow.enrich.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsflow.enrich.nlp.ArticleAnalysis;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.Quote;
import newsflow.enrich.nlp.SharedAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * A name ending in an abbreviation for a member of a legislature ("Harbourside MP", "Liberal MP") is a person's
 * role, not an organisation, and no quote goes to it; a party named before the role ("Green Party MP") stays the
 * party. Made-up names.
 */
class MemberRoleNotOrganisationTest {

  private static List<String> orgs(ArticleAnalysis a) {
    return a.entities().stream().filter(e -> e.type() == EntityType.ORGANIZATION).map(Entity::name).toList();
  }

  @Test
  void aHeadlineRoleIsNoOrganisationAndNoSpeaker() {
    ArticleAnalysis a = SharedAnalyzer.get().analyze("Harbourside MP says ferry crews should expect \"a long winter of "
        + "talks\".\n\nTom Quist, the Harbourside MP, spoke to dock workers on Tuesday.", "en");
    assertFalse(orgs(a).contains("Harbourside MP"), orgs(a).toString());
    Quote q = a.quotes().stream().filter(x -> x.text().contains("long winter")).findFirst().orElseThrow();
    assertNull(q.speaker());
  }

  @Test
  void aPartyWordRoleIsNoOrganisation() {
    ArticleAnalysis a = SharedAnalyzer.get().analyze("The ferry plan was backed by a Liberal MP from the coast.", "en");
    assertFalse(orgs(a).stream().anyMatch(n -> n.endsWith("MP")), orgs(a).toString());
  }

  @Test
  void aNamedPartyBeforeTheRoleStaysThePartyAndTheNamedMemberSpeaks() {
    ArticleAnalysis a = SharedAnalyzer.get().analyze("Green Party MP Ana Lind said: \"We will vote against the plan.\"",
        "en");
    assertTrue(orgs(a).contains("Green Party"), orgs(a).toString());
    assertEquals("Ana Lind", a.quotes().get(0).speaker());
  }

  @Test
  void aNewspaperEndingInAnOrdinaryWordStaysAnOrganisation() {
    ArticleAnalysis a = SharedAnalyzer.get().analyze("Readers of the Daily Star said the paper was \"too loud\".", "en");
    assertTrue(orgs(a).contains("Daily Star"), orgs(a).toString());
  }
}
