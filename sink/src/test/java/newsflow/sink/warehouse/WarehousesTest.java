package newsflow.sink.warehouse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which SQL failures are outages (retried for as long as it takes) and which are about the data. */
class WarehousesTest {
  private static SQLException state(String sqlState) {
    return new SQLException("server said no", sqlState);
  }

  @Test
  void connectionLevelStatesAreTransient() {
    for (String s : new String[] {"08001", "08006", "53100", "53300", "57P01", "57P03", "57P04", "58030", "55000",
        "3D000", "25006", "57014", "55P03", "40001", "40P01"}) {
      assertTrue(Warehouses.isTransient(state(s)), s);
    }
  }

  @Test
  void dataAndConfigurationStatesAreNot() {
    for (String s : new String[] {"23505", "22P05", "22021", "42P01", "42601", "28P01", "28000", "54000", "XX000"}) {
      assertFalse(Warehouses.isTransient(state(s)), s);
    }
  }

  @Test
  void duckDbIoConnectionAndMemoryErrorsAreTransient() {
    assertTrue(Warehouses.isTransient(new SQLException(
        "IO Error: Could not set lock on file \"/data/warehouse.duckdb\": Conflicting lock is held in java (PID 4242)")));
    assertTrue(Warehouses.isTransient(new SQLException("IO Error: No space left on device")));
    assertTrue(Warehouses.isTransient(new SQLException("Connection Error: Connection was closed")));
    assertTrue(Warehouses.isTransient(new SQLException("Out of Memory Error: could not allocate block of size 256 KiB")));
    assertTrue(Warehouses.isTransient(new SQLException("FATAL Error: Failed: database has been invalidated because of a previous fatal error")));
    assertFalse(Warehouses.isTransient(new SQLException("Constraint Error: Duplicate key \"id: a1\" violates primary key constraint")));
    assertFalse(Warehouses.isTransient(new SQLException("Conversion Error: Could not convert string 'x' to INT32")));
    assertFalse(Warehouses.isTransient(new SQLException("Binder Error: Referenced column \"nope\" not found")));
  }

  @Test
  void anOutageDeepInTheCauseChainIsTransient() {
    SQLException outer = new SQLException("batch failed", "XX000", new java.net.SocketException("Connection reset"));
    assertTrue(Warehouses.isTransient(outer));
  }
}
