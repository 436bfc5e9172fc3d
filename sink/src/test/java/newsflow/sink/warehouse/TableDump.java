package newsflow.sink.warehouse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every row of every warehouse table as text, in primary-key order, to compare whole states. */
public final class TableDump {
  private TableDump() {}

  public static Map<String, List<String>> dump(Connection c) throws SQLException {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Table t : Table.values()) {
      List<String> rows = new ArrayList<>();
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT * FROM " + t.sqlName() + " ORDER BY " + String.join(", ", t.key()))) {
        ResultSetMetaData md = r.getMetaData();
        while (r.next()) {
          StringBuilder sb = new StringBuilder();
          for (int i = 1; i <= md.getColumnCount(); i++) {
            Object v = r.getObject(i);
            if (v instanceof java.time.OffsetDateTime odt) v = odt.toInstant();
            if (v instanceof java.sql.Timestamp ts) v = ts.toInstant();
            sb.append(md.getColumnName(i)).append('=').append(v).append('|');
          }
          rows.add(sb.toString());
        }
      }
      out.put(t.sqlName(), rows);
    }
    c.commit();
    return out;
  }

  public static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      long n = r.getLong(1);
      c.commit();
      return n;
    }
  }
}
