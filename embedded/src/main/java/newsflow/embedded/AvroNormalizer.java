package newsflow.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.avro.Schema;
import org.apache.avro.util.internal.JacksonUtils;

/**
 * The normalized form of an Avro schema for {@code ?normalize=true} (Confluent's {@code normalize.schemas}):
 * names fully qualified, the attributes of every type in one fixed order (name, type, its members, doc,
 * aliases, default, then other properties sorted by name), aliases sorted, no whitespace. Two schemas that
 * differ only in attribute order, namespace spelling or formatting normalize to the same text.
 */
final class AvroNormalizer {

  private static final ObjectMapper JSON = new ObjectMapper();

  private AvroNormalizer() {}

  static String normalize(Schema schema) {
    return write(schema, new HashSet<>()).toString();
  }

  private static JsonNode write(Schema s, Set<String> named) {
    switch (s.getType()) {
      case UNION: {
        ArrayNode out = JSON.createArrayNode();
        s.getTypes().forEach(t -> out.add(write(t, named)));
        return out;
      }
      case ARRAY:
      case MAP: {
        ObjectNode out = JSON.createObjectNode().put("type", s.getType().getName());
        if (s.getType() == Schema.Type.ARRAY) {
          out.set("items", write(s.getElementType(), named));
        } else {
          out.set("values", write(s.getValueType(), named));
        }
        return props(out, s.getObjectProps());
      }
      case RECORD:
      case ENUM:
      case FIXED: {
        if (!named.add(s.getFullName())) return JSON.getNodeFactory().textNode(s.getFullName());
        ObjectNode out = JSON.createObjectNode().put("name", s.getFullName()).put("type", s.getType().getName());
        if (s.getType() == Schema.Type.ENUM) {
          ArrayNode symbols = out.putArray("symbols");
          s.getEnumSymbols().forEach(symbols::add);
        } else if (s.getType() == Schema.Type.FIXED) {
          out.put("size", s.getFixedSize());
        } else {
          ArrayNode fields = out.putArray("fields");
          for (Schema.Field f : s.getFields()) fields.add(field(f, named));
        }
        if (s.getDoc() != null && !s.getDoc().isEmpty()) out.put("doc", s.getDoc());
        aliases(out, s.getAliases());
        if (s.getType() == Schema.Type.ENUM && s.getEnumDefault() != null) out.put("default", s.getEnumDefault());
        return props(out, s.getObjectProps());
      }
      default: {
        if (!s.hasProps()) return JSON.getNodeFactory().textNode(s.getType().getName());
        return props(JSON.createObjectNode().put("type", s.getType().getName()), s.getObjectProps());
      }
    }
  }

  private static ObjectNode field(Schema.Field f, Set<String> named) {
    ObjectNode out = JSON.createObjectNode().put("name", f.name());
    out.set("type", write(f.schema(), named));
    if (f.order() != null && f.order() != Schema.Field.Order.ASCENDING) out.put("order", f.order().name().toLowerCase(java.util.Locale.ROOT));
    if (f.doc() != null) out.put("doc", f.doc());
    aliases(out, f.aliases());
    if (f.hasDefaultValue()) out.set("default", JacksonUtils.toJsonNode(f.defaultVal()));
    return props(out, f.getObjectProps());
  }

  private static void aliases(ObjectNode out, Set<String> aliases) {
    if (aliases.isEmpty()) return;
    ArrayNode sorted = out.putArray("aliases");
    new TreeSet<>(aliases).forEach(sorted::add);
  }

  private static ObjectNode props(ObjectNode out, Map<String, Object> props) {
    new TreeMap<>(props).forEach((k, v) -> out.set(k, JacksonUtils.toJsonNode(v)));
    return out;
  }
}
