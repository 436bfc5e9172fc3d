package newsflow.schemas.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsflow.v1.EnrichedArticle;
import newsflow.v1.OfficialAlert;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.junit.jupiter.api.Test;

/**
 * The schemas evolve BACKWARD-compatibly (the registry's level): the current reader schemas read records
 * written with the first released versions, kept in src/test/resources/compat/v1.
 */
class SchemaEvolutionTest {

  /** The v1 schema of {@code file}, parsed beside the unchanged types it refers to. */
  private static Schema v1(String file) throws IOException {
    Schema.Parser parser = new Schema.Parser();
    for (String shared : List.of("Source.avsc", "Image.avsc", "Mention.avsc")) {
      parser.parse(Files.readString(Path.of("src/main/avro", shared), StandardCharsets.UTF_8));
    }
    try (InputStream in = SchemaEvolutionTest.class.getResourceAsStream("/compat/v1/" + file)) {
      return parser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void currentSchemasReadTheFirstReleasedVersions() throws IOException {
    for (var pair : List.of(List.of(OfficialAlert.getClassSchema(), v1("OfficialAlert.avsc")),
        List.of(EnrichedArticle.getClassSchema(), v1("EnrichedArticle.avsc")))) {
      var result = SchemaCompatibility.checkReaderWriterCompatibility(pair.get(0), pair.get(1));
      assertEquals(SchemaCompatibilityType.COMPATIBLE, result.getType(), pair.get(0).getName() + ": " + result.getDescription());
    }
  }

  @Test
  void anAlertWrittenWithoutEvidenceReadsWithAnEmptyList() throws IOException {
    Schema old = v1("OfficialAlert.avsc");
    GenericRecord a = new GenericData.Record(old);
    a.put("id", "a1");
    a.put("articleId", "x");
    a.put("officialId", "o");
    a.put("officialName", "Jane Roe");
    a.put("kind", new GenericData.EnumSymbol(old.getField("kind").schema(), "MENTIONED"));
    a.put("mentionCount", 2);
    a.put("quotes", List.of());
    a.put("detectedAt", 1_700_000_000_000L);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BinaryEncoder enc = EncoderFactory.get().binaryEncoder(bytes, null);
    new GenericDatumWriter<GenericRecord>(old).write(a, enc);
    enc.flush();
    OfficialAlert back = new SpecificDatumReader<OfficialAlert>(old, OfficialAlert.getClassSchema())
        .read(null, DecoderFactory.get().binaryDecoder(bytes.toByteArray(), null));
    assertEquals("Jane Roe", back.getOfficialName());
    assertTrue(back.getEvidence().isEmpty());
  }
}
