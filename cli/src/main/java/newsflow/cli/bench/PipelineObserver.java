package newsflow.cli.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.schemas.Topics;
import newsflow.schemas.registry.SchemaRegistryClient;
import newsflow.schemas.serde.AvroDeserializer;
import newsflow.v1.OfficialAlert;
import newsflow.v1.RawArticle;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Watches a running pipeline from outside, as a user's tools would: a read_committed consumer on the
 * raw, enriched and alert topics notes when each record became visible, and an admin client asks
 * every {@value #OFFSETS_EVERY_MS} ms where the warehouse writer's group has committed, which it does
 * right after the warehouse transaction holding those records committed. So for every article: its
 * publish time on {@code news.articles.raw.v1} (the record's timestamp), when its enriched record and
 * its alerts could be read, and when their rows were in the warehouse (at most one admin interval late).
 */
final class PipelineObserver implements AutoCloseable {
  static final int OFFSETS_EVERY_MS = 20;
  private static final Pattern INDEX = Pattern.compile("/news/[a-z]+/(\\d+)-");

  /** What is known about one article. */
  static final class ArticleTimes {
    final String id;
    final int index;
    final long published;
    volatile long enriched;
    volatile long warehouse;
    int rawCopies = 1;
    int enrichedCopies;

    ArticleTimes(String id, int index, long published) {
      this.id = id;
      this.index = index;
      this.published = published;
    }
  }

  /** What is known about one alert. */
  static final class AlertTimes {
    final String id;
    final String articleId;
    final long visible;
    volatile long warehouse;
    int copies = 1;

    AlertTimes(String id, String articleId, long visible) {
      this.id = id;
      this.articleId = articleId;
      this.visible = visible;
    }
  }

  private record Position(TopicPartition tp, long offset, Object what) {}

  private record CommitSeen(long offset, long at) {}

  private final String bootstrap;
  private final String registryUrl;
  private final String sinkGroup;
  final Map<String, ArticleTimes> articles = new ConcurrentHashMap<>();
  final Map<Integer, ArticleTimes> byIndex = new ConcurrentHashMap<>();
  final Map<String, AlertTimes> alerts = new ConcurrentHashMap<>();
  /** Records waiting for the warehouse writer's commit, per partition in offset order. */
  private final Map<TopicPartition, List<Position>> pending = new HashMap<>();
  private final Map<TopicPartition, List<CommitSeen>> commits = new HashMap<>();
  private volatile long firstEnriched;
  private volatile boolean running = true;
  private volatile Throwable failure;
  private Thread consumerThread;
  private Thread offsetsThread;

  PipelineObserver(String bootstrap, String registryUrl, String sinkGroup) {
    this.bootstrap = bootstrap;
    this.registryUrl = registryUrl;
    this.sinkGroup = sinkGroup;
  }

  void start() {
    consumerThread = new Thread(this::consume, "newsflow-bench-observer");
    offsetsThread = new Thread(this::watchOffsets, "newsflow-bench-offsets");
    consumerThread.setDaemon(true);
    offsetsThread.setDaemon(true);
    consumerThread.start();
    offsetsThread.start();
  }

  /** When the first enriched record became readable (epoch ms), or 0. */
  long firstEnriched() {
    return firstEnriched;
  }

  Throwable failure() {
    return failure;
  }

  private void consume() {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100);
    p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 << 20);
    p.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-bench-observer");
    SchemaRegistryClient registry = new SchemaRegistryClient(registryUrl);
    AvroDeserializer<RawArticle> raw = new AvroDeserializer<>(registry, RawArticle.class);
    AvroDeserializer<OfficialAlert> alert = new AvroDeserializer<>(registry, OfficialAlert.class);
    try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> tps = new ArrayList<>();
      while (running && tps.isEmpty()) {
        try {
          List<TopicPartition> found = new ArrayList<>();
          for (String t : List.of(Topics.ARTICLES_RAW, Topics.ARTICLES_ENRICHED, Topics.ALERTS)) {
            List<PartitionInfo> parts = c.partitionsFor(t, Duration.ofSeconds(2));
            if (parts == null || parts.isEmpty()) {
              found.clear();
              break;
            }
            parts.forEach(pi -> found.add(new TopicPartition(pi.topic(), pi.partition())));
          }
          tps = found;
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
          // the broker is still starting
        }
        if (tps.isEmpty()) sleep(200);
      }
      c.assign(tps);
      c.seekToBeginning(tps);
      List<Early> early = new ArrayList<>();
      while (running) {
        long now;
        var records = c.poll(Duration.ofMillis(100));
        now = System.currentTimeMillis();
        for (ConsumerRecord<byte[], byte[]> r : records) {
          handle(r, now, raw, alert, early);
        }
        // an enriched record or alert read before its raw record (other partitions) is handled again
        if (!early.isEmpty()) {
          List<Early> again = new ArrayList<>(early);
          early.clear();
          for (Early e : again) handle(e.record(), e.seen(), raw, alert, early);
        }
      }
    } catch (Throwable t) {
      if (running) failure = t;
    }
  }

  private void handle(ConsumerRecord<byte[], byte[]> r, long now, AvroDeserializer<RawArticle> raw,
      AvroDeserializer<OfficialAlert> alertDecoder, List<Early> early) {
    String key = r.key() == null ? "" : new String(r.key(), StandardCharsets.UTF_8);
    TopicPartition tp = new TopicPartition(r.topic(), r.partition());
    switch (r.topic()) {
      case Topics.ARTICLES_RAW -> {
        ArticleTimes known = articles.get(key);
        if (known != null) {
          known.rawCopies++;
          return;
        }
        RawArticle a = raw.deserialize(r.topic(), r.value());
        Matcher m = INDEX.matcher(String.valueOf(a.getUrl()));
        int index = m.find() ? Integer.parseInt(m.group(1)) : -1;
        ArticleTimes t = new ArticleTimes(key, index, r.timestamp());
        articles.put(key, t);
        if (index >= 0) byIndex.put(index, t);
      }
      case Topics.ARTICLES_ENRICHED -> {
        ArticleTimes t = articles.get(key);
        if (t == null) {
          early.add(new Early(r, now));
          return;
        }
        if (firstEnriched == 0) firstEnriched = now;
        t.enrichedCopies++;
        if (t.enriched == 0) t.enriched = now;
        pending(tp, r.offset(), t);
      }
      case Topics.ALERTS -> {
        AlertTimes known = alerts.get(key);
        if (known != null) {
          known.copies++;
          return;
        }
        OfficialAlert a = alertDecoder.deserialize(r.topic(), r.value());
        AlertTimes t = new AlertTimes(key, a.getArticleId(), now);
        alerts.put(key, t);
        pending(tp, r.offset(), t);
      }
      default -> { }
    }
  }

  /** A record read before the record it refers to, with when it was read. */
  private record Early(ConsumerRecord<byte[], byte[]> record, long seen) {}

  private void pending(TopicPartition tp, long offset, Object what) {
    synchronized (pending) {
      Long when = committedAfter(tp, offset);
      if (when != null) {
        settle(what, when);
      } else {
        pending.computeIfAbsent(tp, k -> new ArrayList<>()).add(new Position(tp, offset, what));
      }
    }
  }

  /** The first time the sink group's commit on {@code tp} was seen past {@code offset}, or null. */
  private Long committedAfter(TopicPartition tp, long offset) {
    for (CommitSeen c : commits.getOrDefault(tp, List.of())) {
      if (c.offset() > offset) return c.at();
    }
    return null;
  }

  private static void settle(Object what, long at) {
    if (what instanceof ArticleTimes a) {
      if (a.warehouse == 0) a.warehouse = at;
    } else if (what instanceof AlertTimes a) {
      if (a.warehouse == 0) a.warehouse = at;
    }
  }

  private void watchOffsets() {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(AdminClientConfig.CLIENT_ID_CONFIG, "newsflow-bench-offsets");
    try (Admin admin = Admin.create(p)) {
      while (running) {
        long t0 = System.nanoTime();
        try {
          Map<TopicPartition, OffsetAndMetadata> offsets =
              admin.listConsumerGroupOffsets(sinkGroup).partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
          long now = System.currentTimeMillis();
          synchronized (pending) {
            offsets.forEach((tp, o) -> {
              if (o == null) return;
              List<CommitSeen> seen = commits.computeIfAbsent(tp, k -> new ArrayList<>());
              if (!seen.isEmpty() && seen.get(seen.size() - 1).offset() >= o.offset()) return;
              seen.add(new CommitSeen(o.offset(), now));
              List<Position> waiting = pending.get(tp);
              if (waiting == null) return;
              waiting.removeIf(pos -> {
                if (pos.offset() < o.offset()) {
                  settle(pos.what(), now);
                  return true;
                }
                return false;
              });
            });
          }
        } catch (Exception e) {
          // the group does not exist yet, or the broker is starting: ask again
        }
        long left = OFFSETS_EVERY_MS - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        if (left > 0) sleep(left);
      }
    } catch (Throwable t) {
      if (running) failure = t;
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    running = false;
    for (Thread t : new Thread[] {consumerThread, offsetsThread}) {
      if (t == null) continue;
      try {
        t.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
