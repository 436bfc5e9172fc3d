package newsflow.enrich.nlp;

import java.util.List;

/** A sentence of a paragraph, with its tokens; offsets into the original text. */
public record Sentence(int start, int end, int paragraph, List<Token> tokens) {}
