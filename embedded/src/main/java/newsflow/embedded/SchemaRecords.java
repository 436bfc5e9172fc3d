package newsflow.embedded;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * The records of the {@code _schemas} topic in Confluent Schema Registry's own format, so that a
 * cp-schema-registry started on the same topic serves the same subjects, ids and versions. Keys are JSON
 * with {@code keytype}, {@code subject}, {@code version} (SCHEMA keys only) and {@code magic}, in that order
 * and byte for byte as Confluent writes them (compaction compares key bytes); values are JSON as well, and
 * a null value (tombstone) removes the key. {@link #decode} also reads the records earlier newsflow versions
 * wrote (proposal keys, {@code DELETE_SCHEMA}, {@code {"compatibilityLevel":null}}).
 */
final class SchemaRecords {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Key types Confluent writes that carry nothing this registry serves; skipped quietly. */
  private static final Set<String> IGNORED_KEYTYPES = Set.of("NOOP", "CONTEXT", "KEY", "KEK", "DEK", "EXPORTER",
      "ASSOCIATION");

  private SchemaRecords() {}

  /** One decoded record of the log. */
  sealed interface Entry {}

  /** A version of a subject (SCHEMA key with a value); {@code deleted} marks a soft delete. */
  record SchemaPut(String subject, int version, int id, String schema, String schemaType, boolean hasReferences,
      boolean deleted) implements Entry {}

  /** A hard-deleted version (SCHEMA key, null value). */
  record SchemaTombstone(String subject, int version) implements Entry {}

  /** A soft delete of every version of {@code subject} up to {@code version}. */
  record DeleteSubject(String subject, int version) implements Entry {}

  /** Written by Confluent when a subject switches to IMPORT mode: its soft-deleted versions are forgotten. */
  record ClearSubject(String subject) implements Entry {}

  /** A compatibility level; a null subject is the global one, a null level removes the setting. */
  record Config(String subject, String level) implements Entry {}

  /** A mode (READWRITE, READONLY, ...); a null subject is the global one, a null mode removes it. */
  record Mode(String subject, String mode) implements Entry {}

  /** A record with nothing to apply (NOOP markers, contexts, encryption keys). */
  record Ignored(String keytype) implements Entry {}

  /** Earlier newsflow format: a registration proposal, accepted only if its slot, id and schema are free. */
  record LegacyProposal(String subject, int version, int id, String schema) implements Entry {}

  /** Earlier newsflow format: a soft delete of one version that holds {@code id}. */
  record LegacyDelete(String subject, int version, int id) implements Entry {}

  /** A record that cannot be read; the reason says why. */
  static final class MalformedRecordException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedRecordException(String reason) {
      super(reason, null, false, false);
    }
  }

  // ---- keys and values as Confluent writes them ---------------------------------------------------

  static byte[] schemaKey(String subject, int version) {
    return bytes(JSON.createObjectNode().put("keytype", "SCHEMA").put("subject", subject).put("version", version)
        .put("magic", 1));
  }

  static byte[] configKey(String subject) {
    return subjectKey("CONFIG", subject);
  }

  static byte[] modeKey(String subject) {
    return subjectKey("MODE", subject);
  }

  static byte[] deleteSubjectKey(String subject) {
    return subjectKey("DELETE_SUBJECT", subject);
  }

  static byte[] schemaValue(String subject, int version, int id, String schema, boolean deleted) {
    return bytes(JSON.createObjectNode().put("subject", subject).put("version", version).put("id", id)
        .put("schema", schema).put("deleted", deleted));
  }

  static byte[] configValue(String subject, String level) {
    ObjectNode value = JSON.createObjectNode();
    if (subject != null && !subject.isEmpty()) value.put("subject", subject);
    return bytes(value.put("compatibilityLevel", level));
  }

  static byte[] modeValue(String subject, String mode) {
    ObjectNode value = JSON.createObjectNode();
    if (subject != null && !subject.isEmpty()) value.put("subject", subject);
    return bytes(value.put("mode", mode));
  }

  static byte[] deleteSubjectValue(String subject, int version) {
    return bytes(JSON.createObjectNode().put("subject", subject).put("version", version));
  }

  private static byte[] subjectKey(String keytype, String subject) {
    ObjectNode key = JSON.createObjectNode().put("keytype", keytype);
    // Confluent leaves out an empty subject (the global config and mode keys)
    if (subject != null && !subject.isEmpty()) key.put("subject", subject);
    return bytes(key.put("magic", 0));
  }

  /**
   * Whether {@code key} is not in the form this class writes for its logical key: records of earlier
   * newsflow versions, which a newer registry replaces with Confluent-format records once.
   */
  static boolean isNonCanonical(byte[] key, Entry entry) {
    byte[] canonical;
    if (entry instanceof SchemaPut p) {
      canonical = schemaKey(p.subject(), p.version());
    } else if (entry instanceof SchemaTombstone t) {
      canonical = schemaKey(t.subject(), t.version());
    } else if (entry instanceof Config c) {
      canonical = configKey(c.subject());
    } else if (entry instanceof DeleteSubject d) {
      canonical = deleteSubjectKey(d.subject());
    } else if (entry instanceof LegacyProposal || entry instanceof LegacyDelete) {
      return true;
    } else {
      return false;
    }
    return !Arrays.equals(canonical, key);
  }

  // ---- reading ------------------------------------------------------------------------------------

  /** Decodes one record; throws with a readable reason when the key or value is not a registry record. */
  static Entry decode(byte[] keyBytes, byte[] valueBytes) throws MalformedRecordException {
    if (keyBytes == null) throw new MalformedRecordException("record has no key");
    JsonNode key = tree(keyBytes, "key");
    if (!key.isObject()) throw new MalformedRecordException("key is not a JSON object: " + preview(keyBytes));
    String keytype = key.path("keytype").asText("");
    JsonNode value = valueBytes == null ? null : tree(valueBytes, "value");
    if (value != null && !value.isObject() && !value.isNull()) {
      throw new MalformedRecordException("value is not a JSON object: " + preview(valueBytes));
    }
    if (value != null && value.isNull()) value = null;
    return switch (keytype) {
      case "SCHEMA" -> schema(key, value);
      case "DELETE_SUBJECT" -> value == null ? new Ignored(keytype)
          : new DeleteSubject(text(value, "subject", true), positive(value, "version"));
      case "CLEAR_SUBJECT" -> value == null ? new Ignored(keytype) : new ClearSubject(text(value, "subject", true));
      case "CONFIG" -> new Config(text(key, "subject", false),
          value == null ? null : upper(text(value, "compatibilityLevel", false)));
      case "MODE" -> new Mode(text(key, "subject", false), value == null ? null : upper(text(value, "mode", false)));
      case "DELETE_SCHEMA" -> value == null ? new Ignored(keytype)
          : new LegacyDelete(text(value, "subject", true), positive(value, "version"), id(value));
      default -> {
        if (IGNORED_KEYTYPES.contains(keytype)) yield new Ignored(keytype);
        throw new MalformedRecordException(keytype.isEmpty() ? "key has no keytype: " + preview(keyBytes)
            : "unknown keytype " + keytype);
      }
    };
  }

  private static Entry schema(JsonNode key, JsonNode value) throws MalformedRecordException {
    String subject = text(key, "subject", true);
    int version = positive(key, "version");
    if (value == null) return new SchemaTombstone(subject, version);
    if (!subject.equals(text(value, "subject", true)) || version != positive(value, "version")) {
      throw new MalformedRecordException("key names " + subject + " version " + version + " but the value "
          + value.path("subject").asText() + " version " + value.path("version").asText());
    }
    int id = id(value);
    String schema = text(value, "schema", true);
    if (key.has("proposal")) return new LegacyProposal(subject, version, id, schema);
    String type = value.hasNonNull("schemaType") ? value.get("schemaType").asText() : "AVRO";
    boolean references = value.path("references").isArray() && !value.path("references").isEmpty();
    return new SchemaPut(subject, version, id, schema, type, references, value.path("deleted").asBoolean(false));
  }

  private static JsonNode tree(byte[] bytes, String what) throws MalformedRecordException {
    try {
      JsonNode node = JSON.readTree(bytes);
      if (node == null || node.isMissingNode()) throw new MalformedRecordException(what + " is empty");
      return node;
    } catch (IOException e) {
      throw new MalformedRecordException(what + " is not JSON: " + preview(bytes));
    }
  }

  private static String text(JsonNode node, String field, boolean required) throws MalformedRecordException {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || (v.isTextual() && v.asText().isEmpty())) {
      if (required) throw new MalformedRecordException("missing " + field);
      return null;
    }
    if (!v.isTextual()) throw new MalformedRecordException(field + " is not a string: " + v);
    return v.asText();
  }

  private static int positive(JsonNode node, String field) throws MalformedRecordException {
    JsonNode v = node.get(field);
    if (v == null || !v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < 1) {
      throw new MalformedRecordException(field + " is not a number from 1: " + v);
    }
    return v.asInt();
  }

  private static int id(JsonNode node) throws MalformedRecordException {
    JsonNode v = node.get("id");
    if (v == null || !v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < 0) {
      throw new MalformedRecordException("id is not a number from 0: " + v);
    }
    return v.asInt();
  }

  private static String upper(String s) {
    return s == null ? null : s.toUpperCase(java.util.Locale.ROOT);
  }

  /** The first bytes of a record part, printable, for log lines. */
  static String preview(byte[] bytes) {
    if (bytes == null) return "null";
    String s = new String(bytes, 0, Math.min(bytes.length, 120), StandardCharsets.UTF_8)
        .replaceAll("\\p{Cntrl}", "?");
    return bytes.length > 120 ? s + "..." : s;
  }

  private static byte[] bytes(JsonNode node) {
    try {
      return JSON.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
