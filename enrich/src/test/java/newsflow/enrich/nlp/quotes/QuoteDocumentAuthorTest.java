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

  @Test
  void aDocumentOwnedThroughThePronounOfItsSpeakerIsTheSpeakers() {
    List<Quote> qs = quotes("Councillor Petra Vaine said in her letter that the bridge was unsafe.\n\n"
        + "\"Every lorry shakes the deck,\" the letter said.\n\n"
        + "In its report, the Orrin Valley Trust said the river had silted up.\n\n"
        + "\"Boats run aground weekly,\" the report said.");
    assertEquals("Petra Vaine", quote(qs, "Every lorry").speaker());
    assertEquals("Orrin Valley Trust", quote(qs, "Boats run").speaker());
  }

  @Test
  void aPronounOfAnotherKindOrSeveralOwnersNamesNoAuthor() {
    List<Quote> qs = quotes("In their letter, Councillor Petra Vaine and Councillor Ivo Kessel asked for a review."
        + "\n\n\"Every lorry shakes the deck,\" the letter said.\n\n"
        + "In its memo, Councillor Petra Vaine asked for a budget.\n\n\"Reserves are thin,\" the memo said.");
    assertNull(quote(qs, "Every lorry").speaker());
    assertNull(quote(qs, "Reserves are").speaker());
  }

  @Test
  void itAfterADocumentSubjectIsItsAuthor() {
    List<Quote> qs = quotes("The study, written by geographer Lina Marsh, found that the dunes had moved inland.\n\n"
        + "\"The coast road will flood within a decade,\" it states.");
    assertEquals("Lina Marsh", quote(qs, "The coast road").speaker());
  }

  @Test
  void itAfterAnUnsignedOrDisputedDocumentIsNobody() {
    List<Quote> qs = quotes("The study found that the dunes had moved inland.\n\n"
        + "\"The coast road will flood within a decade,\" it states.\n\n"
        + "The survey, written by geographer Lina Marsh, was dismissed by Mayor Ivo Kessel, who said it was rushed.\n\n"
        + "\"The harbour wall is failing,\" it said.");
    assertNull(quote(qs, "The coast road").speaker());
    assertNull(quote(qs, "The harbour wall").speaker());
  }

  @Test
  void anEditorialSpeaksForThePaperItRunsIn() {
    List<Quote> qs = quotes("An editorial in the Brenford Gazette on Sunday argues that the \"ring road is a mistake "
        + "the town will regret for decades.\"\n\n"
        + "A letter in the Brenford Gazette on Monday argues that \"the ring road will save every family an hour.\"");
    assertEquals("Brenford Gazette", quote(qs, "ring road is").speaker());
    assertNull(quote(qs, "the ring road will").speaker());
  }
}
