package newsflow.sink.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import newsflow.sink.warehouse.Dialect;
import newsflow.sink.warehouse.Warehouses;

/**
 * Runs SQL on the warehouse for {@code newsflow query} and renders the result as an aligned table,
 * CSV or a JSON array of objects. Read-only three times over: {@link ReadOnlySql} lets only one
 * reading statement through; a DuckDB file is opened with {@code access_mode=READ_ONLY},
 * {@code enable_external_access=false} (no file, extension or other database can be reached) and
 * {@code lock_configuration=true}; PostgreSQL runs each statement in a {@code READ ONLY} transaction
 * that is rolled back. Every failure and refusal becomes a {@link QueryException} with a one-line message.
 */
public final class QueryRunner implements AutoCloseable {
  /** Output formats. */
  public enum Format { TABLE, CSV, JSON }

  /** A query's result: column names and rows of JDBC values (timestamps as {@link java.time.Instant}). */
  public record Result(List<String> columns, List<List<Object>> rows) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Connection connection;
  private final boolean owned;
  private final boolean readOnlyTransactions;

  private QueryRunner(Connection connection, boolean owned, boolean readOnlyTransactions) {
    this.connection = connection;
    this.owned = owned;
    this.readOnlyTransactions = readOnlyTransactions;
  }

  /**
   * Queries over a connection the caller owns (e.g. the running sink's, in the same process); only
   * {@link ReadOnlySql}'s check guards it.
   */
  public static QueryRunner on(Connection connection) {
    return new QueryRunner(connection, false, false);
  }

  /** The DuckDB settings of a query connection (JDBC properties become database settings). */
  static Properties duckDbReadOnly() {
    Properties props = new Properties();
    props.setProperty("duckdb.read_only", "true");
    props.setProperty("access_mode", "READ_ONLY");
    props.setProperty("enable_external_access", "false");
    props.setProperty("lock_configuration", "true");
    return props;
  }

  /** Opens the warehouse read-only; a DuckDB file must exist already. */
  public static QueryRunner open(String jdbcUrl) throws QueryException {
    Dialect dialect;
    try {
      dialect = Dialect.of(jdbcUrl);
    } catch (RuntimeException e) {
      throw new QueryException(e.getMessage(), e);
    }
    Properties props;
    String url = jdbcUrl;
    if (dialect == Dialect.DUCKDB) {
      String file = jdbcUrl.substring("jdbc:duckdb:".length());
      int params = file.indexOf('?');
      if (params >= 0) file = file.substring(0, params);
      if (file.isEmpty() || file.startsWith(":memory:")) {
        throw new QueryException("no warehouse file in " + jdbcUrl + ": give jdbc:duckdb:<file>", null);
      }
      if (!Files.exists(Path.of(file))) {
        throw new QueryException("no warehouse at " + file + " (start the sink first, or set NEWSFLOW_WAREHOUSE_URL)", null);
      }
      // settings in the URL would win over these: the file alone
      url = "jdbc:duckdb:" + file;
      props = duckDbReadOnly();
    } else {
      props = new Properties();
      props.setProperty("connectTimeout", "10");
      // every transaction of the session read-only, also the ones the driver begins itself
      props.setProperty("readOnly", "true");
      props.setProperty("readOnlyMode", "always");
    }
    try {
      Connection c = DriverManager.getConnection(url, props);
      if (dialect == Dialect.POSTGRESQL) {
        c.setAutoCommit(false);
        c.setReadOnly(true);
      }
      return new QueryRunner(c, true, dialect == Dialect.POSTGRESQL);
    } catch (SQLException e) {
      String m = firstLine(e);
      if (m.toLowerCase(Locale.ROOT).contains("lock")) {
        throw new QueryException("the warehouse " + Warehouses.redact(jdbcUrl)
            + " is in use by another process (a running sink holds DuckDB's write lock): " + m, e);
      }
      throw new QueryException("cannot open the warehouse " + Warehouses.redact(jdbcUrl) + ": " + m, e);
    }
  }

  /**
   * Runs one reading statement ({@link ReadOnlySql}); a statement without a result set returns its
   * update count as one row.
   */
  public Result run(String sql) throws QueryException {
    if (sql == null || sql.isBlank()) throw new QueryException("no SQL given", null);
    ReadOnlySql.check(sql);
    try (Statement s = connection.createStatement()) {
      // PostgreSQL lets a read-only transaction COPY TO a program or file: ReadOnlySql refuses COPY,
      // and the transaction keeps every write out whatever the session's defaults say
      if (readOnlyTransactions) s.execute("SET TRANSACTION READ ONLY");
      boolean hasResult = s.execute(sql);
      if (!hasResult) return new Result(List.of("updated"), List.of(List.of((Object) (long) s.getUpdateCount())));
      try (ResultSet r = s.getResultSet()) {
        ResultSetMetaData md = r.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) columns.add(md.getColumnLabel(i));
        List<List<Object>> rows = new ArrayList<>();
        while (r.next()) {
          List<Object> row = new ArrayList<>(columns.size());
          for (int i = 1; i <= columns.size(); i++) row.add(normalise(r.getObject(i)));
          rows.add(row);
        }
        return new Result(columns, rows);
      }
    } catch (SQLException e) {
      throw new QueryException("query failed: " + firstLine(e), e);
    } finally {
      try {
        if (!connection.getAutoCommit()) connection.rollback();
      } catch (SQLException ignored) {
        // nothing to end
      }
    }
  }

  /** The connection (tests check the database's own refusals on it). */
  Connection connection() {
    return connection;
  }

  /** Runs {@code sql} and prints the result in {@code format}. */
  public void print(String sql, Format format, PrintStream out) throws QueryException {
    out.print(render(run(sql), format));
    out.flush();
  }

  /** The result as text in {@code format}, ending with a newline. */
  public static String render(Result result, Format format) {
    return switch (format) {
      case TABLE -> table(result);
      case CSV -> csv(result);
      case JSON -> json(result);
    };
  }

  static String table(Result r) {
    int n = r.columns().size();
    int[] width = new int[n];
    boolean[] numeric = new boolean[n];
    List<List<String>> cells = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      width[i] = r.columns().get(i).length();
      numeric[i] = !r.rows().isEmpty();
    }
    for (List<Object> row : r.rows()) {
      List<String> texts = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        Object v = row.get(i);
        String t = v == null ? "NULL" : oneLine(v.toString());
        if (v != null && !(v instanceof Number)) numeric[i] = false;
        width[i] = Math.max(width[i], t.length());
        texts.add(t);
      }
      cells.add(texts);
    }
    StringBuilder sb = new StringBuilder();
    appendRow(sb, r.columns(), width, new boolean[n]);
    for (int i = 0; i < n; i++) {
      if (i > 0) sb.append("-+-");
      sb.append("-".repeat(width[i]));
    }
    sb.append('\n');
    for (List<String> row : cells) appendRow(sb, row, width, numeric);
    sb.append('(').append(r.rows().size()).append(r.rows().size() == 1 ? " row)" : " rows)").append('\n');
    return sb.toString();
  }

  private static void appendRow(StringBuilder sb, List<String> cells, int[] width, boolean[] right) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) line.append(" | ");
      String c = cells.get(i);
      String pad = " ".repeat(width[i] - c.length());
      line.append(right[i] ? pad + c : c + pad);
    }
    sb.append(line.toString().stripTrailing()).append('\n');
  }

  static String csv(Result r) {
    StringBuilder sb = new StringBuilder();
    List<String> header = r.columns().stream().map(QueryRunner::csvCell).toList();
    sb.append(String.join(",", header)).append("\r\n");
    for (List<Object> row : r.rows()) {
      List<String> cells = row.stream().map(v -> v == null ? "" : csvCell(v.toString())).toList();
      sb.append(String.join(",", cells)).append("\r\n");
    }
    return sb.toString();
  }

  private static String csvCell(String s) {
    boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
    return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }

  static String json(Result r) {
    ArrayNode array = JSON.createArrayNode();
    for (List<Object> row : r.rows()) {
      ObjectNode o = array.addObject();
      for (int i = 0; i < r.columns().size(); i++) {
        Object v = row.get(i);
        String k = r.columns().get(i);
        if (v == null) o.putNull(k);
        else if (v instanceof Boolean b) o.put(k, b);
        else if (v instanceof Integer x) o.put(k, x);
        else if (v instanceof Long x) o.put(k, x);
        else if (v instanceof Short x) o.put(k, x);
        else if (v instanceof Double x) o.put(k, x);
        else if (v instanceof Float x) o.put(k, x);
        else if (v instanceof BigDecimal x) o.put(k, x);
        else if (v instanceof BigInteger x) o.put(k, x);
        else o.put(k, v.toString());
      }
    }
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(array) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  private static Object normalise(Object v) throws SQLException {
    if (v instanceof OffsetDateTime t) return t.toInstant();
    if (v instanceof java.sql.Timestamp t) return t.toInstant();
    if (v instanceof java.sql.Array a) {
      Object[] items = (Object[]) a.getArray();
      return java.util.Arrays.toString(items);
    }
    if (v instanceof TemporalAccessor || v instanceof Number || v instanceof Boolean || v instanceof String) return v;
    return v == null ? null : v.toString();
  }

  private static String oneLine(String s) {
    String t = s.replace("\r", "").replace('\n', ' ');
    return t.length() > 120 ? t.substring(0, 119) + "…" : t;
  }

  static String firstLine(SQLException e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
    int nl = m.indexOf('\n');
    String first = nl >= 0 ? m.substring(0, nl).strip() : m;
    // PostgreSQL puts the position on the next lines; DuckDB a caret diagram: keep the gist
    return first.isEmpty() ? e.getClass().getSimpleName() : first;
  }

  @Override
  public void close() {
    if (!owned) return;
    try {
      connection.close();
    } catch (SQLException ignored) {
      // closing a read-only connection has nothing to lose
    }
  }
}
