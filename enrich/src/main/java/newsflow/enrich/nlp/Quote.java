package newsflow.enrich.nlp;

/**
 * A direct quote: the span between the quotation marks (marks excluded), who said it, and the
 * mention the attribution hangs on ({@code speakerMention}, e.g. "he").
 */
public record Quote(
    String id,
    int start,
    int end,
    String text,
    String speaker,
    String speakerEntityId,
    Span speakerMention,
    String cue,
    boolean partial,
    double confidence) {}
