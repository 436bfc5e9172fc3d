package newsflow.sink.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The statement check of {@code newsflow query}: one statement that reads, or a one-line refusal.
 * It reads SQL the way PostgreSQL's and DuckDB's lexer do (comments, nested block comments, quoted
 * identifiers, standard, E'' and dollar-quoted strings), so that no comment or string hides a second
 * statement or a keyword, then refuses: more than one statement; anything that does not start as a
 * query; statement keywords that write, load, attach, copy or change settings wherever they appear;
 * and calls of functions that read or write files, run SQL given as text, or end other sessions. The
 * databases are opened read-only as well ({@link QueryRunner}): this check is the first wall, with the
 * clearer message, not the only one.
 */
public final class ReadOnlySql {
  /** What a statement may start with. */
  static final Set<String> QUERY_STARTS = Set.of(
      "select", "with", "values", "table", "from", "show", "describe", "explain", "summarize");

  /** Keywords of statements that change something, wherever they appear (data-modifying CTEs, EXPLAIN ANALYZE). */
  static final Set<String> REFUSED_KEYWORDS = Set.of(
      "insert", "update", "delete", "merge", "upsert", "create", "drop", "alter", "truncate", "rename", "comment",
      "copy", "attach", "detach", "install", "load", "export", "import", "use", "pragma", "set", "reset", "call",
      "checkpoint", "vacuum", "grant", "revoke", "into", "do", "execute", "prepare", "deallocate", "notify",
      "listen", "unlisten", "lock", "refresh", "reindex", "cluster", "discard", "begin", "commit", "rollback",
      "abort", "savepoint", "release", "security");

  /** Words after which a parenthesis opens a subquery or a list, not a function's arguments. */
  private static final Set<String> OPENS_SUBQUERY = Set.of(
      "from", "join", "in", "exists", "as", "select", "union", "intersect", "except", "all", "any", "some",
      "lateral", "not", "and", "or", "on", "where", "having", "by", "values", "with", "materialized", "then",
      "else", "when", "case", "is", "distinct", "like", "ilike", "between", "explain", "table", "using");

  /** Functions refused by exact name (case-insensitive, whatever the schema qualifier). */
  static final Set<String> REFUSED_FUNCTIONS = Set.of(
      // PostgreSQL: server files, large objects to and from files, other sessions, settings, SQL as text
      "pg_read_file", "pg_read_binary_file", "pg_stat_file", "pg_terminate_backend", "pg_cancel_backend",
      "pg_reload_conf", "pg_rotate_logfile", "pg_promote", "pg_switch_wal", "pg_create_restore_point",
      "set_config", "query_to_xml", "query_to_xml_and_xmlschema", "query_to_xmlschema", "cursor_to_xml",
      "cursor_to_xmlschema", "pg_logical_emit_message", "pg_import_system_collations",
      // DuckDB: files, globbing, SQL as text, the environment
      "glob", "sniff_csv", "query", "query_table", "getenv", "delta_scan");

  /** Function name prefixes refused: families that read or write files or other databases. */
  static final List<String> REFUSED_FUNCTION_PREFIXES = List.of(
      "pg_ls_", "pg_file_", "lo_", "dblink", "pg_replication_", "pg_create_", "pg_drop_replication",
      "read_", "parquet_", "iceberg_", "sqlite_", "postgres_", "mysql_", "json_execute", "duckdb_secrets");

  private ReadOnlySql() {}

  /** Why a statement was refused; the message is one line. */
  public static final class RefusedException extends QueryException {
    private static final long serialVersionUID = 1L;

    RefusedException(String message) {
      super("query refused: " + message + "; newsflow query only reads the warehouse", null);
    }
  }

  private enum Kind { WORD, QUOTED_IDENTIFIER, STRING, SYMBOL }

  private record Token(Kind kind, String text) {
    boolean is(String symbol) {
      return kind == Kind.SYMBOL && text.equals(symbol);
    }
  }

  /** Refuses {@code sql} unless it is one statement that only reads. */
  public static void check(String sql) throws QueryException {
    List<Token> tokens = tokens(sql);
    int end = tokens.size();
    while (end > 0 && tokens.get(end - 1).is(";")) end--;
    if (end == 0) throw new QueryException("no SQL given", null);
    for (int i = 0; i < end; i++) {
      if (tokens.get(i).is(";")) throw new RefusedException("only one statement at a time (found ';' between statements)");
    }
    int first = 0;
    while (first < end && tokens.get(first).is("(")) first++;
    Token start = first < end ? tokens.get(first) : null;
    if (start == null || start.kind() != Kind.WORD || !QUERY_STARTS.contains(start.text())) {
      String shown = start == null ? "(" : start.text().toUpperCase(Locale.ROOT);
      throw new RefusedException("a statement starting with " + shown + " is not a query (allowed: SELECT, WITH, VALUES, "
          + "TABLE, FROM, SHOW, DESCRIBE, EXPLAIN, SUMMARIZE)");
    }
    // for each open parenthesis, whether it holds a function's arguments (extract(year FROM '...'))
    java.util.ArrayDeque<Boolean> calls = new java.util.ArrayDeque<>();
    for (int i = first; i < end; i++) {
      Token t = tokens.get(i);
      if (t.is("(")) {
        Token before = i > 0 ? tokens.get(i - 1) : null;
        calls.push(before != null && (before.kind() == Kind.QUOTED_IDENTIFIER
            || before.kind() == Kind.WORD && !OPENS_SUBQUERY.contains(before.text())));
      } else if (t.is(")") && !calls.isEmpty()) {
        calls.pop();
      }
      if (t.kind() == Kind.WORD && REFUSED_KEYWORDS.contains(t.text())) {
        throw new RefusedException(t.text().toUpperCase(Locale.ROOT) + " is not allowed");
      }
      boolean call = i + 1 < end && tokens.get(i + 1).is("(");
      if (call && (t.kind() == Kind.WORD || t.kind() == Kind.QUOTED_IDENTIFIER) && refusedFunction(t.text())) {
        throw new RefusedException("the function " + t.text() + "() reads or changes what is outside the warehouse's tables");
      }
      if (t.kind() == Kind.STRING && i > first && (calls.isEmpty() || !calls.peek())) {
        Token before = tokens.get(i - 1);
        if (before.kind() == Kind.WORD && (before.text().equals("from") || before.text().equals("join"))) {
          throw new RefusedException("reading a file named in a string (FROM '...') is not allowed");
        }
      }
    }
  }

  private static boolean refusedFunction(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (REFUSED_FUNCTIONS.contains(n)) return true;
    for (String prefix : REFUSED_FUNCTION_PREFIXES) {
      if (n.startsWith(prefix)) return true;
    }
    return false;
  }

  /** The statement's tokens without whitespace and comments; words lower-cased. */
  static List<Token> tokens(String sql) throws QueryException {
    List<Token> out = new ArrayList<>();
    int n = sql.length();
    int i = 0;
    while (i < n) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        while (i < n && sql.charAt(i) != '\n' && sql.charAt(i) != '\r') i++;
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        i = blockCommentEnd(sql, i);
      } else if (c == '\'') {
        int close = quotedEnd(sql, i, '\'', false);
        out.add(new Token(Kind.STRING, sql.substring(i + 1, close - 1)));
        i = close;
      } else if (c == '"') {
        int close = quotedEnd(sql, i, '"', false);
        out.add(new Token(Kind.QUOTED_IDENTIFIER, sql.substring(i + 1, close - 1).replace("\"\"", "\"")));
        i = close;
      } else if (c == '$' && dollarTagEnd(sql, i) > 0) {
        int tagEnd = dollarTagEnd(sql, i);
        String tag = sql.substring(i, tagEnd);
        int close = sql.indexOf(tag, tagEnd);
        if (close < 0) throw new RefusedException("the statement ends inside a dollar-quoted string");
        out.add(new Token(Kind.STRING, sql.substring(tagEnd, close)));
        i = close + tag.length();
      } else if (isWordStart(c)) {
        int j = i;
        while (j < n && isWordPart(sql.charAt(j))) j++;
        String word = sql.substring(i, j).toLowerCase(Locale.ROOT);
        // prefixed strings: E'...' (backslash escapes), B'...', X'...', N'...', U&'...'
        if (j < n && sql.charAt(j) == '\'' && Set.of("e", "b", "x", "n").contains(word)) {
          int close = quotedEnd(sql, j, '\'', word.equals("e"));
          out.add(new Token(Kind.STRING, sql.substring(j + 1, close - 1)));
          i = close;
        } else if (word.equals("u") && j + 1 < n && sql.charAt(j) == '&' && (sql.charAt(j + 1) == '\'' || sql.charAt(j + 1) == '"')) {
          char q = sql.charAt(j + 1);
          int close = quotedEnd(sql, j + 1, q, false);
          out.add(new Token(q == '\'' ? Kind.STRING : Kind.QUOTED_IDENTIFIER, sql.substring(j + 2, close - 1)));
          i = close;
        } else {
          out.add(new Token(Kind.WORD, word));
          i = j;
        }
      } else {
        out.add(new Token(Kind.SYMBOL, String.valueOf(c)));
        i++;
      }
    }
    return out;
  }

  private static boolean isWordStart(char c) {
    return Character.isLetter(c) || c == '_';
  }

  private static boolean isWordPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }

  /** Block comments nest in PostgreSQL and DuckDB; the index after the whole comment. */
  private static int blockCommentEnd(String sql, int start) throws QueryException {
    int depth = 0;
    int i = start;
    while (i < sql.length()) {
      if (sql.startsWith("/*", i)) {
        depth++;
        i += 2;
      } else if (sql.startsWith("*/", i)) {
        depth--;
        i += 2;
        if (depth == 0) return i;
      } else {
        i++;
      }
    }
    throw new RefusedException("the statement ends inside a comment");
  }

  /** The index after the closing quote; a doubled quote is one quote, and with {@code backslash} so is \'. */
  private static int quotedEnd(String sql, int open, char quote, boolean backslash) throws QueryException {
    int i = open + 1;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (backslash && c == '\\') {
        i += 2;
      } else if (c == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2;
        } else {
          return i + 1;
        }
      } else {
        i++;
      }
    }
    throw new RefusedException("the statement ends inside a quoted " + (quote == '"' ? "identifier" : "string"));
  }

  /** For {@code $tag$} or {@code $$} at {@code i}, the index after the opening tag; else -1 ({@code $1} is a parameter). */
  private static int dollarTagEnd(String sql, int i) {
    int j = i + 1;
    if (j < sql.length() && (Character.isLetter(sql.charAt(j)) || sql.charAt(j) == '_')) {
      while (j < sql.length() && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_')) j++;
    }
    return j < sql.length() && sql.charAt(j) == '$' ? j + 1 : -1;
  }
}
