package newsflow.schemas.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericEnumSymbol;
import org.apache.avro.generic.IndexedRecord;

/**
 * Converts Avro records to plain JSON: the schema's field names in schema order, nullable fields as
 * the value or {@code null} (not Avro's {@code {"string": ...}} union encoding), enums as their
 * symbol, timestamps as ISO-8601 strings. Used by {@code newsflow extract}, {@code analyze} and the
 * webhook payloads.
 */
public final class PlainJson {
  /** The extra field naming the input (file path or URL) an object came from. */
  public static final String INPUT_FIELD = "input";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper COMPACT = new ObjectMapper();
  private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private PlainJson() {}

  /** The record as a JSON object. */
  public static ObjectNode toNode(IndexedRecord record) {
    return (ObjectNode) value(record, record.getSchema());
  }

  /** The record as a JSON object whose first field is {@code "input": input}. */
  public static ObjectNode toNode(IndexedRecord record, String input) {
    ObjectNode out = NODES.objectNode();
    out.put(INPUT_FIELD, input);
    out.setAll(toNode(record));
    return out;
  }

  /** One line of JSON (for JSON Lines output). */
  public static String toJson(IndexedRecord record) {
    return write(COMPACT, toNode(record));
  }

  /** One line of JSON with the {@code "input"} field first. */
  public static String toJson(IndexedRecord record, String input) {
    return write(COMPACT, toNode(record, input));
  }

  /** Indented JSON with the {@code "input"} field first. */
  public static String toPrettyJson(IndexedRecord record, String input) {
    return write(PRETTY, toNode(record, input));
  }

  /** Serialises any node, compact or indented. */
  public static String write(JsonNode node, boolean pretty) {
    return write(pretty ? PRETTY : COMPACT, node);
  }

  private static String write(ObjectMapper mapper, JsonNode node) {
    try {
      return mapper.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise JSON node", e);
    }
  }

  private static JsonNode value(Object datum, Schema schema) {
    if (datum == null) return NODES.nullNode();
    switch (schema.getType()) {
      case UNION:
        return value(datum, branch(datum, schema));
      case RECORD: {
        IndexedRecord rec = (IndexedRecord) datum;
        ObjectNode obj = NODES.objectNode();
        for (Schema.Field f : schema.getFields()) {
          obj.set(f.name(), value(rec.get(f.pos()), f.schema()));
        }
        return obj;
      }
      case ARRAY: {
        ArrayNode arr = NODES.arrayNode();
        for (Object item : (Collection<?>) datum) arr.add(value(item, schema.getElementType()));
        return arr;
      }
      case MAP: {
        ObjectNode obj = NODES.objectNode();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) datum).entrySet()) {
          obj.set(e.getKey().toString(), value(e.getValue(), schema.getValueType()));
        }
        return obj;
      }
      case ENUM:
        return NODES.textNode(datum instanceof GenericEnumSymbol<?> s ? s.toString() : datum.toString());
      case STRING:
        return NODES.textNode(datum.toString());
      case BYTES:
        return NODES.textNode(Base64.getEncoder().encodeToString(bytes((ByteBuffer) datum)));
      case FIXED:
        return NODES.textNode(Base64.getEncoder().encodeToString(((GenericData.Fixed) datum).bytes()));
      case INT:
        if (datum instanceof LocalDate d) return NODES.textNode(d.toString());
        if (isLogical(schema, LogicalTypes.date())) return NODES.textNode(LocalDate.ofEpochDay((Integer) datum).toString());
        return NODES.numberNode(((Number) datum).intValue());
      case LONG:
        return longValue(datum, schema);
      case FLOAT:
        return NODES.numberNode(((Number) datum).floatValue());
      case DOUBLE:
        return NODES.numberNode(((Number) datum).doubleValue());
      case BOOLEAN:
        return NODES.booleanNode((Boolean) datum);
      case NULL:
      default:
        return NODES.nullNode();
    }
  }

  private static JsonNode longValue(Object datum, Schema schema) {
    if (datum instanceof Instant i) return NODES.textNode(i.toString());
    LogicalType lt = schema.getLogicalType();
    if (lt != null) {
      long v = ((Number) datum).longValue();
      switch (lt.getName()) {
        case "timestamp-millis":
        case "local-timestamp-millis":
          return NODES.textNode(Instant.ofEpochMilli(v).toString());
        case "timestamp-micros":
        case "local-timestamp-micros":
          return NODES.textNode(Instant.EPOCH.plusNanos(Math.multiplyExact(v, 1000L)).toString());
        default:
          break;
      }
    }
    return NODES.numberNode(((Number) datum).longValue());
  }

  private static Schema branch(Object datum, Schema union) {
    Schema nonNull = null;
    int nonNullCount = 0;
    for (Schema s : union.getTypes()) {
      if (s.getType() != Schema.Type.NULL) {
        nonNull = s;
        nonNullCount++;
      }
    }
    if (nonNullCount == 1) return nonNull;
    return union.getTypes().get(GenericData.get().resolveUnion(union, datum));
  }

  private static boolean isLogical(Schema schema, LogicalType type) {
    return schema.getLogicalType() != null && schema.getLogicalType().getName().equals(type.getName());
  }

  private static byte[] bytes(ByteBuffer buffer) {
    ByteBuffer dup = buffer.duplicate();
    byte[] out = new byte[dup.remaining()];
    dup.get(out);
    return out;
  }
}
