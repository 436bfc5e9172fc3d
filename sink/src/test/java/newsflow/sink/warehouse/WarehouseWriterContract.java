package newsflow.sink.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsflow.sink.alert.AlertDispatcher;
import newsflow.sink.alert.DeliveryException;
import newsflow.sink.alert.DeliveryLog;
import newsflow.sink.alert.Notifier;
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
  /** This test's database, for reopening it as a new process would. */
  String url;

  abstract String freshUrl() throws Exception;

  @BeforeEach
  void open() throws Exception {
    url = freshUrl();
    writer = WarehouseWriter.open(url);
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

  /** Stands for the process being killed inside the notifier: nothing after the call runs. */
  static final class SimulatedCrash extends Error {
    private static final long serialVersionUID = 1L;

    SimulatedCrash() {
      super("process killed");
    }
  }

  /** Records what it notified; optionally "dies" right after notifying the given alert id. */
  static final class RecordingNotifier implements Notifier {
    final List<String> notified = new ArrayList<>();
    final String crashAfter;

    RecordingNotifier(String crashAfter) {
      this.crashAfter = crashAfter;
    }

    @Override
    public String name() {
      return "webhook";
    }

    @Override
    public void deliver(OfficialAlert alert) throws DeliveryException {
      if (alert.getArticleId().startsWith("refused")) {
        throw new DeliveryException(alert.getId(), name(), 1, "HTTP 400", null);
      }
      notified.add(alert.getId());
      if (alert.getId().equals(crashAfter)) throw new SimulatedCrash();
    }
  }

  String deliveryState(String alertId) throws SQLException {
    try (var p = writer.connection().prepareStatement(
        "SELECT state || '/' || CASE WHEN delivered_at IS NULL THEN 'unconfirmed' ELSE 'confirmed' END "
            + "FROM alert_deliveries WHERE alert_id = ? AND notifier = 'webhook'")) {
      p.setString(1, alertId);
      try (var r = p.executeQuery()) {
        String v = r.next() ? r.getString(1) : null;
        writer.connection().commit();
        return v;
      }
    }
  }

  @Test
  void aCrashBetweenNotifyingAndConfirmingIsSentAgainAfterRestartUnderTheSameId() throws Exception {
    List<OfficialAlert> alerts = List.of(SyntheticArticles.alert("before", "x", T0),
        SyntheticArticles.alert("window", "x", T0), SyntheticArticles.alert("after", "x", T0));
    String before = alerts.get(0).getId();
    String window = alerts.get(1).getId();
    String after = alerts.get(2).getId();
    RecordingNotifier first = new RecordingNotifier(window);
    AlertDispatcher dying = new AlertDispatcher(List.of(first), new WarehouseDeliveryLog(writer), Clock.fixed(T0, ZoneOffset.UTC));

    assertThrows(SimulatedCrash.class, () -> dying.dispatch(alerts));
    assertEquals(List.of(before, window), first.notified);
    // the process is gone: its connection with it (nothing uncommitted survives)
    writer.rollback();
    writer.close();
    writer = WarehouseWriter.open(url);
    assertEquals("DELIVERED/confirmed", deliveryState(before));
    assertEquals("ATTEMPTING/unconfirmed", deliveryState(window));
    assertEquals(null, deliveryState(after));

    RecordingNotifier restarted = new RecordingNotifier(null);
    AlertDispatcher.Outcome o = new AlertDispatcher(List.of(restarted), new WarehouseDeliveryLog(writer),
        Clock.fixed(T0.plusSeconds(60), ZoneOffset.UTC)).dispatch(alerts);

    // at least once: the unconfirmed attempt is sent again (the receiver drops it by its idempotency key)
    assertEquals(List.of(window, after), restarted.notified);
    assertEquals(2, o.delivered());
    assertEquals(1, o.skipped());
    assertEquals(1, o.resumed());
    assertEquals("DELIVERED/confirmed", deliveryState(window));
    assertEquals("DELIVERED/confirmed", deliveryState(after));

    // and a replay after that still notifies nobody
    RecordingNotifier replay = new RecordingNotifier(null);
    new AlertDispatcher(List.of(replay), new WarehouseDeliveryLog(writer), Clock.systemUTC()).dispatch(alerts);
    assertEquals(List.of(), replay.notified);
  }

  @Test
  void aRefusedDeliveryLeavesNoAttemptSoAReplayTriesAgain() throws Exception {
    OfficialAlert refused = SyntheticArticles.alert("refused", "x", T0);
    RecordingNotifier n = new RecordingNotifier(null);
    AlertDispatcher d = new AlertDispatcher(List.of(n), new WarehouseDeliveryLog(writer), Clock.fixed(T0, ZoneOffset.UTC));

    AlertDispatcher.Outcome first = d.dispatch(List.of(refused));
    AlertDispatcher.Outcome replay = d.dispatch(List.of(refused));

    assertEquals(1, first.failures().size());
    assertEquals(1, replay.failures().size());
    assertEquals(0, replay.resumed());
    assertEquals(null, deliveryState(refused.getId()));
  }

  @Test
  void deliveriesRecordedByVersion2StayDeliveredAfterMigratingToVersion3() throws Exception {
    var c = writer.connection();
    try (var s = c.createStatement()) {
      // the warehouse as version 2 left it, with one delivery
      s.execute("DROP TABLE alert_deliveries");
      s.execute("DELETE FROM schema_version WHERE version >= 3");
      String v2;
      try (var in = Migrations.class.getResourceAsStream("/newsflow/sink/migrations/V2__alert_deliveries.sql")) {
        v2 = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      }
      for (String sql : Migrations.statements(v2)) s.execute(sql);
      s.execute("INSERT INTO alert_deliveries (alert_id, notifier, delivered_at) VALUES ('old', 'webhook', TIMESTAMPTZ '2026-11-20 08:00:00+00')");
    }
    c.commit();

    assertEquals(Migrations.latestVersion() - 2, Migrations.migrate(c, writer.dialect()));

    WarehouseDeliveryLog log = new WarehouseDeliveryLog(writer);
    assertEquals(Map.of("old", DeliveryLog.State.DELIVERED), log.states(List.of("old", "new"), "webhook"));
    assertEquals("DELIVERED/confirmed", deliveryState("old"));
    assertEquals(1, count("SELECT COUNT(*) FROM alert_deliveries WHERE attempted_at = delivered_at"));
    log.recordAttempt("new", "webhook", T0);
    assertEquals("ATTEMPTING/unconfirmed", deliveryState("new"));
  }

  @Test
  void deliveryAttemptsAreCommittedBeforeAndConfirmedAfter() throws Exception {
    WarehouseDeliveryLog log = new WarehouseDeliveryLog(writer);
    log.recordAttempt("al1", "webhook", T0);
    assertEquals(Map.of("al1", DeliveryLog.State.ATTEMPTING), log.states(List.of("al1", "al2"), "webhook"));
    assertEquals(Set.of(), log.delivered(List.of("al1"), "webhook"));

    log.recordDelivered("al1", "webhook", T0.plusSeconds(1));
    log.recordAttempt("al1", "webhook", T0.plusSeconds(2)); // a delivered pair stays delivered
    log.forgetAttempt("al1", "webhook");
    assertEquals(Map.of("al1", DeliveryLog.State.DELIVERED), log.states(List.of("al1"), "webhook"));
    assertEquals("DELIVERED/confirmed", deliveryState("al1"));

    log.recordAttempt("al2", "webhook", T0);
    log.forgetAttempt("al2", "webhook");
    assertEquals(Map.of(), log.states(List.of("al2"), "webhook"));
  }

  @Test
  void anAlertKeepsTheWordsThatMatchedTheOfficial() throws Exception {
    OfficialAlert alert = OfficialAlert.newBuilder(SyntheticArticles.alert("ev", "x", T0))
        .setEvidence(List.of(newsflow.v1.OfficialEvidence.newBuilder().setStart(0).setEnd(12).setText("Pete Hegseth")
            .setRule("FULL_NAME").build()))
        .build();
    writer.write(List.of(), List.of(alert));
    assertEquals("[{\"start\":0,\"end\":12,\"text\":\"Pete Hegseth\",\"rule\":\"FULL_NAME\"}]",
        firstString("SELECT evidence FROM alerts WHERE id = '" + alert.getId() + "'"));
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
