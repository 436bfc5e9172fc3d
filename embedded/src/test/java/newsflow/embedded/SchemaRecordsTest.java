package newsflow.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SchemaRecordsTest {

  private static String s(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void writesKeysByteForByteAsConfluentDoesSoCompactionMatchesThem() {
    assertEquals("{\"keytype\":\"SCHEMA\",\"subject\":\"orders-value\",\"version\":3,\"magic\":1}",
        s(SchemaRecords.schemaKey("orders-value", 3)));
    assertEquals("{\"keytype\":\"CONFIG\",\"magic\":0}", s(SchemaRecords.configKey(null)));
    assertEquals("{\"keytype\":\"CONFIG\",\"subject\":\"orders-value\",\"magic\":0}", s(SchemaRecords.configKey("orders-value")));
    assertEquals("{\"keytype\":\"MODE\",\"subject\":\"orders-value\",\"magic\":0}", s(SchemaRecords.modeKey("orders-value")));
    assertEquals("{\"keytype\":\"DELETE_SUBJECT\",\"subject\":\"orders-value\",\"magic\":0}",
        s(SchemaRecords.deleteSubjectKey("orders-value")));
  }

  @Test
  void writesValuesWithConfluentsFieldNames() {
    assertEquals("{\"subject\":\"o\",\"version\":2,\"id\":5,\"schema\":\"\\\"string\\\"\",\"deleted\":true}",
        s(SchemaRecords.schemaValue("o", 2, 5, "\"string\"", true)));
    assertEquals("{\"compatibilityLevel\":\"FULL\"}", s(SchemaRecords.configValue(null, "FULL")));
    assertEquals("{\"subject\":\"o\",\"compatibilityLevel\":\"NONE\"}", s(SchemaRecords.configValue("o", "NONE")));
    assertEquals("{\"subject\":\"o\",\"version\":4}", s(SchemaRecords.deleteSubjectValue("o", 4)));
  }

  @Test
  void readsEveryRecordKindConfluentWrites() throws Exception {
    assertEquals(new SchemaRecords.SchemaPut("o", 1, 9, "\"long\"", "AVRO", false, false), SchemaRecords.decode(
        SchemaRecords.schemaKey("o", 1), b("{\"subject\":\"o\",\"version\":1,\"id\":9,\"schema\":\"\\\"long\\\"\"}")));
    assertEquals(new SchemaRecords.SchemaPut("o", 2, 10, "syntax = \"proto3\";", "PROTOBUF", true, false),
        SchemaRecords.decode(SchemaRecords.schemaKey("o", 2), b("{\"subject\":\"o\",\"version\":2,\"id\":10,"
            + "\"schemaType\":\"PROTOBUF\",\"references\":[{\"name\":\"x\"}],\"schema\":\"syntax = \\\"proto3\\\";\"}")));
    assertEquals(new SchemaRecords.SchemaTombstone("o", 1), SchemaRecords.decode(SchemaRecords.schemaKey("o", 1), null));
    assertEquals(new SchemaRecords.DeleteSubject("o", 3),
        SchemaRecords.decode(SchemaRecords.deleteSubjectKey("o"), SchemaRecords.deleteSubjectValue("o", 3)));
    assertEquals(new SchemaRecords.ClearSubject("o"), SchemaRecords.decode(
        b("{\"keytype\":\"CLEAR_SUBJECT\",\"subject\":\"o\",\"magic\":0}"), b("{\"subject\":\"o\"}")));
    assertEquals(new SchemaRecords.Config(null, "FULL"),
        SchemaRecords.decode(SchemaRecords.configKey(null), SchemaRecords.configValue(null, "full")));
    assertEquals(new SchemaRecords.Config("o", null), SchemaRecords.decode(SchemaRecords.configKey("o"), null));
    assertEquals(new SchemaRecords.Mode(null, "READONLY"),
        SchemaRecords.decode(b("{\"keytype\":\"MODE\",\"magic\":0}"), b("{\"mode\":\"READONLY\"}")));
    assertEquals(new SchemaRecords.Ignored("NOOP"), SchemaRecords.decode(b("{\"keytype\":\"NOOP\",\"magic\":0}"), null));
  }

  @Test
  void readsTheFormatOfEarlierNewsflowVersions() throws Exception {
    byte[] proposalKey = b("{\"keytype\":\"SCHEMA\",\"subject\":\"o\",\"version\":1,\"id\":4,"
        + "\"proposal\":\"3f0c0e7a-6d1e-4a57-9f55-0b8f5d2a1c11\",\"magic\":1}");
    byte[] value = b("{\"subject\":\"o\",\"version\":1,\"id\":4,\"schema\":\"\\\"int\\\"\",\"deleted\":false}");
    SchemaRecords.Entry proposal = SchemaRecords.decode(proposalKey, value);
    assertEquals(new SchemaRecords.LegacyProposal("o", 1, 4, "\"int\""), proposal);
    assertTrue(SchemaRecords.isNonCanonical(proposalKey, proposal));
    byte[] deleteKey = b("{\"keytype\":\"DELETE_SCHEMA\",\"subject\":\"o\",\"version\":1,\"id\":4,\"magic\":1}");
    assertEquals(new SchemaRecords.LegacyDelete("o", 1, 4),
        SchemaRecords.decode(deleteKey, b("{\"subject\":\"o\",\"version\":1,\"id\":4,\"deleted\":true}")));
    byte[] oldConfigKey = b("{\"keytype\":\"CONFIG\",\"magic\":0,\"subject\":\"o\"}");
    SchemaRecords.Entry cleared = SchemaRecords.decode(oldConfigKey, b("{\"compatibilityLevel\":null}"));
    assertEquals(new SchemaRecords.Config("o", null), cleared);
    assertTrue(SchemaRecords.isNonCanonical(oldConfigKey, cleared));
    byte[] key = SchemaRecords.schemaKey("o", 1);
    assertFalse(SchemaRecords.isNonCanonical(key, SchemaRecords.decode(key, value)));
  }

  @Test
  void refusesGarbageWithAReasonInsteadOfFailing() {
    assertTrue(assertThrows(SchemaRecords.MalformedRecordException.class,
        () -> SchemaRecords.decode(new byte[] {(byte) 0xff, 0x00, 0x13}, b("{}"))).getMessage().contains("key is not JSON"));
    assertTrue(assertThrows(SchemaRecords.MalformedRecordException.class,
        () -> SchemaRecords.decode(b("[1,2]"), null)).getMessage().contains("not a JSON object"));
    assertTrue(assertThrows(SchemaRecords.MalformedRecordException.class,
        () -> SchemaRecords.decode(b("{\"keytype\":\"SOMETHING\"}"), null)).getMessage().contains("unknown keytype SOMETHING"));
    assertTrue(assertThrows(SchemaRecords.MalformedRecordException.class,
        () -> SchemaRecords.decode(SchemaRecords.schemaKey("o", 1), b("{\"subject\":\"o\",\"version\":1,\"schema\":\"x\"}")))
        .getMessage().contains("id"));
    assertTrue(assertThrows(SchemaRecords.MalformedRecordException.class,
        () -> SchemaRecords.decode(SchemaRecords.schemaKey("o", 1), b("{\"subject\":\"p\",\"version\":1,\"id\":1,\"schema\":\"x\"}")))
        .getMessage().contains("key names o"));
    assertTrue(assertThrows(SchemaRecords.MalformedRecordException.class,
        () -> SchemaRecords.decode(b("{\"keytype\":\"SCHEMA\",\"subject\":\"o\",\"version\":0,\"magic\":1}"), null))
        .getMessage().contains("version"));
    assertTrue(assertThrows(SchemaRecords.MalformedRecordException.class,
        () -> SchemaRecords.decode(null, b("{}"))).getMessage().contains("no key"));
  }
}
