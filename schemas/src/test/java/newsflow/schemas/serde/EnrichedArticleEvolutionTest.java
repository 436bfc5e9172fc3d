package newsflow.schemas.serde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import newsflow.v1.EnrichedArticle;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.io.DecoderFactory;
import org.junit.jupiter.api.Test;

/** EnrichedArticle's {@code analysisTruncated} was added with a default: old records still read. */
class EnrichedArticleEvolutionTest {

  private static Schema withoutTruncatedFlag() throws Exception {
    ObjectMapper json = new ObjectMapper();
    ObjectNode schema = (ObjectNode) json.readTree(EnrichedArticle.getClassSchema().toString());
    ArrayNode fields = (ArrayNode) schema.get("fields");
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).get("name").asText().equals("analysisTruncated")) fields.remove(i--);
    }
    return new Schema.Parser().parse(json.writeValueAsString(schema));
  }

  @Test
  void theNewSchemaReadsRecordsWrittenWithoutTheFlagAndOldReadersTheNewOnes() throws Exception {
    Schema old = withoutTruncatedFlag();
    Schema current = EnrichedArticle.getClassSchema();
    assertEquals(SchemaCompatibilityType.COMPATIBLE,
        SchemaCompatibility.checkReaderWriterCompatibility(current, old).getType(), "BACKWARD");
    assertEquals(SchemaCompatibilityType.COMPATIBLE,
        SchemaCompatibility.checkReaderWriterCompatibility(old, current).getType(), "FORWARD");

    GenericRecord record = new GenericData.Record(old);
    for (Schema.Field f : old.getFields()) {
      if (f.hasDefaultValue()) record.put(f.name(), GenericData.get().getDefaultValue(f));
    }
    GenericRecord source = new GenericData.Record(old.getField("source").schema());
    record.put("id", "old");
    record.put("source", source);
    record.put("fetchedAt", 1L);
    record.put("text", "t");
    record.put("contentHash", "h");
    record.put("enrichedAt", 2L);
    record.put("enricherVersion", "v0");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
    new GenericDatumWriter<GenericRecord>(old).write(record, encoder);
    encoder.flush();
    EnrichedArticle read = new SpecificDatumReader<EnrichedArticle>(old, current)
        .read(null, DecoderFactory.get().binaryDecoder(bytes.toByteArray(), null));
    assertEquals("old", read.getId());
    assertFalse(read.getAnalysisTruncated());
  }
}
