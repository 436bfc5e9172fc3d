package newsflow.ingest.extract;

import java.time.Instant;
import java.util.List;

/**
 * The clean result of extracting one article: metadata plus the body as a list of paragraphs.
 * Nullable fields are {@code null} when unknown; lists are never null.
 */
public record ExtractedArticle(
        String url,
        String canonicalUrl,
        String title,
        List<String> authors,
        Instant publishedAt,
        String language,
        String publisher,
        List<String> paragraphs,
        List<String> headings,
        List<ExtractedImage> images) {

    /** Separator between paragraphs in {@link #text()}. */
    public static final String PARAGRAPH_SEPARATOR = "\n\n";

    public ExtractedArticle {
        authors = authors == null ? List.of() : List.copyOf(authors);
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        headings = headings == null ? List.of() : List.copyOf(headings);
        images = images == null ? List.of() : List.copyOf(images);
    }

    /** The body text: paragraphs joined by a blank line. */
    public String text() {
        return String.join(PARAGRAPH_SEPARATOR, paragraphs);
    }
}
