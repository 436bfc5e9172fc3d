package newsflow.ingest.extract;

import java.util.Objects;

/**
 * An image that belongs to an article body: its absolute URL and its caption (or alt text), if any.
 */
public record ExtractedImage(String url, String caption) {
    public ExtractedImage {
        Objects.requireNonNull(url, "url");
    }
}
