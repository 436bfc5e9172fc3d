package newsflow.cli.faults;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import newsflow.cli.ops.OpsConfig;
import newsflow.cli.run.LocalPipeline;
import newsflow.cli.run.StageAccounts;
import newsflow.schemas.DeadLetters;
import newsflow.schemas.Topics;
import newsflow.schemas.registry.SchemaRegistryClient;
import newsflow.schemas.serde.AvroSerdes;
import newsflow.v1.EnrichedArticle;
import newsflow.v1.OfficialAlert;
import newsflow.v1.RawArticle;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, fault test 4: poison pills on every topic {@code newsflow run} reads (the raw articles
 * enrich reads, the enriched articles and alerts the sink reads): random bytes, a valid Confluent
 * header with a schema id the registry never issued, valid Avro of another record type behind its
 * real schema id, and an oversized record (a valid record of about 1 MB, near the broker's limit).
 * The first three land in the stage's DLQ with their bytes and provenance; the oversized one is
 * processed or dead-lettered, never lost; an article sent after all of them reaches the warehouse;
 * every stage's account balances.
 */
class PoisonPillsFaultIT {
  @TempDir Path dir;

  /** One pill as sent: the topic, the offset the broker gave it, its bytes. */
  record Pill(String kind, String topic, long offset, byte[] value) {}

  @Test
  @Timeout(600)
  void everyPillOnEveryTopicIsDeadLetteredOrProcessedAndTheNextArticleFlows() throws Exception {
    long t0 = System.nanoTime();
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    Path watchlist = FaultArticles.writeWatchlist(dir);
    LocalPipeline pipeline = new LocalPipeline(new LocalPipeline.Settings(dir.resolve("data"), null, inbox, watchlist,
        null, List.of(), Duration.ofMinutes(10), new OpsConfig("127.0.0.1", -1), Map.of()));
    try (pipeline) {
      pipeline.start(null);
      FaultArticles.write(inbox, 0, 1);
      Faults.await("the first article written", Duration.ofSeconds(240), () -> pipeline.counts().written() >= 1);
      Faults.await("its alert written", Duration.ofSeconds(60), () -> pipeline.counts().alertsWritten() >= 1);
      String bootstrap = pipeline.bootstrapServers();
      ConsumerRecord<byte[], byte[]> raw = Faults.readCommitted(bootstrap, Topics.ARTICLES_RAW).get(0);
      ConsumerRecord<byte[], byte[]> enriched = Faults.readCommitted(bootstrap, Topics.ARTICLES_ENRICHED).get(0);
      ConsumerRecord<byte[], byte[]> alert = Faults.readCommitted(bootstrap, Topics.ALERTS).get(0);
      SchemaRegistryClient registry = new SchemaRegistryClient(pipeline.registryUrl());
      String big = "The council met again on Tuesday to discuss the harbour works and the ferry timetable. ".repeat(11_400);

      // valid records of about 1 MB (the broker takes up to 1 MiB): the same records with a huge text or title
      var rawSerde = AvroSerdes.specific(RawArticle.class, registry, false);
      RawArticle bigRaw = rawSerde.deserializer().deserialize(Topics.ARTICLES_RAW, raw.value());
      bigRaw.setId("oversized-raw");
      bigRaw.setText(big);
      var enrichedSerde = AvroSerdes.specific(EnrichedArticle.class, registry, false);
      EnrichedArticle bigEnriched = enrichedSerde.deserializer().deserialize(Topics.ARTICLES_ENRICHED, enriched.value());
      bigEnriched.setId("oversized-enriched");
      bigEnriched.setText(big);
      var alertSerde = AvroSerdes.specific(OfficialAlert.class, registry, false);
      OfficialAlert bigAlert = alertSerde.deserializer().deserialize(Topics.ALERTS, alert.value());
      bigAlert.setId("oversized-alert");
      bigAlert.setTitle(big);

      Map<String, byte[]> wrongType = Map.of(Topics.ARTICLES_RAW, alert.value(), Topics.ARTICLES_ENRICHED, raw.value(),
          Topics.ALERTS, enriched.value());
      Map<String, byte[]> oversized = Map.of(
          Topics.ARTICLES_RAW, rawSerde.serializer().serialize(Topics.ARTICLES_RAW, bigRaw),
          Topics.ARTICLES_ENRICHED, enrichedSerde.serializer().serialize(Topics.ARTICLES_ENRICHED, bigEnriched),
          Topics.ALERTS, alertSerde.serializer().serialize(Topics.ALERTS, bigAlert));
      Random random = new Random(15);
      List<Pill> pills = new ArrayList<>();
      Properties p = new Properties();
      p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
      p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 2 * 1024 * 1024);
      try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
        for (String topic : List.of(Topics.ARTICLES_RAW, Topics.ARTICLES_ENRICHED, Topics.ALERTS)) {
          byte[] noise = new byte[300];
          random.nextBytes(noise);
          noise[0] = 7; // not the Confluent magic byte
          byte[] unknownId = ByteBuffer.allocate(40).put((byte) 0).putInt(987_654_321).array();
          Map<String, byte[]> kinds = new LinkedHashMap<>();
          kinds.put("random bytes", noise);
          kinds.put("unknown schema id", unknownId);
          kinds.put("another record type", wrongType.get(topic));
          kinds.put("oversized", oversized.get(topic));
          for (Map.Entry<String, byte[]> k : kinds.entrySet()) {
            RecordMetadata m = producer.send(new ProducerRecord<>(topic, ("pill-" + k.getKey()).getBytes(), k.getValue())).get();
            pills.add(new Pill(k.getKey(), topic, m.offset(), k.getValue()));
          }
        }
      }
      FaultArticles.write(inbox, 1, 2); // the article after the pills
      Faults.await("the article after the pills written", Duration.ofSeconds(240),
          () -> pipeline.counts().written() >= 2 && pipeline.accounts().stream().allMatch(StageAccounts.Account::balanced)
              && pipeline.sinkMetrics().articles().in() >= 2 + 4, () -> pipeline.accounts().toString());
      Thread.sleep(2_000);

      List<ConsumerRecord<byte[], byte[]>> enrichDlq = Faults.readCommitted(bootstrap, Topics.ENRICH_DLQ);
      List<ConsumerRecord<byte[], byte[]>> sinkDlq = Faults.readCommitted(bootstrap, Topics.SINK_DLQ);
      List<String> outcomes = new ArrayList<>();
      for (Pill pill : pills) {
        List<ConsumerRecord<byte[], byte[]>> dlq = pill.topic().equals(Topics.ARTICLES_RAW) ? enrichDlq : sinkDlq;
        ConsumerRecord<byte[], byte[]> letter = dlq.stream()
            .filter(r -> pill.topic().equals(DeadLetters.header(r.headers(), DeadLetters.SOURCE_TOPIC))
                && Long.toString(pill.offset()).equals(DeadLetters.header(r.headers(), DeadLetters.SOURCE_OFFSET)))
            .findFirst().orElse(null);
        String where = pill.topic() + "@" + pill.offset() + " " + pill.kind();
        if (letter == null) {
          assertEquals("oversized", pill.kind(), where + " was not dead-lettered");
          outcomes.add(where + ": processed");
          continue;
        }
        assertArrayEquals(pill.value(), letter.value(), where + ": the original bytes");
        assertNotNull(DeadLetters.header(letter.headers(), DeadLetters.STAGE), where);
        assertNotNull(DeadLetters.header(letter.headers(), DeadLetters.ERROR_CLASS), where);
        assertNotNull(DeadLetters.header(letter.headers(), DeadLetters.TIME), where);
        outcomes.add(where + ": " + DeadLetters.header(letter.headers(), DeadLetters.STAGE) + " DLQ, "
            + DeadLetters.header(letter.headers(), DeadLetters.ERROR_CLASS) + ": "
            + DeadLetters.header(letter.headers(), DeadLetters.ERROR_MESSAGE));
      }
      outcomes.forEach(o -> System.out.println("poison pill test: " + o));
      // the oversized raw article: enriched (its analysis capped) or dead-lettered, never silently gone
      List<ConsumerRecord<byte[], byte[]>> enrichedOut = Faults.readCommitted(bootstrap, Topics.ARTICLES_ENRICHED);
      long rawIn = Faults.readCommitted(bootstrap, Topics.ARTICLES_RAW).size();
      long enrichedOwn = enrichedOut.stream().filter(r -> r.key() != null && !new String(r.key()).startsWith("pill-")).count();
      System.out.printf("poison pill test topics: raw %d = enriched by enrich %d + enrich DLQ %d%n", rawIn, enrichedOwn,
          Faults.deadLettersFrom(enrichDlq, Topics.ARTICLES_RAW));
      assertEquals(rawIn, enrichedOwn + Faults.deadLettersFrom(enrichDlq, Topics.ARTICLES_RAW),
          "enrich account from the topics");
      List<StageAccounts.Account> accounts = pipeline.accounts();
      accounts.forEach(a -> System.out.println("poison pill test account: " + a.line()));
      for (StageAccounts.Account a : accounts) assertTrue(a.balanced(), a.line());
      assertTrue(pipeline.ready(), "the pipeline still runs");
    }
    System.out.printf("poison pill test: %.0f s%n", (System.nanoTime() - t0) / 1e9);
  }
}
