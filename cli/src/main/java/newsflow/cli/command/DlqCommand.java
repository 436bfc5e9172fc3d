package newsflow.cli.command;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import newsflow.cli.Newsflow;
import newsflow.cli.UserException;
import newsflow.embedded.EmbeddedKafka;
import newsflow.embedded.EmbeddedKafkaException;
import newsflow.schemas.config.ClientConfig;
import newsflow.sink.DeadLetterReplay;
import newsflow.sink.SinkConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code newsflow dlq replay}: sends dead letters of one stage back to the topic they came from. */
@Command(name = "dlq", mixinStandardHelpOptions = true,
    description = "Works with the dead-letter topics (news.<stage>.dlq.v1).",
    subcommands = {DlqCommand.Replay.class})
public final class DlqCommand implements Runnable {
  @ParentCommand Newsflow root;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Replays one stage's dead letters, each once. */
  @Command(name = "replay", mixinStandardHelpOptions = true,
      description = {"Re-publishes the dead letters of one stage, with their original key and bytes, to the topic each "
          + "came from, so the running pipeline handles them again; each dead letter is replayed once (progress in "
          + "the consumer group newsflow-dlq-replay-<stage>).",
          "After a webhook outage: 'newsflow dlq replay --stage sink-alerts' sends the alerts whose delivery was "
              + "dead-lettered back to news.alerts.v1, and the sink delivers them (the delivery log skips what a "
              + "notifier already has; the webhook gets the same Idempotency-Key).",
          "Against a cluster give --bootstrap-servers (or NEWSFLOW_BOOTSTRAP_SERVERS); without it the broker of "
              + "'newsflow run' in --data-dir is used, while run is stopped, and its next start handles them."})
  static final class Replay implements Callable<Integer> {
    @ParentCommand DlqCommand parent;
    @Spec CommandSpec spec;

    @Option(names = "--stage", required = true, paramLabel = "STAGE",
        description = "Whose dead letters: sink-alerts (undelivered alerts), sink (records the warehouse refused) or "
            + "enrich (raw articles enrich could not handle).")
    String stage;

    @Option(names = "--dry-run", description = "Count what would be replayed; send and commit nothing.")
    boolean dryRun;

    @Option(names = "--from-beginning", description = "Replay every dead letter of the stage, also those replayed before.")
    boolean fromBeginning;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT,...", description = "Kafka brokers (env NEWSFLOW_BOOTSTRAP_SERVERS).")
    String bootstrapServers;

    @Option(names = "--data-dir", paramLabel = "DIR",
        description = "Without a cluster: the data directory of 'newsflow run' (env NEWSFLOW_DATA_DIR; default ./newsflow-data).")
    Path dataDir;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
        description = "Give up after this long (default ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Override
    public Integer call() {
      if (!DeadLetterReplay.DLQ_OF_STAGE.containsKey(stage)) {
        throw new UserException("--stage must be one of " + String.join(", ", DeadLetterReplay.DLQ_OF_STAGE.keySet())
            + ", got '" + stage + "' (ingest dead letters are inputs: fix the input and ingest it again)");
      }
      if (timeoutSeconds < 1) throw new UserException("--timeout must be at least 1 second");
      Map<String, String> env = parent.root.env();
      String bootstrap = bootstrapServers != null ? bootstrapServers : env.get(ClientConfig.ENV_BOOTSTRAP_SERVERS);
      PrintWriter out = spec.commandLine().getOut();
      Map<String, Object> client = new HashMap<>(ClientConfig.passThrough(env, ClientConfig.ENV_KAFKA_PREFIX));
      if (bootstrap != null && !bootstrap.isBlank()) {
        client.put("bootstrap.servers", bootstrap.strip());
        report(out, replay(client), "a running sink handles them now");
        return 0;
      }
      Path data = SinkConfig.dataDir(env, dataDir);
      Path brokerDir = data.resolve("kafka");
      if (!Files.isDirectory(brokerDir)) {
        throw new UserException("no cluster given (--bootstrap-servers) and no 'newsflow run' data in " + data.toAbsolutePath());
      }
      EmbeddedKafka kafka;
      try {
        kafka = EmbeddedKafka.start(brokerDir);
      } catch (EmbeddedKafkaException e) {
        throw new UserException("cannot open the broker of 'newsflow run' in " + brokerDir.toAbsolutePath()
            + " (stop 'newsflow run' first): " + e.getMessage());
      }
      try (kafka) {
        client.put("bootstrap.servers", kafka.bootstrapServers());
        report(out, replay(client), "the next 'newsflow run --data-dir " + data + "' handles them");
      }
      return 0;
    }

    private DeadLetterReplay.Result replay(Map<String, Object> client) {
      try {
        return DeadLetterReplay.replay(client, stage, fromBeginning, dryRun, Duration.ofSeconds(timeoutSeconds));
      } catch (IllegalStateException e) {
        throw new UserException("replay failed: " + e.getMessage());
      }
    }

    private void report(PrintWriter out, DeadLetterReplay.Result r, String next) {
      StringBuilder sb = new StringBuilder(r.dryRun() ? "would replay " : "replayed ").append(r.replayed())
          .append(" dead letter(s) of stage ").append(r.stage()).append(" from ").append(r.dlqTopic());
      r.replayedTo().forEach((topic, n) -> sb.append("; ").append(n).append(" to ").append(topic));
      if (r.otherStages() > 0) sb.append("; ").append(r.otherStages()).append(" of other stages left alone");
      if (r.withoutSource() > 0) sb.append("; ").append(r.withoutSource()).append(" without a source topic skipped");
      out.println(sb);
      if (!r.dryRun() && r.replayed() > 0) out.println(next);
      out.flush();
    }
  }
}
