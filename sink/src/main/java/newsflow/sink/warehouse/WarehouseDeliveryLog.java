package newsflow.sink.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newsflow.sink.alert.DeliveryLog;

/**
 * The delivery log in the warehouse's {@code alert_deliveries} table (alert id + notifier), on the
 * writer's connection; each record commits at once so a crash right after a delivery does not
 * forget it.
 */
public final class WarehouseDeliveryLog implements DeliveryLog {
  private final WarehouseWriter writer;

  public WarehouseDeliveryLog(WarehouseWriter writer) {
    this.writer = writer;
  }

  @Override
  public Set<String> delivered(Collection<String> alertIds, String notifier) {
    Set<String> out = new HashSet<>();
    if (alertIds.isEmpty()) return out;
    List<String> ids = new ArrayList<>(alertIds);
    try {
      Connection c = writer.connection();
      for (int from = 0; from < ids.size(); from += 500) {
        List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
        String sql = "SELECT alert_id FROM alert_deliveries WHERE notifier = ? AND alert_id IN ("
            + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")";
        try (PreparedStatement p = c.prepareStatement(sql)) {
          p.setString(1, notifier);
          for (int i = 0; i < chunk.size(); i++) p.setString(i + 2, chunk.get(i));
          try (ResultSet r = p.executeQuery()) {
            while (r.next()) out.add(r.getString(1));
          }
        }
      }
      c.commit();
      return out;
    } catch (SQLException e) {
      writer.rollback();
      if (Warehouses.isTransient(e)) throw writer.unavailable(e);
      throw new WarehouseException("cannot read alert deliveries: " + e.getMessage(), e);
    }
  }

  @Override
  public void recordDelivered(String alertId, String notifier, Instant at) {
    try {
      Connection c = writer.connection();
      try (PreparedStatement p = c.prepareStatement(
          "INSERT INTO alert_deliveries (alert_id, notifier, delivered_at) VALUES (?, ?, ?) "
              + "ON CONFLICT (alert_id, notifier) DO NOTHING")) {
        p.setString(1, alertId);
        p.setString(2, notifier);
        p.setObject(3, at.atOffset(ZoneOffset.UTC));
        p.executeUpdate();
      }
      c.commit();
    } catch (SQLException e) {
      writer.rollback();
      if (Warehouses.isTransient(e)) throw writer.unavailable(e);
      throw new WarehouseException("cannot record delivery of alert " + alertId + ": " + e.getMessage(), e);
    }
  }
}
