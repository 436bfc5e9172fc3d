package newsflow.enrich.nlp;

/**
 * A token with its offsets into the original text. {@code norm} is the text with quotation marks
 * and apostrophes normalised to ASCII (’ -> ', “ ” -> "); {@code pos} is a Penn tag or null.
 */
public record Token(int start, int end, String text, String norm, String pos) {}
