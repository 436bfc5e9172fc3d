package newsflow.enrich.nlp.officials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import newsflow.enrich.nlp.ArticleAnalysis;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.Quote;
import newsflow.enrich.nlp.SharedAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * A watched official named by initials, whose listed full name shows his sex, through the whole analyzer: a woman
 * named by the same surname with "Mrs." is someone else (his wife), neither his mention nor his quote.
 */
class RelativeOfListedOfficialTest {
  private static final Official MABLEY =
      new Official("mabley", "T.R. Mabley", List.of("Thomas Roy Mabley"), "Vice President", "US");

  @Test
  void aWomanWithTheSurnameOfAnOfficialListedAsAManIsAnotherPerson() {
    String text = "Vice President TR Mabley spoke at a county fair on Tuesday. "
        + "\"We are proud of this town,\" Mrs. Mabley said later.";
    ArticleAnalysis a = SharedAnalyzer.get().withWatchlist(Watchlist.of(List.of(MABLEY))).analyze(text, "en");
    Entity official = a.entities().stream().filter(e -> e.type() == EntityType.PERSON && e.name().equals("TR Mabley"))
        .findFirst().orElseThrow();
    assertEquals(1, official.mentions().size(), official.mentions().toString());
    for (Quote q : a.quotes()) assertNotEquals("TR Mabley", q.speaker(), q.toString());
  }
}
