package newsflow.cli.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a consumer group's lag (latest offsets minus committed offsets, summed over its
 * partitions) as the gauge {@code newsflow.consumer.lag{group}}, refreshed every few seconds with an
 * admin client. -1 until the first successful reading.
 */
public final class ConsumerLag implements AutoCloseable {
  public static final String GAUGE = "newsflow.consumer.lag";
  private static final Logger LOG = LoggerFactory.getLogger(ConsumerLag.class);

  private final Admin admin;
  private final String group;
  private final AtomicLong lag = new AtomicLong(-1);
  private final ScheduledExecutorService timer;

  public ConsumerLag(Map<String, ?> clientProps, String group, MeterRegistry registry) {
    Properties p = new Properties();
    p.putAll(clientProps);
    p.put(AdminClientConfig.CLIENT_ID_CONFIG, "newsflow-lag-" + group);
    this.admin = Admin.create(p);
    this.group = group;
    Gauge.builder(GAUGE, lag, AtomicLong::get).tag("group", group)
        .description("records the consumer group has yet to read").register(registry);
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "newsflow-lag-" + group);
      t.setDaemon(true);
      return t;
    });
    timer.scheduleWithFixedDelay(this::refresh, 2, 5, TimeUnit.SECONDS);
  }

  /** The last lag read, or -1. */
  public long lag() {
    return lag.get();
  }

  void refresh() {
    try {
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
      if (committed.isEmpty()) return;
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
      Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin
          .listOffsets(latest, new org.apache.kafka.clients.admin.ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
          .all().get(10, TimeUnit.SECONDS);
      long total = 0;
      for (Map.Entry<TopicPartition, OffsetAndMetadata> e : committed.entrySet()) {
        if (e.getValue() == null || !ends.containsKey(e.getKey())) continue;
        total += Math.max(0, ends.get(e.getKey()).offset() - e.getValue().offset());
      }
      lag.set(total);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      LOG.debug("cannot read the lag of group {}: {}", group, e.toString());
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
    admin.close(java.time.Duration.ofSeconds(2));
  }
}
