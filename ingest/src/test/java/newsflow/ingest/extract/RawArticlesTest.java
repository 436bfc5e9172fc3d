package newsflow.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.List;
import newsflow.v1.RawArticle;
import org.junit.jupiter.api.Test;

class RawArticlesTest {
    private static ExtractedArticle article(String url, String canonical, String text) {
        return new ExtractedArticle(url, canonical, "T", List.of("A B"), Instant.parse("2025-01-01T00:00:00Z"), "en",
                "Pub", List.of(text, "second"), List.of(), List.of(new ExtractedImage("https://i/x.jpg", "cap")));
    }

    @Test
    void keysByCanonicalUrlSoTheSameArticleHasTheSameId() {
        RawArticle a = RawArticles.toRecord(article("https://www.example.com/a?utm=1", "https://www.example.com/a", "x"), "f", Instant.EPOCH);
        RawArticle b = RawArticles.toRecord(article("https://www.example.com/a?utm=2", "https://www.example.com/a", "y"), null, Instant.EPOCH);
        assertEquals(a.getId(), b.getId());
        assertNotEquals(a.getContentHash(), b.getContentHash());
        assertEquals("example.com", a.getSource().getDomain());
        assertEquals("x\n\nsecond", a.getText());
        assertEquals("cap", a.getImages().get(0).getCaption());
    }

    @Test
    void keysFilesByPathAndContent() {
        RawArticle a = RawArticles.toRecord(article("file:///tmp/a.txt", null, "x"), null, Instant.EPOCH);
        RawArticle b = RawArticles.toRecord(article("file:///tmp/a.txt", null, "changed"), null, Instant.EPOCH);
        assertNotEquals(a.getId(), b.getId());
        assertEquals(32, a.getId().length());
    }

    @Test
    void hashesNormalisedText() {
        assertEquals(RawArticles.contentHash("a  b\n\nc"), RawArticles.contentHash("a b c"));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", RawArticles.contentHash("abc"));
    }
}
