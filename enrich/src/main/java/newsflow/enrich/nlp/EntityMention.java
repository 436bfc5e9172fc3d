package newsflow.enrich.nlp;

/** One mention found by an {@link EntityRecognizer}, before mentions are merged into entities. */
public record EntityMention(int start, int end, String text, EntityType type, double score) {}
