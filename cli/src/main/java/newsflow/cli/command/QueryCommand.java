package newsflow.cli.command;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import newsflow.cli.Newsflow;
import newsflow.cli.UserException;
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
    description = {"Runs SQL on the warehouse (the DuckDB file in the data directory by default) and prints an "
        + "aligned table, CSV or JSON.",
        "Read-only: one statement starting with SELECT, WITH, VALUES, TABLE, FROM, SHOW, DESCRIBE, EXPLAIN or "
        + "SUMMARIZE; anything that writes, copies, attaches, loads, changes settings or reads files is refused "
        + "(exit 2). DuckDB is opened read-only without external access; PostgreSQL runs a read-only transaction "
        + "(give query users a read-only role: docs/sink.md).",
        "Tables: articles, entities, quotes, places, alerts. Example:",
        "  newsflow query \"SELECT speaker, count(*) AS quotes FROM quotes GROUP BY speaker ORDER BY quotes DESC LIMIT 10\""})
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

  @Option(names = "--data-dir", paramLabel = "DIR", description = "Data directory holding warehouse.duckdb "
      + "(env NEWSFLOW_DATA_DIR; default ./newsflow-data).")
  Path dataDir;

  @Override
  public Integer call() {
    String url = SinkConfig.warehouseUrl(root.env(), warehouse, dataDir);
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
}
