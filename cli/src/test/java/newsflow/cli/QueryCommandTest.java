package newsflow.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryCommandTest {
  @TempDir static Path dataDir;

  @BeforeAll
  static void warehouse() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dataDir.resolve("warehouse.duckdb"));
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE quotes (speaker VARCHAR, text VARCHAR)");
      s.execute("INSERT INTO quotes VALUES ('Pete Hegseth', 'There is no betrayal there'), ('Mark Rutte', 'Hi')");
    }
  }

  @Test
  void printsCsvFromTheDataDirectorysWarehouse() {
    Cli.Result r = Cli.run("query", "--data-dir", dataDir.toString(), "--csv",
        "SELECT speaker FROM quotes ORDER BY speaker");
    assertEquals(0, r.exit(), r.err());
    assertEquals("speaker\nMark Rutte\nPete Hegseth", r.out().strip().replace("\r", ""));
  }

  @Test
  void readsTheWarehouseFromTheEnvironment() {
    Cli.Result r = Cli.run(Map.of("NEWSFLOW_DATA_DIR", dataDir.toString()), "query", "--json",
        "SELECT count(*) AS n FROM quotes");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("\"n\""), r.out());
    assertTrue(r.out().contains("2"), r.out());
  }

  @Test
  void badSqlIsOneClearLine() {
    Cli.Result r = Cli.run("query", "--data-dir", dataDir.toString(), "SELEC nonsense");
    assertEquals(Newsflow.EXIT_USAGE, r.exit());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().startsWith("newsflow: "), r.err());
  }

  @Test
  void statementsThatWriteOrReadFilesAreRefusedInOneLineWithExitTwo() throws Exception {
    Path warehouse = dataDir.resolve("warehouse.duckdb");
    byte[] before = Files.readAllBytes(warehouse);
    for (String sql : List.of(
        "COPY (SELECT 'x') TO '" + warehouse + "'",
        "COPY quotes TO '" + dataDir.resolve("out.csv") + "'",
        "SELECT * FROM read_text('/etc/hostname')",
        "SELECT * FROM read_csv('/etc/passwd')",
        "ATTACH '" + dataDir.resolve("other.duckdb") + "' AS other",
        "INSTALL httpfs",
        "LOAD httpfs",
        "EXPORT DATABASE '" + dataDir.resolve("dump") + "'",
        "DELETE FROM quotes",
        "SELECT 1; DROP TABLE quotes",
        "/* SELECT */ DROP TABLE quotes")) {
      Cli.Result r = Cli.run("query", "--data-dir", dataDir.toString(), sql);
      assertEquals(Newsflow.EXIT_USAGE, r.exit(), sql + ": " + r.err());
      assertEquals(1, r.err().strip().lines().count(), r.err());
      assertTrue(r.err().startsWith("newsflow: query refused: "), r.err());
      assertEquals("", r.out());
    }
    assertArrayEquals(before, Files.readAllBytes(warehouse), "the warehouse changed");
    assertFalse(Files.exists(dataDir.resolve("out.csv")));
    assertFalse(Files.exists(dataDir.resolve("other.duckdb")));
    assertFalse(Files.exists(dataDir.resolve("dump")));
    Cli.Result still = Cli.run("query", "--data-dir", dataDir.toString(), "--csv", "SELECT count(*) AS n FROM quotes");
    assertEquals("n\n2", still.out().strip().replace("\r", ""));
  }

  @Test
  void csvAndJsonTogetherAreRejected() {
    Cli.Result r = Cli.run("query", "--csv", "--json", "SELECT 1");
    assertEquals(Newsflow.EXIT_USAGE, r.exit());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }

  @Test
  void withoutOptionsReadsTheWarehouseOfTheLastRunInTheDataDirectory(@TempDir Path base) throws Exception {
    Path demo = base.resolve("demo");
    Files.createDirectories(demo);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + demo.resolve("warehouse.duckdb"));
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE quotes (speaker VARCHAR, text VARCHAR)");
      s.execute("INSERT INTO quotes VALUES ('Imaginary Speaker', 'a made-up line')");
    }
    newsflow.cli.run.LastRun.record(base, "jdbc:duckdb:" + demo.resolve("warehouse.duckdb"));
    Cli.Result r = Cli.run(Map.of("NEWSFLOW_DATA_DIR", base.toString()), "query", "--csv", "SELECT speaker FROM quotes");
    assertEquals(0, r.exit(), r.err());
    assertEquals("speaker\nImaginary Speaker", r.out().strip().replace("\r", ""));
  }

  @Test
  void aMissingWarehouseSaysWhereTheWarehousesAre(@TempDir Path base) throws Exception {
    Cli.Result r = Cli.run("query", "--data-dir", base.toString(), "SELECT 1");
    assertEquals(Newsflow.EXIT_USAGE, r.exit());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("<data-dir>/demo/warehouse.duckdb"), r.err());

    Files.createDirectories(base.resolve("demo"));
    // an empty warehouse file is enough to be found
    DriverManager.getConnection("jdbc:duckdb:" + base.resolve("demo").resolve("warehouse.duckdb")).close();
    r = Cli.run("query", "--data-dir", base.toString(), "SELECT 1");
    assertEquals(Newsflow.EXIT_USAGE, r.exit());
    assertTrue(r.err().contains("give --data-dir " + base.resolve("demo").toAbsolutePath()), r.err());
  }
}
