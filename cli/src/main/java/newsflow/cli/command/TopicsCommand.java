package newsflow.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import newsflow.cli.Newsflow;
import newsflow.cli.UserException;
import newsflow.cli.config.TopicPlan;
import newsflow.schemas.config.ClientConfig;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsflow topics create}: creates newsflow's topics on a cluster (the apps never do it silently). */
@Command(name = "topics", mixinStandardHelpOptions = true,
    description = "Manages newsflow's Kafka topics.",
    subcommands = {TopicsCommand.Create.class})
public final class TopicsCommand implements Runnable {
  @ParentCommand Newsflow root;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Creates every topic of {@link TopicPlan}; existing topics are left as they are. */
  @Command(name = "create", mixinStandardHelpOptions = true,
      description = "Creates the article, alert and dead-letter topics and the registry's compacted _schemas topic; "
          + "existing topics are kept.")
  static final class Create implements Runnable {
    @ParentCommand TopicsCommand parent;
    @Spec CommandSpec spec;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT,...",
        description = "Kafka brokers (env NEWSFLOW_BOOTSTRAP_SERVERS).")
    String bootstrapServers;

    @Option(names = "--partitions", defaultValue = "6", paramLabel = "N",
        description = "Partitions of the data and DLQ topics; the most instances of a role that can share work "
            + "(default ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--replication-factor", defaultValue = "1", paramLabel = "N",
        description = "Replicas of every topic (default ${DEFAULT-VALUE}; use 3 on a production cluster).")
    short replication;

    @Option(names = "--skip-registry-topic",
        description = "Do not create _schemas (when the registry creates its own topic).")
    boolean skipRegistry;

    @Override
    public void run() {
      if (partitions < 1) throw new UserException("--partitions must be at least 1");
      if (replication < 1) throw new UserException("--replication-factor must be at least 1");
      Map<String, String> env = parent.root.env();
      String bootstrap = bootstrapServers != null ? bootstrapServers : env.get(ClientConfig.ENV_BOOTSTRAP_SERVERS);
      if (bootstrap == null || bootstrap.isBlank()) {
        throw new UserException("--bootstrap-servers (or " + ClientConfig.ENV_BOOTSTRAP_SERVERS + ") is required");
      }
      Properties props = new Properties();
      props.putAll(ClientConfig.passThrough(env, ClientConfig.ENV_KAFKA_PREFIX));
      props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
      props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
      props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 15_000);
      var out = spec.commandLine().getOut();
      try (Admin admin = Admin.create(props)) {
        create(admin, TopicPlan.topics(partitions, !skipRegistry), replication, out);
      }
    }
  }

  /** Creates each topic, printing "created" or "exists" per topic. */
  public static void create(Admin admin, List<TopicPlan.TopicSpec> topics, short replication, java.io.PrintWriter out) {
    List<String> failures = new ArrayList<>();
    for (TopicPlan.TopicSpec t : topics) {
      NewTopic nt = new NewTopic(t.name(), t.partitions(), replication).configs(t.configs());
      try {
        admin.createTopics(List.of(nt)).all().get(60, TimeUnit.SECONDS);
        out.printf("created %s (partitions=%d, replication=%d%s)%n", t.name(), t.partitions(), replication,
            t.configs().isEmpty() ? "" : ", " + t.configs());
      } catch (ExecutionException e) {
        if (e.getCause() instanceof TopicExistsException) {
          out.printf("exists  %s%n", t.name());
        } else {
          failures.add(t.name() + ": " + e.getCause().getMessage());
        }
      } catch (TimeoutException e) {
        throw new UserException("timed out talking to Kafka; is --bootstrap-servers right?");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new UserException("interrupted");
      }
    }
    out.flush();
    if (!failures.isEmpty()) throw new UserException("cannot create " + String.join("; ", failures));
  }
}
