package newsflow.enrich.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.SharedAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * A politician's party-and-state tag ("(D-Mass.)", ", R-Texas,") is neither a person, an organisation nor a
 * place; a capitalised word with a letter and hyphen elsewhere still is what it was. Made-up names.
 */
class PartyTagMentionTest {

  private static List<String> names(String text) {
    return SharedAnalyzer.get().analyze(text, "en").entities().stream().map(Entity::name).toList();
  }

  @Test
  void tagsInParenthesesMakeNoEntity() {
    assertEquals(List.of("Ann Roe", "Tom Vale"),
        names("Sen. Ann Roe (D-Mass.) and Rep. Tom Vale (D-Minn.) wrote the letter on Monday."));
  }

  @Test
  void tagsWithTwoPeriodsMakeNoEntity() {
    assertEquals(List.of("Ann Roe", "Tom Vale"), names("Rep. Ann Roe (D-N.Y.) and Sen. Tom Vale (R-Neb.) spoke."));
  }

  @Test
  void aTagBetweenCommasMakesNoEntity() {
    assertEquals(List.of("Tom Vale"), names("Rep. Tom Vale, R-Texas, said the bill would pass."));
  }

  @Test
  void aHyphenatedNameOutsideATagIsKept() {
    assertEquals(List.of("D-Max"), names("The celebrity arrived in a D-Max truck."));
  }
}
