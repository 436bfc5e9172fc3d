package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * A quoted label inside a noun phrase in two forms the label rule used to miss, on made-up articles: a quoted
 * possessive ("the “donor's” name") and a quoted past participle standing as an adjective ("avoid “renovated”
 * halls"). Both are borrowed wording, not the words of the person whose sentence they sit in; a quoted verb after
 * its subject or an auxiliary stays that person's words.
 */
class QuoteModifierFormsTest {

  @Test
  void aQuotedPossessiveBeforeItsNounIsALabel() {
    List<Quote> qs = quotes("Audit\n\nThe charity's accounts were opened to inspectors. Treasurer Lena Okafor said "
        + "the \"donor's\" name would stay private until the audit ended.\n\nDetectives returned to the quarry at "
        + "dawn. Inspector Rhys Calder told reporters that the \u201cwitness\u2019s\u201d account had changed twice.");
    assertNull(quote(qs, "donor").speaker(), "a quoted possessive is a label of the noun after it");
    assertNull(quote(qs, "witness").speaker(), "also with a curly apostrophe");
  }

  @Test
  void aQuotedParticipleWhereANounPhraseBeginsIsALabel() {
    List<Quote> qs = quotes("Tour\n\nThe orchestra toured four cities last spring. Conductor Ivo Marsh said the "
        + "ensemble would avoid \"renovated\" concert halls because the acoustics had suffered.\n\nFarmers met in "
        + "the village hall. Agronomist Pavel Brett insisted that growers should stop buying \"certified\" seed "
        + "from the two largest suppliers.\n\nParents gathered outside the school gates on Friday. Headteacher Mara "
        + "Quill urged them to ignore the \"leaked\" timetable circulating online.");
    assertNull(quote(qs, "renovated").speaker(), "after a verb that takes an object");
    assertNull(quote(qs, "certified").speaker(), "after a gerund that takes an object");
    assertNull(quote(qs, "leaked").speaker(), "after a determiner");
  }

  @Test
  void aQuotedVerbAfterItsSubjectOrAnAuxiliaryStaysThePersons() {
    List<Quote> qs = quotes("Mast\n\nVillagers voted against the mast. Councillor Ana Bell said residents had "
        + "\"accepted\" the plan in principle.\n\nDora Finch, the union leader, said managers \"misled\" workers "
        + "for months.\n\nThe regulator fined a lender last year. Its chair, Omar Pelz, said it was a firm that "
        + "\"deceived\" borrowers.\n\nEngineers inspected the bridge. Ruth Olsen, the chief engineer, said the "
        + "repairs were \"largely completed\" last week.");
    assertEquals("Ana Bell", quote(qs, "accepted").speaker());
    assertEquals("Dora Finch", quote(qs, "misled").speaker());
    assertEquals("Omar Pelz", quote(qs, "deceived").speaker());
    assertEquals("Ruth Olsen", quote(qs, "largely completed").speaker());
  }
}
