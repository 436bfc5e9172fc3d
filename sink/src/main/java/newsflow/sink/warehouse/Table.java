package newsflow.sink.warehouse;

import java.sql.Types;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The warehouse tables as the writers see them: column order of the rows the mapping produces, the
 * JDBC type of each column (for nulls), and the primary key.
 */
public enum Table {
  ARTICLES("articles", List.of("id"),
      col("id", Types.VARCHAR), col("url", Types.VARCHAR), col("publisher", Types.VARCHAR),
      col("title", Types.VARCHAR), col("authors", Types.VARCHAR),
      col("published_at", Types.TIMESTAMP_WITH_TIMEZONE), col("ingested_at", Types.TIMESTAMP_WITH_TIMEZONE),
      col("language", Types.VARCHAR), col("text", Types.VARCHAR), col("canonical_url", Types.VARCHAR),
      col("domain", Types.VARCHAR), col("feed_url", Types.VARCHAR), col("content_hash", Types.VARCHAR),
      col("enriched_at", Types.TIMESTAMP_WITH_TIMEZONE), col("enricher_version", Types.VARCHAR)),
  ENTITIES("entities", List.of("article_id", "entity_id"),
      col("article_id", Types.VARCHAR), col("entity_id", Types.VARCHAR), col("type", Types.VARCHAR),
      col("name", Types.VARCHAR), col("titles", Types.VARCHAR), col("official_id", Types.VARCHAR),
      col("mention_count", Types.INTEGER)),
  QUOTES("quotes", List.of("article_id", "quote_id"),
      col("article_id", Types.VARCHAR), col("quote_id", Types.VARCHAR), col("text", Types.VARCHAR),
      col("speaker", Types.VARCHAR), col("speaker_entity_id", Types.VARCHAR), col("cue", Types.VARCHAR),
      col("partial", Types.BOOLEAN), col("start_offset", Types.INTEGER), col("end_offset", Types.INTEGER),
      col("confidence", Types.DOUBLE)),
  PLACES("places", List.of("article_id", "entity_id"),
      col("article_id", Types.VARCHAR), col("entity_id", Types.VARCHAR), col("name", Types.VARCHAR),
      col("geoname_id", Types.BIGINT), col("country_code", Types.VARCHAR), col("lat", Types.DOUBLE),
      col("lon", Types.DOUBLE), col("admin1", Types.VARCHAR), col("feature_code", Types.VARCHAR)),
  ALERTS("alerts", List.of("id"),
      col("id", Types.VARCHAR), col("article_id", Types.VARCHAR), col("official_id", Types.VARCHAR),
      col("official_name", Types.VARCHAR), col("kind", Types.VARCHAR), col("mention_count", Types.INTEGER),
      col("detected_at", Types.TIMESTAMP_WITH_TIMEZONE), col("official_title", Types.VARCHAR),
      col("quotes", Types.VARCHAR), col("title", Types.VARCHAR), col("url", Types.VARCHAR),
      col("publisher", Types.VARCHAR), col("published_at", Types.TIMESTAMP_WITH_TIMEZONE),
      col("evidence", Types.VARCHAR));

  /** A column: its name and {@link Types} code. */
  public record Column(String name, int jdbcType) {}

  private final String sqlName;
  private final List<String> key;
  private final List<Column> columns;

  Table(String sqlName, List<String> key, Column... columns) {
    this.sqlName = sqlName;
    this.key = key;
    this.columns = List.of(columns);
  }

  private static Column col(String name, int type) {
    return new Column(name, type);
  }

  public String sqlName() {
    return sqlName;
  }

  public List<String> key() {
    return key;
  }

  public List<Column> columns() {
    return columns;
  }

  /** {@code a, b, c}. */
  public String columnList() {
    return columns.stream().map(Column::name).collect(Collectors.joining(", "));
  }

  /**
   * The conflict clause that turns an insert into an upsert on the primary key, valid in DuckDB and
   * PostgreSQL: {@code ON CONFLICT (id) DO UPDATE SET url = EXCLUDED.url, ...}.
   */
  public String upsertClause() {
    return " ON CONFLICT (" + String.join(", ", key) + ") DO UPDATE SET "
        + columns.stream().map(Column::name).filter(c -> !key.contains(c))
            .map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "));
  }
}
