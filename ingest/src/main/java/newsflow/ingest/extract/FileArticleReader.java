package newsflow.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Reads an article file ({@code .html}, {@code .htm}, {@code .html.gz}, {@code .txt}, {@code .md}, also
 * gzipped) and extracts it with {@link ArticleExtractor} or {@link TextArticleExtractor}. The charset comes
 * from the byte-order mark or {@code <meta charset>}, else UTF-8 when valid, else windows-1252; files
 * (also after decompression) larger than {@link #MAX_BYTES} are refused.
 */
public final class FileArticleReader {
    /** Largest file, after gzip decompression, that is read. */
    public static final int MAX_BYTES = 64 * 1024 * 1024;

    private final ArticleExtractor htmlExtractor;
    private final TextArticleExtractor textExtractor;

    public FileArticleReader() {
        this(new ArticleExtractor(), new TextArticleExtractor());
    }

    public FileArticleReader(ArticleExtractor htmlExtractor, TextArticleExtractor textExtractor) {
        this.htmlExtractor = htmlExtractor;
        this.textExtractor = textExtractor;
    }

    /** True for the file names this reader understands. */
    public static boolean supports(Path file) {
        String base = baseName(file);
        return base.endsWith(".html") || base.endsWith(".htm") || base.endsWith(".xhtml") || base.endsWith(".txt")
                || base.endsWith(".md") || base.endsWith(".markdown");
    }

    /**
     * Reads and extracts one file. {@code url} (nullable) is the page's URL when known; without it the
     * article's url is the file's {@code file:} URI, so its id is a hash of the path and the content.
     */
    public ExtractedArticle read(Path file, String url) throws IOException {
        String source = file.toString();
        byte[] bytes = readBounded(file);
        String base = baseName(file);
        String effectiveUrl = url != null ? url : file.toAbsolutePath().normalize().toUri().toString();
        ExtractedArticle a;
        if (base.endsWith(".html") || base.endsWith(".htm") || base.endsWith(".xhtml")) {
            a = htmlExtractor.extract(HtmlDecoder.decode(bytes, null, source), url);
        } else {
            HtmlDecoder.rejectBinary(bytes, source);
            a = textExtractor.extract(decodeText(bytes), source);
        }
        return new ExtractedArticle(effectiveUrl, a.canonicalUrl(), a.title(), a.authors(), a.publishedAt(),
                a.language(), a.publisher(), a.paragraphs(), a.headings(), a.images());
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }

    private static byte[] readBounded(Path file) throws IOException {
        boolean gz = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = gz ? new GZIPInputStream(raw) : raw) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new ExtractionException(file.toString(), "file larger than " + MAX_BYTES + " bytes"
                        + (gz ? " after decompression" : ""));
            }
            return bytes;
        } catch (java.util.zip.ZipException e) {
            throw new ExtractionException(file.toString(), "corrupt gzip data: " + e.getMessage(), e);
        }
    }

    private static String decodeText(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        Charset cs = HtmlDecoder.isValidUtf8(bytes) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
        return new String(bytes, cs);
    }
}
