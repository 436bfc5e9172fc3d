package newsflow.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A subset of feedparser's fixture feeds (BSD-2-Clause, licence beside them), each checked against
 * the value its {@code Expect:} line demands: feed title and link, first entry title, link, id and
 * dates, and the detected encoding (with the fixture's {@code Header:} as the HTTP Content-Type);
 * and ROME's own test feeds (Apache-2.0) for every RSS and Atom version.
 */
class FeedParserFixturesTest {
  private static final FeedParser PARSER = new FeedParser();

  record Fixture(String file, String description, String expect, String field, String value, String contentType) {}

  static Stream<Arguments> fixtures() throws IOException {
    try (InputStream in = resource("feeds/feedparser/expectations.json")) {
      List<Fixture> all = new ObjectMapper().readValue(in, new TypeReference<List<Fixture>>() {});
      return all.stream().map(f -> Arguments.of(f.file(), f));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void parsesFeedparserFixtureAsItsExpectLineSays(String file, Fixture fixture) throws Exception {
    byte[] body;
    try (InputStream in = resource("feeds/feedparser/" + file)) {
      body = in.readAllBytes();
    }
    ParsedFeed feed = PARSER.parse(body, fixture.contentType(), "http://example.org/feed.xml");
    assertEquals(fixture.value(), actual(feed, fixture.field()), fixture.expect());
  }

  record RomeFixture(String file, String type, String title, int entries, String firstEntryTitle) {}

  static Stream<Arguments> romeFixtures() throws IOException {
    try (InputStream in = resource("feeds/rome/expectations.json")) {
      List<RomeFixture> all = new ObjectMapper().readValue(in, new TypeReference<List<RomeFixture>>() {});
      return all.stream().map(f -> Arguments.of(f.file(), f));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("romeFixtures")
  void parsesRomeFixtureWithTypeTitleAndEntries(String file, RomeFixture fixture) throws Exception {
    byte[] body;
    try (InputStream in = resource("feeds/rome/" + file)) {
      body = in.readAllBytes();
    }
    ParsedFeed feed = PARSER.parse(body, "application/xml", "http://example.org/" + file);
    assertEquals(fixture.type(), feed.type());
    assertEquals(fixture.title(), feed.title());
    assertEquals(fixture.entries(), feed.entries().size());
    assertEquals(fixture.firstEntryTitle(), feed.entries().get(0).title());
  }

  private static String actual(ParsedFeed feed, String field) {
    return switch (field) {
      case "encoding" -> feed.encoding();
      case "feed.title" -> feed.title();
      case "feed.link" -> feed.link();
      case "entry0.title" -> feed.entries().get(0).title();
      case "entry0.link" -> feed.entries().get(0).link();
      case "entry0.id" -> feed.entries().get(0).id();
      case "entry0.published" -> iso(feed.entries().get(0).publishedAt());
      case "entry0.updated" -> iso(feed.entries().get(0).updatedAt());
      default -> throw new IllegalArgumentException("unknown field " + field);
    };
  }

  private static String iso(Instant t) {
    return t == null ? null : t.toString();
  }

  private static InputStream resource(String name) {
    return Objects.requireNonNull(FeedParserFixturesTest.class.getClassLoader().getResourceAsStream(name), name);
  }
}
