package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * A document as a quote's cue ("the note said", "says the filing") speaks for its one named author, on made-up
 * articles through the whole pipeline: "by X" on the document, a predicate noun that is no other document, the
 * latest statement when the older one is paragraphs back, and "it added" after the document; a group, or two
 * statements in one paragraph, leave it unnamed.
 */
class QuoteDocumentAuthorTest {

  @Test
  void aDocumentByANamedAuthorSpeaksForThatAuthor() {
    List<Quote> qs = quotes("A note by the Kestrel Foundation warned that hedgehogs were declining. "
        + "\"Gardens are too tidy,\" the note said.\n\n"
        + "The ferry operator skipped a hearing.\n\n\"We dispute every charge,\" says the filing by Orrin Shipping.\n\n"
        + "The Tarrow Trust fell behind on rent.\n\n"
        + "The complaint, by Tarrow Trust chair Ivo Kessel, was lodged on Monday. \"We owe nothing,\" the complaint said.");
    assertEquals("Kestrel Foundation", quote(qs, "Gardens are").speaker());
    assertEquals("Ivo Kessel", quote(qs, "We owe").speaker());
    assertEquals("Orrin Shipping", quote(qs, "We dispute").speaker());
  }

  @Test
  void aPredicateNounIsNoOtherDocument() {
    List<Quote> qs = quotes("Ledbury Council treasurer Mira Castell sent a memo to staff on Friday. It is the "
        + "third memo on the budget this year.\n\n\"Reserves are almost gone,\" the memo said.");
    assertEquals("Mira Castell", quote(qs, "Reserves are").speaker());
  }

  @Test
  void theStatementOfTheNearerParagraphIsMeant() {
    List<Quote> qs = quotes("The Velmont Rail Board said in a statement that fares would rise.\n\n"
        + "Transport critic Oskar Lindqvist said in a statement on Sunday that the rise was unfair.\n\n"
        + "\"Commuters deserve better,\" the statement said.");
    assertEquals("Oskar Lindqvist", quote(qs, "Commuters deserve").speaker());
  }

  @Test
  void itAfterTheDocumentIsItsAuthor() {
    List<Quote> qs = quotes("Brenford Water published a report on leaks.\n\n\"Pipes are ageing,\" the report said.\n\n"
        + "\"Repairs will take years,\" it added.");
    assertEquals("Brenford Water", quote(qs, "Pipes are").speaker());
    assertEquals("Brenford Water", quote(qs, "Repairs will").speaker());
  }

  @Test
  void aGroupOrTwoDocumentsOfOneParagraphLeaveItUnnamed() {
    List<Quote> qs = quotes("A report by the inspectors found damp in the flats. \"Mould was everywhere,\" the report "
        + "said.\n\nA letter by six tenants reached the landlord. \"We want repairs,\" the letter said.\n\n"
        + "The Velmont Rail Board said in a statement that fares would rise. Oskar Lindqvist said in a statement "
        + "that the rise was unfair.\n\n\"Commuters deserve better,\" the statement said.");
    assertNull(quote(qs, "Mould was").speaker());
    assertNull(quote(qs, "We want").speaker());
    assertNull(quote(qs, "Commuters deserve").speaker());
  }
}
