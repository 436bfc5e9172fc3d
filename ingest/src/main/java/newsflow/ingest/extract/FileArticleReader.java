package newsflow.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Reads an article file ({@code .html}, {@code .htm}, {@code .html.gz}, {@code .txt}, {@code .md}) and
 * extracts it with {@link ArticleExtractor} or {@link TextArticleExtractor}.
 */
public final class FileArticleReader {
    private final ArticleExtractor htmlExtractor;
    private final TextArticleExtractor textExtractor;

    public FileArticleReader() {
        this(new ArticleExtractor(), new TextArticleExtractor());
    }

    public FileArticleReader(ArticleExtractor htmlExtractor, TextArticleExtractor textExtractor) {
        this.htmlExtractor = htmlExtractor;
        this.textExtractor = textExtractor;
    }

    /** Reads and extracts one file; {@code url} (nullable) is the page's URL when known. */
    public ExtractedArticle read(Path file, String url) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            InputStream src = name.endsWith(".gz") ? new GZIPInputStream(in) : in;
            bytes = src.readAllBytes();
        }
        String base = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        if (base.endsWith(".html") || base.endsWith(".htm")) {
            return htmlExtractor.extract(new String(bytes, StandardCharsets.UTF_8), url);
        }
        return textExtractor.extract(new String(bytes, StandardCharsets.UTF_8), file.toString());
    }
}
