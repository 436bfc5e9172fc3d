package newsflow.schemas.serde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;
import newsflow.schemas.registry.SchemaRegistryClient;
import newsflow.schemas.registry.StubRegistryServer;
import newsflow.v1.RawArticle;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;

class AvroSerdeStreamsTest {

  @Test
  void explicitSerdesFromAvroSerdesWorkInATopology() throws Exception {
    try (StubRegistryServer registry = new StubRegistryServer()) {
      SchemaRegistryClient client = new SchemaRegistryClient(registry.url());
      Serde<RawArticle> serde = AvroSerdes.specific(RawArticle.class, client, false);
      StreamsBuilder builder = new StreamsBuilder();
      builder.stream("in", Consumed.with(Serdes.String(), serde))
          .mapValues(a -> RawArticle.newBuilder(a).setTitle(a.getTitle().toUpperCase()).build())
          .to("out", Produced.with(Serdes.String(), serde));
      Properties props = new Properties();
      props.put(StreamsConfig.APPLICATION_ID_CONFIG, "serde-test");
      props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
      try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), props)) {
        TestInputTopic<String, RawArticle> in = driver.createInputTopic("in", Serdes.String().serializer(), serde.serializer());
        TestOutputTopic<String, RawArticle> out = driver.createOutputTopic("out", Serdes.String().deserializer(), serde.deserializer());
        in.pipeInput("k", AvroSerdesTest.article("s1"));
        RawArticle result = out.readValue();
        assertEquals("HEGSETH SAYS \"NO BETRAYAL\"", result.getTitle());
        assertEquals("s1", result.getId());
      }
      assertTrue(client.subjects().containsAll(java.util.List.of("in-value", "out-value")), client.subjects().toString());
    }
  }

  @Test
  void defaultValueSerdeConfiguredByProperties() throws Exception {
    try (StubRegistryServer registry = new StubRegistryServer()) {
      StreamsBuilder builder = new StreamsBuilder();
      builder.<String, RawArticle>stream("in").filter((k, a) -> a.getLanguage().equals("en")).to("out");
      Properties props = new Properties();
      props.put(StreamsConfig.APPLICATION_ID_CONFIG, "serde-props-test");
      props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
      props.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.StringSerde.class.getName());
      props.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, AvroSerde.class.getName());
      props.put(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registry.url());
      props.put(AvroSerdeConfig.SPECIFIC_AVRO_READER, "true");
      Serde<RawArticle> testSerde = AvroSerdes.specific(RawArticle.class, new SchemaRegistryClient(registry.url()), false);
      try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), props)) {
        TestInputTopic<String, RawArticle> in = driver.createInputTopic("in", Serdes.String().serializer(), testSerde.serializer());
        TestOutputTopic<String, RawArticle> out = driver.createOutputTopic("out", Serdes.String().deserializer(), testSerde.deserializer());
        RawArticle english = AvroSerdesTest.article("en1");
        RawArticle german = RawArticle.newBuilder(AvroSerdesTest.article("de1")).setLanguage("de").build();
        in.pipeInput("a", english);
        in.pipeInput("b", german);
        assertEquals(java.util.List.of(english), out.readValuesToList());
      }
    }
  }
}
