package newsflow.sink.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsflow.v1.EnrichedArticle;
import newsflow.v1.OfficialAlert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes enriched articles and alerts to the warehouse (DuckDB or PostgreSQL), one transaction per
 * batch. Idempotent: articles and alerts are upserted by primary key, and an article's entities,
 * quotes and places are deleted and re-inserted in the same transaction, so replaying records leaves
 * the tables as one pass did and a re-enriched article leaves no orphan rows.
 *
 * <p>An article older (by {@code enrichedAt}) than the stored version, or the stored version
 * itself delivered again, is skipped. A batch the
 * database refuses is retried record by record to single out the bad ones, which come back as
 * {@link WriteResult.Rejection}s; a lost connection raises {@link WarehouseUnavailableException}
 * and the connection is reopened on the next call. Not thread-safe: one writer per consumer thread.
 */
public final class WarehouseWriter implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WarehouseWriter.class);
  private static final int IN_LIST = 500;
  private static final List<Table> CHILDREN = List.of(Table.ENTITIES, Table.QUOTES, Table.PLACES);

  private final String jdbcUrl;
  private final Dialect dialect;
  private Connection connection;
  private RowInserter inserter;

  private WarehouseWriter(String jdbcUrl) {
    this.jdbcUrl = jdbcUrl;
    this.dialect = Dialect.of(jdbcUrl);
  }

  /**
   * Connects and applies the migrations. Throws {@link WarehouseUnavailableException} when the
   * database cannot be reached (the caller may retry) and {@link WarehouseException} otherwise.
   */
  public static WarehouseWriter open(String jdbcUrl) {
    WarehouseWriter w = new WarehouseWriter(jdbcUrl);
    w.connection();
    return w;
  }

  /** A writer that connects (and migrates) on first use, for a database that may not be up yet. */
  public static WarehouseWriter lazy(String jdbcUrl) {
    return new WarehouseWriter(jdbcUrl);
  }

  public Dialect dialect() {
    return dialect;
  }

  public String url() {
    return Warehouses.redact(jdbcUrl);
  }

  /**
   * The open connection, reopened (and migrated) when it was lost. Callers outside this class use it
   * only on the writer's thread and must end their transaction.
   */
  public Connection connection() {
    try {
      if (connection != null && !connection.isClosed()) return connection;
    } catch (SQLException e) {
      dropConnection();
    }
    Connection c = Warehouses.connect(jdbcUrl);
    try {
      Migrations.migrate(c, dialect);
    } catch (RuntimeException e) {
      closeQuietly(c);
      throw e;
    }
    connection = c;
    inserter = RowInserter.forDialect(dialect);
    return c;
  }

  /** Writes a batch in one transaction; see the class comment for what happens on failure. */
  public WriteResult write(List<EnrichedArticle> articles, List<OfficialAlert> alerts) {
    List<WriteResult.Rejection> rejections = new ArrayList<>();
    // last occurrence wins: a later offset is a newer enrichment
    Map<String, Integer> articleIndex = new LinkedHashMap<>();
    Map<Integer, ArticleRows> articleRows = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      try {
        ArticleRows rows = ArticleRows.of(articles.get(i));
        Integer previous = articleIndex.remove(rows.articleId());
        if (previous != null) articleRows.remove(previous);
        articleIndex.put(rows.articleId(), i);
        articleRows.put(i, rows);
      } catch (RecordWriteException e) {
        rejections.add(new WriteResult.Rejection(WriteResult.Kind.ARTICLE, i, e));
      }
    }
    Map<String, Integer> alertIndex = new LinkedHashMap<>();
    Map<Integer, Object[]> alertRows = new HashMap<>();
    for (int i = 0; i < alerts.size(); i++) {
      try {
        Object[] row = ArticleRows.alertRow(alerts.get(i));
        Integer previous = alertIndex.remove((String) row[0]);
        if (previous != null) alertRows.remove(previous);
        alertIndex.put((String) row[0], i);
        alertRows.put(i, row);
      } catch (RecordWriteException e) {
        rejections.add(new WriteResult.Rejection(WriteResult.Kind.ALERT, i, e));
      }
    }
    List<ArticleRows> uniqueArticles = articleIndex.values().stream().map(articleRows::get).toList();
    List<Object[]> uniqueAlerts = alertIndex.values().stream().map(alertRows::get).toList();

    int stale;
    try {
      stale = writeTransaction(uniqueArticles, uniqueAlerts);
    } catch (SQLException e) {
      rollback();
      if (Warehouses.isTransient(e)) throw unavailable(e);
      LOG.warn("Batch of {} articles and {} alerts refused ({}); writing them one by one",
          uniqueArticles.size(), uniqueAlerts.size(), e.getMessage());
      stale = writeOneByOne(articleIndex, articleRows, alertIndex, alertRows, rejections);
    }
    int articleRejects = (int) rejections.stream().filter(r -> r.kind() == WriteResult.Kind.ARTICLE).count();
    return new WriteResult(articles.size() - articleRejects, alerts.size() - (rejections.size() - articleRejects),
        stale, rejections);
  }

  private int writeOneByOne(Map<String, Integer> articleIndex, Map<Integer, ArticleRows> articleRows,
      Map<String, Integer> alertIndex, Map<Integer, Object[]> alertRows, List<WriteResult.Rejection> rejections) {
    int stale = 0;
    for (int i : articleIndex.values()) {
      try {
        stale += writeTransaction(List.of(articleRows.get(i)), List.of());
      } catch (SQLException e) {
        rollback();
        if (Warehouses.isTransient(e)) throw unavailable(e);
        rejections.add(new WriteResult.Rejection(WriteResult.Kind.ARTICLE, i,
            new RecordWriteException(articleRows.get(i).articleId(), e.getMessage(), e)));
      }
    }
    for (int i : alertIndex.values()) {
      try {
        writeTransaction(List.of(), Collections.singletonList(alertRows.get(i)));
      } catch (SQLException e) {
        rollback();
        if (Warehouses.isTransient(e)) throw unavailable(e);
        rejections.add(new WriteResult.Rejection(WriteResult.Kind.ALERT, i,
            new RecordWriteException((String) alertRows.get(i)[0], e.getMessage(), e)));
      }
    }
    return stale;
  }

  /** One transaction; returns how many articles were stale. Leaves the transaction open on failure. */
  private int writeTransaction(List<ArticleRows> articles, List<Object[]> alerts) throws SQLException {
    Connection c;
    try {
      c = connection();
    } catch (WarehouseUnavailableException e) {
      throw new SQLException(e.getMessage(), "08001", e);
    }
    Map<String, Stored> stored = storedVersions(c, articles.stream().map(ArticleRows::articleId).toList());
    // stored articles are replaced; new ones are plainly inserted, which is much faster
    List<ArticleRows> fresh = new ArrayList<>(articles.size());
    for (ArticleRows a : articles) {
      Stored existing = stored.get(a.articleId());
      if (existing != null && existing.enrichedAt() != null && a.enrichedAt() != null) {
        if (existing.enrichedAt().isAfter(a.enrichedAt())) {
          LOG.debug("Article {} enriched at {} is older than the stored {}; skipped", a.articleId(), a.enrichedAt(),
              existing.enrichedAt());
          continue;
        }
        if (existing.sameEnrichment(a)) continue; // a redelivery of the stored version: nothing to change
      }
      fresh.add(a);
    }
    if (!fresh.isEmpty()) {
      // children exist only beside their article (same transaction), so only stored articles have any
      List<String> replaced = fresh.stream().map(ArticleRows::articleId).filter(stored::containsKey).toList();
      for (Table child : CHILDREN) deleteByArticle(c, child, replaced);
      List<Object[]> articleRows = new ArrayList<>(fresh.size());
      List<Object[]> entities = new ArrayList<>();
      List<Object[]> quotes = new ArrayList<>();
      List<Object[]> places = new ArrayList<>();
      List<Object[]> replacedRows = new ArrayList<>();
      for (ArticleRows a : fresh) {
        (stored.containsKey(a.articleId()) ? replacedRows : articleRows).add(a.article());
        entities.addAll(a.entities());
        quotes.addAll(a.quotes());
        places.addAll(a.places());
      }
      inserter.insert(c, Table.ARTICLES, replacedRows, true);
      inserter.insert(c, Table.ARTICLES, articleRows, false);
      inserter.insert(c, Table.ENTITIES, entities, false);
      inserter.insert(c, Table.QUOTES, quotes, false);
      inserter.insert(c, Table.PLACES, places, false);
    }
    inserter.insert(c, Table.ALERTS, alerts, true);
    c.commit();
    return articles.size() - fresh.size();
  }

  /** What identifies a stored article's enrichment. */
  private record Stored(Instant enrichedAt, String contentHash, String enricherVersion) {
    boolean sameEnrichment(ArticleRows a) {
      return enrichedAt.equals(a.enrichedAt()) && java.util.Objects.equals(contentHash, a.article()[12])
          && java.util.Objects.equals(enricherVersion, a.article()[14]);
    }
  }

  private static Map<String, Stored> storedVersions(Connection c, List<String> ids) throws SQLException {
    Map<String, Stored> out = new HashMap<>();
    for (List<String> chunk : chunks(ids)) {
      String sql = "SELECT id, enriched_at, content_hash, enricher_version FROM articles WHERE id IN ("
          + placeholders(chunk.size()) + ")";
      try (PreparedStatement p = c.prepareStatement(sql)) {
        for (int i = 0; i < chunk.size(); i++) p.setString(i + 1, chunk.get(i));
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            OffsetDateTime t = r.getObject(2, OffsetDateTime.class);
            out.put(r.getString(1), new Stored(t == null ? null : t.toInstant(), r.getString(3), r.getString(4)));
          }
        }
      }
    }
    return out;
  }

  private static void deleteByArticle(Connection c, Table table, List<String> ids) throws SQLException {
    for (List<String> chunk : chunks(ids)) {
      String sql = "DELETE FROM " + table.sqlName() + " WHERE article_id IN (" + placeholders(chunk.size()) + ")";
      try (PreparedStatement p = c.prepareStatement(sql)) {
        for (int i = 0; i < chunk.size(); i++) p.setString(i + 1, chunk.get(i));
        p.executeUpdate();
      }
    }
  }

  private static List<List<String>> chunks(List<String> ids) {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += IN_LIST) out.add(ids.subList(i, Math.min(ids.size(), i + IN_LIST)));
    return out;
  }

  private static String placeholders(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }

  /** Row counts of the warehouse tables, for progress output and tests. */
  public Map<String, Long> rowCounts() {
    Map<String, Long> out = new LinkedHashMap<>();
    try (Statement s = connection().createStatement()) {
      for (Table t : Table.values()) {
        try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + t.sqlName())) {
          r.next();
          out.put(t.sqlName(), r.getLong(1));
        }
      }
      connection.commit();
    } catch (SQLException e) {
      rollback();
      if (Warehouses.isTransient(e)) throw unavailable(e);
      throw new WarehouseException("cannot count rows: " + e.getMessage(), e);
    }
    return out;
  }

  WarehouseUnavailableException unavailable(SQLException e) {
    dropConnection();
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new WarehouseUnavailableException(m.contains(url()) ? m : "warehouse " + url() + " unavailable: " + m, e);
  }

  void rollback() {
    if (connection == null) return;
    Migrations.rollbackQuietly(connection);
  }

  private void dropConnection() {
    closeQuietly(connection);
    connection = null;
    inserter = null;
  }

  private static void closeQuietly(Connection c) {
    try {
      if (c != null) c.close();
    } catch (SQLException ignored) {
      // closing a broken connection may fail; it is discarded either way
    }
  }

  @Override
  public void close() {
    dropConnection();
  }
}
