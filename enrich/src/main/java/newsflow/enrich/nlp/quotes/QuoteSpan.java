package newsflow.enrich.nlp.quotes;

/**
 * A stretch of text between double quotation marks, marks excluded, before attribution.
 * {@code markStart}/{@code markEnd} include the marks (or the paragraph edge when a mark is missing);
 * {@code openAtEnd} is true when the quote runs to the end of its paragraph without a closing mark
 * (news convention: it continues in the next paragraph), {@code continued} when it opens a paragraph
 * that continues such a quote.
 */
public record QuoteSpan(
    int start,
    int end,
    int markStart,
    int markEnd,
    int paragraph,
    boolean partial,
    boolean openAtEnd,
    boolean continued) {

  /** The quoted text. */
  public String text(String doc) {
    return doc.substring(start, end);
  }
}
