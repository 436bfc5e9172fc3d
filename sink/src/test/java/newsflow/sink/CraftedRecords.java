package newsflow.sink;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import newsflow.schemas.registry.SchemaRegistryClient;
import newsflow.v1.EnrichedArticle;
import newsflow.v1.OfficialAlert;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;

/**
 * Hostile records for the sink's two topics, written by hand so that they say what no encoder would:
 * a valid Confluent header (a schema id the registry knows) followed by Avro declaring a string,
 * array, map or bytes of two billion items; random bytes; an unknown schema id.
 */
final class CraftedRecords {
  static final long HUGE = 2_000_000_000L;

  /** One crafted record: what it is, and its bytes. */
  record Crafted(String what, byte[] bytes) {}

  private CraftedRecords() {}

  /** Every kind of poison pill for {@code news.articles.enriched.v1}, registering writer schemas as needed. */
  static List<Crafted> forArticles(SchemaRegistryClient registry, String topic) {
    int id = registry.register(topic + "-value", EnrichedArticle.getClassSchema());
    List<Crafted> out = new ArrayList<>();
    // the first field is the article id, a string
    out.add(new Crafted("article: huge string length", write(id, e -> e.writeLong(HUGE))));
    // id, url (null), canonicalUrl (null), source{url null, name null, domain null}, title (null), then authors
    out.add(new Crafted("article: huge array length", write(id, e -> {
      e.writeString("a-crafted");
      e.writeIndex(0);
      e.writeIndex(0);
      sourceOfNulls(e);
      e.writeIndex(0);
      e.writeArrayStart();
      e.setItemCount(HUGE);
    })));
    out.addAll(common(registry, EnrichedArticle.getClassSchema(), "article"));
    return out;
  }

  /** Every kind of poison pill for {@code news.alerts.v1}. */
  static List<Crafted> forAlerts(SchemaRegistryClient registry, String topic) {
    int id = registry.register(topic + "-value", OfficialAlert.getClassSchema());
    List<Crafted> out = new ArrayList<>();
    out.add(new Crafted("alert: huge string length", write(id, e -> e.writeLong(HUGE))));
    // id, articleId, officialId, officialName, officialTitle (null), kind, mentionCount, then quotes
    out.add(new Crafted("alert: huge array length", write(id, e -> {
      for (String s : List.of("x-crafted", "a-crafted", "o-crafted", "Someone")) e.writeString(s);
      e.writeIndex(0);
      e.writeEnum(0);
      e.writeInt(1);
      e.writeArrayStart();
      e.setItemCount(HUGE);
    })));
    out.addAll(common(registry, OfficialAlert.getClassSchema(), "alert"));
    return out;
  }

  /**
   * Records whose writer schema is the reader's with a map or bytes field in front (a compatible
   * evolution the reader skips), declared huge; random bytes; an unknown schema id.
   */
  private static List<Crafted> common(SchemaRegistryClient registry, Schema reader, String what) {
    List<Crafted> out = new ArrayList<>();
    int withMap = registry.register("crafted-" + what + "-map-value", withLeadingField(reader, "tags",
        "{\"type\": \"map\", \"values\": \"string\"}", "{}"));
    out.add(new Crafted(what + ": huge map length", write(withMap, e -> {
      e.writeMapStart();
      e.setItemCount(HUGE);
    })));
    int withBytes = registry.register("crafted-" + what + "-bytes-value", withLeadingField(reader, "blob",
        "\"bytes\"", "\"\""));
    out.add(new Crafted(what + ": huge bytes length", write(withBytes, e -> e.writeLong(HUGE))));
    Random random = new Random(what.hashCode());
    byte[] noise = new byte[64];
    random.nextBytes(noise);
    noise[0] = 7; // not the magic byte
    out.add(new Crafted(what + ": random bytes", noise));
    byte[] noisyPayload = new byte[64];
    random.nextBytes(noisyPayload);
    out.add(new Crafted(what + ": valid header, random payload", header(registry.idOf(
        "crafted-" + what + "-map-value", withLeadingField(reader, "tags", "{\"type\": \"map\", \"values\": \"string\"}", "{}")),
        noisyPayload)));
    out.add(new Crafted(what + ": unknown schema id", header(987_654, (what + " payload").getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    return out;
  }

  private static Schema withLeadingField(Schema reader, String name, String type, String defaultJson) {
    String json = reader.toString();
    String fields = "\"fields\":[";
    int at = json.indexOf(fields) + fields.length();
    String extra = "{\"name\":\"" + name + "\",\"type\":" + type + ",\"default\":" + defaultJson + "},";
    return new Schema.Parser().parse(json.substring(0, at) + extra + json.substring(at));
  }

  private static void sourceOfNulls(BinaryEncoder e) throws IOException {
    for (Schema.Field f : newsflow.v1.Source.getClassSchema().getFields()) {
      if (f.schema().getType() == Schema.Type.UNION) {
        e.writeIndex(0);
      } else {
        e.writeString("x");
      }
    }
  }

  private interface Body {
    void write(BinaryEncoder e) throws IOException;
  }

  private static byte[] write(int schemaId, Body body) {
    ByteArrayOutputStream payload = new ByteArrayOutputStream();
    BinaryEncoder e = EncoderFactory.get().directBinaryEncoder(payload, null);
    try {
      body.write(e);
      e.flush();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return header(schemaId, payload.toByteArray());
  }

  private static byte[] header(int schemaId, byte[] payload) {
    ByteBuffer b = ByteBuffer.allocate(5 + payload.length);
    b.put((byte) 0).putInt(schemaId).put(payload);
    return b.array();
  }
}
