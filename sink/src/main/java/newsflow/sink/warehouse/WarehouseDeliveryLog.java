package newsflow.sink.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsflow.sink.alert.DeliveryLog;

/**
 * The delivery log in the warehouse's {@code alert_deliveries} table (alert id + notifier, state
 * {@code ATTEMPTING} or {@code DELIVERED}), on the writer's connection; every change commits at once,
 * so an attempt is durable before the notifier is called.
 */
public final class WarehouseDeliveryLog implements DeliveryLog {
  private final WarehouseWriter writer;

  public WarehouseDeliveryLog(WarehouseWriter writer) {
    this.writer = writer;
  }

  @Override
  public Map<String, State> states(Collection<String> alertIds, String notifier) {
    Map<String, State> out = new HashMap<>();
    if (alertIds.isEmpty()) return out;
    List<String> ids = new ArrayList<>(alertIds);
    try {
      Connection c = writer.connection();
      for (int from = 0; from < ids.size(); from += 500) {
        List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
        String sql = "SELECT alert_id, state FROM alert_deliveries WHERE notifier = ? AND alert_id IN ("
            + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")";
        try (PreparedStatement p = c.prepareStatement(sql)) {
          p.setString(1, notifier);
          for (int i = 0; i < chunk.size(); i++) p.setString(i + 2, chunk.get(i));
          try (ResultSet r = p.executeQuery()) {
            while (r.next()) out.put(r.getString(1), State.valueOf(r.getString(2)));
          }
        }
      }
      c.commit();
      return out;
    } catch (SQLException e) {
      throw failure(e, "cannot read alert deliveries");
    }
  }

  @Override
  public void recordAttempt(String alertId, String notifier, Instant at) {
    update("INSERT INTO alert_deliveries (alert_id, notifier, state, attempted_at) VALUES (?, ?, 'ATTEMPTING', ?) "
            + "ON CONFLICT (alert_id, notifier) DO UPDATE SET attempted_at = excluded.attempted_at "
            + "WHERE alert_deliveries.state = 'ATTEMPTING'",
        "cannot record delivery attempt of alert " + alertId + " by " + notifier, alertId, notifier, utc(at));
  }

  @Override
  public void recordDelivered(String alertId, String notifier, Instant at) {
    update("INSERT INTO alert_deliveries (alert_id, notifier, state, attempted_at, delivered_at) "
            + "VALUES (?, ?, 'DELIVERED', ?, ?) "
            + "ON CONFLICT (alert_id, notifier) DO UPDATE SET state = 'DELIVERED', delivered_at = excluded.delivered_at "
            + "WHERE alert_deliveries.state <> 'DELIVERED'",
        "cannot record delivery of alert " + alertId + " by " + notifier, alertId, notifier, utc(at), utc(at));
  }

  @Override
  public void forgetAttempt(String alertId, String notifier) {
    update("DELETE FROM alert_deliveries WHERE alert_id = ? AND notifier = ? AND state = 'ATTEMPTING'",
        "cannot forget the failed delivery attempt of alert " + alertId + " by " + notifier, alertId, notifier);
  }

  private void update(String sql, String what, Object... params) {
    try {
      Connection c = writer.connection();
      try (PreparedStatement p = c.prepareStatement(sql)) {
        for (int i = 0; i < params.length; i++) p.setObject(i + 1, params[i]);
        p.executeUpdate();
      }
      c.commit();
    } catch (SQLException e) {
      throw failure(e, what);
    }
  }

  private static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }

  private RuntimeException failure(SQLException e, String what) {
    writer.rollback();
    if (Warehouses.isTransient(e)) return writer.unavailable(e);
    return new WarehouseException(what + ": " + e.getMessage(), e);
  }
}
