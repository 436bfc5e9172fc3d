package newsflow.sink.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsflow.sink.bench.SyntheticArticles;
import newsflow.v1.EnrichedArticle;
import newsflow.v1.OfficialAlert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Behaviour every warehouse engine must show; subclasses supply a fresh, empty database per test. */
abstract class WarehouseWriterContract {
  static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");

  WarehouseWriter writer;

  abstract String freshUrl() throws Exception;

  @BeforeEach
  void open() throws Exception {
    writer = WarehouseWriter.open(freshUrl());
  }

  @AfterEach
  void close() {
    if (writer != null) writer.close();
  }

  Map<String, List<String>> dump() throws SQLException {
    return TableDump.dump(writer.connection());
  }

  long count(String sql) throws SQLException {
    return TableDump.count(writer.connection(), sql);
  }

  static List<EnrichedArticle> articles(int n, Instant enrichedAt) {
    List<EnrichedArticle> out = new ArrayList<>();
    for (int i = 0; i < n; i++) out.add(SyntheticArticles.article("a" + i, enrichedAt, 6, 5, 3));
    return out;
  }

  @Test
  void writesArticleWithItsEntitiesQuotesAndPlaces() throws Exception {
    WriteResult r = writer.write(List.of(SyntheticArticles.seedSized("seed", T0)),
        List.of(SyntheticArticles.alert("seed", "us-secdef", T0)));

    assertEquals(1, r.articlesWritten());
    assertEquals(1, r.alertsWritten());
    assertTrue(r.rejections().isEmpty(), r.rejections().toString());
    assertEquals(Map.of("articles", 1L, "entities", 30L, "quotes", 28L, "places", 13L, "alerts", 1L), writer.rowCounts());
    assertEquals("Person Number13", firstString("SELECT name FROM entities WHERE official_id = 'us-secdef'"));
    assertEquals("[\"A. Writer\",\"B. Reporter\"]", firstString("SELECT authors FROM articles"));
    assertEquals(T0, writer.connection().createStatement().executeQuery("SELECT 1").next()
        ? storedEnrichedAt("seed") : null);
  }

  @Test
  void replayingTheSameRecordsLeavesTheTablesExactlyAsOnePass() throws Exception {
    List<EnrichedArticle> batch = articles(20, T0);
    List<OfficialAlert> alerts = List.of(SyntheticArticles.alert("a1", "x", T0), SyntheticArticles.alert("a2", "x", T0));
    writer.write(batch, alerts);
    Map<String, List<String>> once = dump();

    writer.write(batch, alerts);
    // a replay in other batch boundaries, with records repeated inside one batch
    writer.write(batch.subList(0, 7), List.of());
    List<EnrichedArticle> doubled = new ArrayList<>(batch.subList(5, 20));
    doubled.addAll(batch.subList(5, 20));
    writer.write(doubled, alerts);

    assertEquals(once, dump());
    assertEquals(20, once.get("articles").size());
    assertEquals(20 * 5, once.get("quotes").size());
  }

  @Test
  void reEnrichedArticleReplacesItsChildRowsWithoutOrphans() throws Exception {
    writer.write(List.of(SyntheticArticles.article("a", T0, 8, 6, 4), SyntheticArticles.article("b", T0, 3, 3, 1)), List.of());
    writer.write(List.of(SyntheticArticles.article("a", T0.plusSeconds(60), 2, 1, 1)), List.of());

    assertEquals(2, count("SELECT COUNT(*) FROM entities WHERE article_id = 'a'"));
    assertEquals(1, count("SELECT COUNT(*) FROM quotes WHERE article_id = 'a'"));
    assertEquals(1, count("SELECT COUNT(*) FROM places WHERE article_id = 'a'"));
    assertEquals(3, count("SELECT COUNT(*) FROM quotes WHERE article_id = 'b'"), "other articles untouched");
    assertEquals(T0.plusSeconds(60), storedEnrichedAt("a"));
  }

  @Test
  void olderEnrichmentDoesNotOverwriteANewerOne() throws Exception {
    writer.write(List.of(SyntheticArticles.article("a", T0.plusSeconds(60), 2, 2, 1)), List.of());
    WriteResult r = writer.write(List.of(SyntheticArticles.article("a", T0, 8, 6, 4)), List.of());

    assertEquals(1, r.staleSkipped());
    assertEquals(2, count("SELECT COUNT(*) FROM quotes WHERE article_id = 'a'"));
    assertEquals(T0.plusSeconds(60), storedEnrichedAt("a"));
  }

  @Test
  void recordWithoutIdIsRejectedAndTheRestOfTheBatchIsWritten() throws Exception {
    List<EnrichedArticle> batch = new ArrayList<>(articles(3, T0));
    batch.add(1, SyntheticArticles.article(" ", T0, 1, 1, 0));
    WriteResult r = writer.write(batch, List.of());

    assertEquals(1, r.rejections().size());
    assertEquals(1, r.rejections().get(0).index());
    assertEquals(WriteResult.Kind.ARTICLE, r.rejections().get(0).kind());
    assertEquals(3, r.articlesWritten());
    assertEquals(3, count("SELECT COUNT(*) FROM articles"));
  }

  @Test
  void textWithTabsNewlinesBackslashesAndUnicodeRoundTrips() throws Exception {
    String tricky = "a\tb\nc\r\nd \\N e\\ f \u201cquoted\u201d \u00e9t\u00e9 \ud83d\udcf0 | , ; \" '";
    EnrichedArticle a = SyntheticArticles.article("tricky", T0, 1, 1, 0);
    a.setText(tricky);
    a.setTitle(null);
    writer.write(List.of(a), List.of());

    assertEquals(tricky, firstString("SELECT text FROM articles WHERE id = 'tricky'"));
    assertEquals(null, firstString("SELECT title FROM articles WHERE id = 'tricky'"));
  }

  @Test
  void migrationsAreRecordedOnceAndReopeningAppliesNothing() throws Exception {
    assertEquals(Migrations.latestVersion(), Migrations.currentVersion(writer.connection()));
    assertEquals(0, Migrations.migrate(writer.connection(), writer.dialect()));
    assertEquals(Migrations.SCRIPTS.size(), count("SELECT COUNT(*) FROM schema_version"));
  }

  @Test
  void deliveryLogRemembersDeliveriesPerNotifier() {
    WarehouseDeliveryLog log = new WarehouseDeliveryLog(writer);
    log.recordDelivered("al1", "webhook", T0);
    log.recordDelivered("al1", "webhook", T0.plusSeconds(1));
    log.recordDelivered("al2", "console", T0);

    assertEquals(Set.of("al1"), log.delivered(List.of("al1", "al2", "al3"), "webhook"));
    assertEquals(Set.of("al2"), log.delivered(List.of("al1", "al2"), "console"));
    assertNotEquals(Set.of(), log.delivered(List.of("al2"), "console"));
  }

  Instant storedEnrichedAt(String id) throws SQLException {
    try (var p = writer.connection().prepareStatement("SELECT enriched_at FROM articles WHERE id = ?")) {
      p.setString(1, id);
      try (var r = p.executeQuery()) {
        r.next();
        Instant t = r.getObject(1, java.time.OffsetDateTime.class).toInstant();
        writer.connection().commit();
        return t;
      }
    }
  }

  String firstString(String sql) throws SQLException {
    try (var s = writer.connection().createStatement(); var r = s.executeQuery(sql)) {
      r.next();
      String v = r.getString(1);
      writer.connection().commit();
      return v;
    }
  }
}
