package newsflow.embedded;

import java.time.Instant;
import java.util.List;
import newsflow.v1.Image;
import newsflow.v1.RawArticle;
import newsflow.v1.Source;

/** RawArticle fixtures for the broker tests. */
final class TestArticles {

  private TestArticles() {}

  static RawArticle article(String id) {
    return RawArticle.newBuilder()
        .setId(id)
        .setUrl("https://news.example/" + id)
        .setCanonicalUrl("https://news.example/" + id)
        .setSource(Source.newBuilder().setFeedUrl("https://news.example/rss").setPublisher("Example News").setDomain("news.example").build())
        .setTitle("Defense Secretary Pete Hegseth at NATO")
        .setAuthors(List.of("Jane Reporter"))
        .setPublishedAt(Instant.parse("2025-06-05T09:00:00Z"))
        .setFetchedAt(Instant.parse("2025-06-05T09:01:02.345Z"))
        .setLanguage("en")
        .setText("“There is no betrayal there,” Hegseth said.\n\nAllies met in Brussels.")
        .setHeadings(List.of("At NATO"))
        .setImages(List.of(Image.newBuilder().setUrl("https://news.example/p.jpg").setCaption("Brussels").build()))
        .setContentHash("0f".repeat(32))
        .build();
  }
}
