package newsflow.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the article body and metadata from an HTML page with Jsoup. Thread-safe and stateless.
 */
public final class ArticleExtractor {

    /** Extracts the article from decoded HTML; {@code url} (nullable) resolves relative links. */
    public ExtractedArticle extract(String html, String url) {
        if (html == null) {
            throw new ExtractionException(url, "no content");
        }
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        List<String> paragraphs = new ArrayList<>();
        for (Element p : doc.select("p")) {
            String t = p.text().strip();
            if (!t.isEmpty()) {
                paragraphs.add(t);
            }
        }
        String title = doc.title().isBlank() ? null : doc.title().strip();
        return new ExtractedArticle(url, null, title, List.of(), null, null, null, paragraphs, List.of(), List.of());
    }
}
