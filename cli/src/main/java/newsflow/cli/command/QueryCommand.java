package newsflow.cli.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import newsflow.cli.Newsflow;
import newsflow.cli.UserException;
import newsflow.cli.run.LastRun;
import newsflow.sink.SinkConfig;
import newsflow.sink.query.QueryException;
import newsflow.sink.query.QueryRunner;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code newsflow query}: SQL on the warehouse. */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = {"Runs SQL on the warehouse and prints an aligned table, CSV or JSON. Default warehouse: the one "
        + "the last 'newsflow run' in the data directory wrote (after 'run --demo', the demo's in "
        + "<data-dir>/demo), else <data-dir>/warehouse.duckdb.",
        "Read-only: one statement starting with SELECT, WITH, VALUES, TABLE, FROM, SHOW, DESCRIBE, EXPLAIN or "
        + "SUMMARIZE; anything that writes, copies, attaches, loads, changes settings or reads files is refused "
        + "(exit 2). DuckDB is opened read-only without external access; PostgreSQL runs a read-only transaction "
        + "(give query users a read-only role: docs/sink.md).",
        "Tables: articles, entities, quotes, places, alerts. Examples:",
        "  newsflow query \"SELECT speaker, count(*) AS quotes FROM quotes GROUP BY speaker ORDER BY quotes DESC LIMIT 10\"",
        "  newsflow query --data-dir newsflow-data/demo --csv \"SELECT official_name, kind, title FROM alerts\""})
public final class QueryCommand implements Callable<Integer> {
  @ParentCommand Newsflow root;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SQL", description = "The query.")
  String sql;

  @ArgGroup(exclusive = true)
  FormatFlags format = new FormatFlags();

  static final class FormatFlags {
    @Option(names = "--csv", description = "Print CSV.") boolean csv;
    @Option(names = "--json", description = "Print a JSON array of objects.") boolean json;
  }

  @Option(names = "--warehouse", paramLabel = "JDBC_URL", description = "Warehouse URL (env NEWSFLOW_WAREHOUSE_URL).")
  String warehouse;

  @Option(names = "--data-dir", paramLabel = "DIR", description = "Data directory of a run: its last run's warehouse, "
      + "else its warehouse.duckdb (env NEWSFLOW_DATA_DIR; default ./newsflow-data).")
  Path dataDir;

  @Override
  public Integer call() {
    String url = warehouseUrl(root.env(), warehouse, dataDir);
    if (url.startsWith("jdbc:duckdb:")) {
      Path file = Path.of(url.substring("jdbc:duckdb:".length()));
      if (!Files.isRegularFile(file)) throw new UserException(noWarehouse(file, SinkConfig.dataDir(root.env(), dataDir)));
    }
    QueryRunner.Format f = format.csv ? QueryRunner.Format.CSV : format.json ? QueryRunner.Format.JSON : QueryRunner.Format.TABLE;
    try (QueryRunner runner = QueryRunner.open(url)) {
      QueryRunner.Result result = runner.run(sql);
      var out = spec.commandLine().getOut();
      out.print(QueryRunner.render(result, f));
      out.flush();
      return 0;
    } catch (QueryException e) {
      throw new UserException(e.getMessage());
    }
  }

  /**
   * The flag, else {@code NEWSFLOW_WAREHOUSE_URL}, else the warehouse the last run in the data
   * directory wrote, else the DuckDB file in the data directory.
   */
  static String warehouseUrl(Map<String, String> env, String flag, Path dataDirFlag) {
    boolean explicit = (flag != null && !flag.isBlank()) || env.containsKey(SinkConfig.ENV_WAREHOUSE_URL);
    if (!explicit) {
      Optional<Path> last = LastRun.warehouse(SinkConfig.dataDir(env, dataDirFlag));
      if (last.isPresent()) return "jdbc:duckdb:" + last.get();
    }
    return SinkConfig.warehouseUrl(env, flag, dataDirFlag);
  }

  /** Where the warehouses are, when the one asked for is not there. */
  static String noWarehouse(Path file, Path dataDir) {
    List<Path> found = LastRun.warehouses(dataDir);
    if (!found.isEmpty() && !found.contains(file.toAbsolutePath().normalize())) {
      Path other = found.get(0).getParent();
      return "no warehouse at " + file + "; there is one in " + other + ": give --data-dir " + other;
    }
    return "no warehouse at " + file + "; 'newsflow run' writes <data-dir>/warehouse.duckdb and 'newsflow run --demo' "
        + "<data-dir>/demo/warehouse.duckdb (data directory: --data-dir or NEWSFLOW_DATA_DIR, default ./newsflow-data); "
        + "for another database give --warehouse JDBC_URL";
  }
}
