package newsflow.schemas.serde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import newsflow.schemas.registry.SchemaRegistryClient;
import newsflow.schemas.registry.StubRegistryServer;
import newsflow.schemas.serde.WireFormatException.Reason;
import newsflow.v1.EnrichedArticle;
import newsflow.v1.RawArticle;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile records: a real Confluent header (a registered schema id) followed by Avro that declares
 * arrays, maps, strings and bytes far longer than the record, random bytes, bad indices. Each must
 * fail as a {@link WireFormatException} (which consumers dead-letter) without allocating what it
 * declares, and the next good record must decode.
 */
class PoisonPillDecodingTest {

  private static final String RAW = "news.articles.raw.v1";
  private static final String ENRICHED = "news.articles.enriched.v1";
  private static final String ODD = "odd.types.v1";
  private static final long TWO_BILLION = 2_000_000_000L;

  /** Every kind of length Avro has, for the generic reader. */
  private static final Schema ODD_TYPES = new Schema.Parser().parse("""
      {"type": "record", "name": "OddTypes", "namespace": "t", "fields": [
        {"name": "tags", "type": {"type": "map", "values": "string"}},
        {"name": "blob", "type": "bytes"},
        {"name": "nothing", "type": {"type": "array", "items": "null"}},
        {"name": "digest", "type": {"type": "fixed", "name": "Digest", "size": 4}},
        {"name": "colour", "type": {"type": "enum", "name": "Colour", "symbols": ["RED", "GREEN"]}}
      ]}""");

  private static StubRegistryServer registry;
  private static SchemaRegistryClient client;
  private static int rawId;
  private static int enrichedId;
  private static int oddId;

  @BeforeAll
  static void start() throws Exception {
    registry = new StubRegistryServer();
    client = new SchemaRegistryClient(registry.url());
    rawId = client.register(RAW + "-value", RawArticle.getClassSchema());
    enrichedId = client.register(ENRICHED + "-value", EnrichedArticle.getClassSchema());
    oddId = client.register(ODD + "-value", ODD_TYPES);
  }

  @AfterAll
  static void stop() {
    registry.close();
  }

  /** Avro binary written by hand, so that it can say what a real encoder never would. */
  static final class Crafted {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Crafted(int schemaId) {
      out.write(0);
      out.writeBytes(ByteBuffer.allocate(4).putInt(schemaId).array());
    }

    Crafted varLong(long value) {
      long n = (value << 1) ^ (value >> 63);
      while ((n & ~0x7fL) != 0) {
        out.write((int) ((n & 0x7f) | 0x80));
        n >>>= 7;
      }
      out.write((int) n);
      return this;
    }

    Crafted zeros(int count) {
      for (int i = 0; i < count; i++) out.write(0);
      return this;
    }

    Crafted string(String s) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      varLong(b.length);
      out.writeBytes(b);
      return this;
    }

    byte[] bytes() {
      return out.toByteArray();
    }
  }

  /** A RawArticle up to its {@code authors} array: id, url, canonicalUrl, source (3 fields), title. */
  private static Crafted rawUpToAuthors() {
    return new Crafted(rawId).string("a").zeros(2).zeros(3).zeros(1);
  }

  private static AvroDeserializer<RawArticle> rawReader() {
    return new AvroDeserializer<>(client, RawArticle.class);
  }

  private static WireFormatException refused(AvroDeserializer<?> reader, String topic, byte[] bytes) {
    try {
      Object decoded = reader.deserialize(topic, bytes);
      return fail("decoded a hostile record: " + decoded);
    } catch (WireFormatException e) {
      return e;
    } catch (Throwable t) {
      return fail("a hostile record must fail as WireFormatException, not " + t, t);
    }
  }

  private void nextGoodRecordDecodes(AvroDeserializer<RawArticle> reader) {
    RawArticle good = AvroSerdesTest.article("after-the-pill");
    byte[] bytes = AvroSerdes.specific(RawArticle.class, client, false).serializer().serialize(RAW, good);
    assertEquals(good, reader.deserialize(RAW, bytes));
  }

  @Test
  void aTwentySixByteRecordDeclaringTwoBillionAuthorsIsRefusedAndTheNextRecordDecodes() {
    byte[] pill = rawUpToAuthors().varLong(TWO_BILLION).zeros(8).bytes();
    assertTrue(pill.length <= 26, pill.length + " bytes");
    AvroDeserializer<RawArticle> reader = rawReader();
    WireFormatException e = refused(reader, RAW, pill);
    assertEquals(Reason.TRUNCATED, e.reason());
    assertTrue(e.getMessage().contains("2000000000 items"), e.getMessage());
    nextGoodRecordDecodes(reader);
  }

  @Test
  void aHugeItemCountInASizedBlockIsRefused() {
    // A negative count announces a block with its byte size: both must fit in the record.
    byte[] pill = rawUpToAuthors().varLong(-TWO_BILLION).varLong(12).zeros(20).bytes();
    assertEquals(Reason.TRUNCATED, refused(rawReader(), RAW, pill).reason());
    byte[] hugeSize = rawUpToAuthors().varLong(-1).varLong(Long.MAX_VALUE / 4).zeros(4).bytes();
    assertEquals(Reason.TRUNCATED, refused(rawReader(), RAW, hugeSize).reason());
  }

  @Test
  void aSecondBlockCannotDeclareWhatTheFirstCouldNot() {
    byte[] pill = rawUpToAuthors().varLong(1).string("x").varLong(TWO_BILLION).zeros(6).bytes();
    WireFormatException e = refused(rawReader(), RAW, pill);
    assertEquals(Reason.TRUNCATED, e.reason());
    assertTrue(e.getMessage().contains("2000000000 items"), e.getMessage());
  }

  @Test
  void aStringLongerThanTheRecordIsRefused() {
    byte[] pill = new Crafted(rawId).varLong(TWO_BILLION).string("short").bytes();
    WireFormatException e = refused(rawReader(), RAW, pill);
    assertEquals(Reason.TRUNCATED, e.reason());
    assertTrue(e.getMessage().contains("declared length 2000000000"), e.getMessage());
    byte[] beyondInt = new Crafted(rawId).varLong(1L << 40).zeros(4).bytes();
    assertEquals(Reason.TRUNCATED, refused(rawReader(), RAW, beyondInt).reason());
  }

  @Test
  void aNegativeLengthIsMalformed() {
    byte[] pill = new Crafted(rawId).varLong(-5).zeros(10).bytes();
    WireFormatException e = refused(rawReader(), RAW, pill);
    assertEquals(Reason.MALFORMED_PAYLOAD, e.reason());
    assertTrue(e.getMessage().contains("negative length"), e.getMessage());
  }

  @Test
  void anEnrichedArticleDeclaringTwoBillionEntitiesIsRefused() {
    Crafted c = new Crafted(enrichedId).string("e").zeros(2).zeros(3).zeros(1) // id .. title
        .zeros(1)            // authors: empty
        .zeros(1)            // publishedAt: null
        .varLong(1)          // fetchedAt
        .zeros(1)            // language: null
        .string("text").zeros(2) // text, headings, images
        .string("hash")
        .varLong(TWO_BILLION).zeros(4);
    AvroDeserializer<EnrichedArticle> reader = new AvroDeserializer<>(client, EnrichedArticle.class);
    WireFormatException e = refused(reader, ENRICHED, c.bytes());
    assertEquals(Reason.TRUNCATED, e.reason());
    assertEquals(ENRICHED, e.topic());
  }

  private static Crafted oddUpTo(String field) {
    Crafted c = new Crafted(oddId);
    if (field.equals("tags")) return c;
    c.zeros(1);
    if (field.equals("blob")) return c;
    c.zeros(1);
    if (field.equals("nothing")) return c;
    c.zeros(1);
    if (field.equals("digest")) return c;
    c.zeros(4);
    return c;
  }

  @Test
  void mapsBytesArraysOfNullFixedAndEnumsAreBoundedToo() {
    AvroDeserializer<GenericRecord> reader = new AvroDeserializer<>(client, false);
    assertEquals(Reason.TRUNCATED, refused(reader, ODD, oddUpTo("tags").varLong(TWO_BILLION).zeros(9).bytes()).reason());
    assertEquals(Reason.TRUNCATED, refused(reader, ODD, oddUpTo("blob").varLong(TWO_BILLION).zeros(9).bytes()).reason());
    // null items take no bytes: the count is still held to what the record holds
    assertEquals(Reason.TRUNCATED, refused(reader, ODD, oddUpTo("nothing").varLong(TWO_BILLION).zeros(9).bytes()).reason());
    assertEquals(Reason.TRUNCATED, refused(reader, ODD, oddUpTo("digest").zeros(2).bytes()).reason());
    assertEquals(Reason.MALFORMED_PAYLOAD, refused(reader, ODD, oddUpTo("colour").varLong(7).bytes()).reason());

    byte[] good = oddUpTo("tags").varLong(1).string("k").string("v").varLong(0)
        .varLong(2).zeros(2).varLong(3).zeros(1).zeros(4).varLong(1).bytes();
    GenericRecord decoded = reader.deserialize(ODD, good);
    assertEquals("v", ((Map<?, ?>) decoded.get("tags")).values().iterator().next().toString());
    assertEquals(3, ((List<?>) decoded.get("nothing")).size());
    assertEquals("GREEN", decoded.get("colour").toString());
  }

  @Test
  void aUnionIndexOutOfRangeIsMalformed() {
    byte[] pill = new Crafted(rawId).string("a").varLong(9).zeros(30).bytes();
    assertEquals(Reason.MALFORMED_PAYLOAD, refused(rawReader(), RAW, pill).reason());
    byte[] negative = new Crafted(rawId).string("a").varLong(-3).zeros(30).bytes();
    assertEquals(Reason.MALFORMED_PAYLOAD, refused(rawReader(), RAW, negative).reason());
  }

  @Test
  void anOverlongVarintIsMalformed() {
    byte[] pill = new Crafted(rawId).bytes();
    byte[] withVarint = Arrays.copyOf(pill, pill.length + 12);
    Arrays.fill(withVarint, pill.length, withVarint.length, (byte) 0xff);
    assertEquals(Reason.MALFORMED_PAYLOAD, refused(rawReader(), RAW, withVarint).reason());
  }

  @Test
  void anUnknownSchemaIdIsRefused() {
    byte[] pill = new Crafted(424_242).zeros(10).bytes();
    assertEquals(Reason.UNKNOWN_SCHEMA_ID, refused(rawReader(), RAW, pill).reason());
  }

  @Test
  void randomBytesAfterARealHeaderOnlyEverFailAsWireFormatExceptions() {
    Random random = new Random(11);
    AvroDeserializer<RawArticle> raw = rawReader();
    AvroDeserializer<EnrichedArticle> enriched = new AvroDeserializer<>(client, EnrichedArticle.class);
    AvroDeserializer<GenericRecord> odd = new AvroDeserializer<>(client, false);
    int refused = 0;
    for (int i = 0; i < 20_000; i++) {
      byte[] payload = new byte[random.nextInt(64)];
      random.nextBytes(payload);
      int id = i % 3 == 0 ? rawId : i % 3 == 1 ? enrichedId : oddId;
      byte[] record = new Crafted(id).bytes();
      record = Arrays.copyOf(record, record.length + payload.length);
      System.arraycopy(payload, 0, record, 5, payload.length);
      AvroDeserializer<?> reader = i % 3 == 0 ? raw : i % 3 == 1 ? enriched : odd;
      String topic = i % 3 == 0 ? RAW : i % 3 == 1 ? ENRICHED : ODD;
      try {
        reader.deserialize(topic, record);
      } catch (WireFormatException e) {
        refused++;
      } catch (Throwable t) {
        fail("random payload #" + i + " failed as " + t, t);
      }
    }
    assertTrue(refused > 15_000, refused + " of 20000 random payloads refused");
    nextGoodRecordDecodes(raw);
  }

  @Test
  void mutatedGoodRecordsOnlyEverFailAsWireFormatExceptions() {
    byte[] good = AvroSerdes.specific(RawArticle.class, client, false).serializer()
        .serialize(RAW, AvroSerdesTest.article("mutant"));
    Random random = new Random(7);
    AvroDeserializer<RawArticle> reader = rawReader();
    for (int i = 0; i < 20_000; i++) {
      byte[] mutant = good.clone();
      for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
        mutant[5 + random.nextInt(mutant.length - 5)] = (byte) random.nextInt(256);
      }
      try {
        reader.deserialize(RAW, mutant);
      } catch (WireFormatException e) {
        // refused: what a consumer dead-letters
      } catch (Throwable t) {
        fail("mutant #" + i + " failed as " + t, t);
      }
    }
    nextGoodRecordDecodes(reader);
  }

  private static GenericDatumReader<Object> oddReader() {
    return new GenericDatumReader<>(ODD_TYPES, ODD_TYPES, GenericData.get());
  }

  @Test
  void stringsAndBytesWithinTheRecordAreStillHeldToTheConfiguredLimits() throws Exception {
    byte[] record = oddUpTo("tags").varLong(1).string("key").string("0123456789").varLong(0)
        .string("bytes!").varLong(0).zeros(4).varLong(0).bytes();
    AvroDecodeLimits tight = new AvroDecodeLimits(8, 100, 100);
    BoundedBinaryDecoder.LimitExceededException e = assertThrows(BoundedBinaryDecoder.LimitExceededException.class,
        () -> oddReader().read(null, new BoundedBinaryDecoder(record, 5, record.length - 5, tight)));
    assertTrue(e.getMessage().contains(AvroDecodeLimits.STRING_PROPERTY + "=8"), e.getMessage());

    AvroDecodeLimits tightBytes = new AvroDecodeLimits(100, 4, 100);
    e = assertThrows(BoundedBinaryDecoder.LimitExceededException.class,
        () -> oddReader().read(null, new BoundedBinaryDecoder(record, 5, record.length - 5, tightBytes)));
    assertTrue(e.getMessage().contains(AvroDecodeLimits.BYTES_PROPERTY + "=4"), e.getMessage());

    Object decoded = oddReader().read(null, new BoundedBinaryDecoder(record, 5, record.length - 5,
        new AvroDecodeLimits(10, 6, 1)));
    assertInstanceOf(GenericRecord.class, decoded);
  }

  @Test
  void collectionItemsCountOverAllBlocksOfOneCollection() throws Exception {
    // three blocks of 2 null items each: 6 items in one array, each block within the record
    byte[] record = oddUpTo("nothing").varLong(2).varLong(2).varLong(2).varLong(0).zeros(4).varLong(0).bytes();
    BoundedBinaryDecoder.LimitExceededException e = assertThrows(BoundedBinaryDecoder.LimitExceededException.class,
        () -> oddReader().read(null, new BoundedBinaryDecoder(record, 5, record.length - 5, new AvroDecodeLimits(9, 9, 5))));
    assertTrue(e.getMessage().contains("6 items"), e.getMessage());
    GenericRecord ok = (GenericRecord) oddReader().read(null,
        new BoundedBinaryDecoder(record, 5, record.length - 5, new AvroDecodeLimits(9, 9, 6)));
    assertEquals(6, ((List<?>) ok.get("nothing")).size());
  }

  @Test
  void theDecoderReportsTheEndOfTheRecordAsEndOfFile() {
    byte[] record = new Crafted(rawId).varLong(3).bytes();
    assertThrows(EOFException.class, () -> new BoundedBinaryDecoder(record, 5, record.length - 5,
        AvroDecodeLimits.configured()).readString());
  }

  @Test
  void defaultLimitsAreWrittenToAvrosOwnProperties() {
    AvroDecodeLimits limits = AvroDecodeLimits.configured();
    assertEquals(Integer.toString(limits.maxCollectionItems()), System.getProperty(AvroDecodeLimits.COLLECTION_PROPERTY));
    assertEquals(Integer.toString(limits.maxStringBytes()), System.getProperty(AvroDecodeLimits.STRING_PROPERTY));
    assertEquals(Integer.toString(limits.maxBytes()), System.getProperty(AvroDecodeLimits.BYTES_PROPERTY));
  }
}
