package newsflow.ingest.extract;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import newsflow.v1.Image;
import newsflow.v1.RawArticle;
import newsflow.v1.Source;

/**
 * Maps an {@link ExtractedArticle} to the Avro {@link RawArticle} record published on the raw-articles
 * topic, computing the stable article id and the content hash.
 */
public final class RawArticles {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private RawArticles() {
    }

    /**
     * Builds the record. The id is a hash of the canonical URL (else the URL); for files (a {@code file:}
     * URL or no URL at all) it is a hash of the path and the content hash, so edits make a new article.
     */
    public static RawArticle toRecord(ExtractedArticle a, String feedUrl, Instant fetchedAt) {
        String text = a.text();
        String contentHash = contentHash(text);
        return RawArticle.newBuilder()
                .setId(articleId(a, contentHash))
                .setUrl(a.url())
                .setCanonicalUrl(a.canonicalUrl())
                .setSource(Source.newBuilder()
                        .setFeedUrl(feedUrl)
                        .setPublisher(a.publisher())
                        .setDomain(domainOf(a.canonicalUrl() != null ? a.canonicalUrl() : a.url()))
                        .build())
                .setTitle(a.title())
                .setAuthors(a.authors())
                .setPublishedAt(a.publishedAt())
                .setFetchedAt(fetchedAt)
                .setLanguage(a.language())
                .setText(text)
                .setHeadings(a.headings())
                .setImages(a.images().stream()
                        .map(i -> Image.newBuilder().setUrl(i.url()).setCaption(i.caption()).build())
                        .toList())
                .setContentHash(contentHash)
                .build();
    }

    /** The stable id of an article (32 hex characters). */
    public static String articleId(ExtractedArticle a, String contentHash) {
        String key = a.canonicalUrl() != null ? a.canonicalUrl() : a.url();
        if (key == null) {
            return sha256Hex("content\n" + contentHash).substring(0, 32);
        }
        if (key.startsWith("file:")) {
            return sha256Hex(key + "\n" + contentHash).substring(0, 32);
        }
        return sha256Hex(key.strip()).substring(0, 32);
    }

    /** SHA-256 (hex) of the text after Unicode NFKC normalisation and whitespace collapsing. */
    public static String contentHash(String text) {
        String normalised = WHITESPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll(" ").strip();
        return sha256Hex(normalised);
    }

    /** Host of a URL in lower case without a leading "www.", or null when there is none. */
    public static String domainOf(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String sha256Hex(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
