package newsflow.enrich.nlp;

import java.util.List;

/** An article's text split into paragraphs, sentences and tokens, all with offsets into {@code text}. */
public record Document(String text, List<Span> paragraphs, List<Sentence> sentences) {}
