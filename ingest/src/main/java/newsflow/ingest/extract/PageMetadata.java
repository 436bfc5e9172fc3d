package newsflow.ingest.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The machine-readable metadata of a page: {@code <meta>} tags by name/property and the schema.org
 * JSON-LD objects (flattened from arrays and {@code @graph}).
 */
final class PageMetadata {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();

    private final Map<String, String> meta = new HashMap<>();
    private final List<JsonNode> jsonLd = new ArrayList<>();

    PageMetadata(Document doc, List<String> jsonLdTexts) {
        for (Element m : doc.getElementsByTag("meta")) {
            String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
            String content = m.attr("content");
            if (!key.isEmpty() && !content.isBlank()) {
                meta.putIfAbsent(key.strip().toLowerCase(Locale.ROOT), content.strip());
            }
        }
        for (String text : jsonLdTexts) {
            String t = text.strip();
            if (t.startsWith("<!--")) {
                t = t.substring(4);
            }
            if (t.endsWith("-->")) {
                t = t.substring(0, t.length() - 3);
            }
            if (t.isEmpty() || t.length() > 2_000_000) {
                continue;
            }
            try {
                flatten(JSON.readTree(t), 0);
            } catch (JsonProcessingException e) {
                // malformed JSON-LD is common; the other signals still apply
            }
        }
    }

    private void flatten(JsonNode node, int depth) {
        if (node == null || depth > 5) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                flatten(n, depth + 1);
            }
        } else if (node.isObject()) {
            jsonLd.add(node);
            if (node.has("@graph")) {
                flatten(node.get("@graph"), depth + 1);
            }
            if (node.has("mainEntity")) {
                flatten(node.get("mainEntity"), depth + 1);
            }
        }
    }

    /** First non-blank meta content among the keys (lower case name or property). */
    String meta(String... keys) {
        for (String k : keys) {
            String v = meta.get(k);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    /** The JSON-LD object that describes the article (an *Article / *Posting / Report type), or null. */
    JsonNode article() {
        JsonNode fallback = null;
        for (JsonNode n : jsonLd) {
            String type = types(n);
            if (type.contains("article") || type.contains("posting") || type.contains("report")) {
                if (n.has("headline") || n.has("articleBody") || n.has("datePublished")) {
                    return n;
                }
                if (fallback == null) {
                    fallback = n;
                }
            }
        }
        if (fallback != null) {
            return fallback;
        }
        for (JsonNode n : jsonLd) {
            if (n.has("datePublished") && (n.has("headline") || n.has("author"))) {
                return n;
            }
        }
        return null;
    }

    /** Replaces {"@id": ...} references (also inside arrays) by the JSON-LD object with that id, when present. */
    JsonNode resolve(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode out = JSON.createArrayNode();
            n.forEach(x -> out.add(resolve(x)));
            return out;
        }
        if (n.isObject() && n.size() == 1 && n.has("@id")) {
            String id = n.get("@id").asText();
            for (JsonNode x : jsonLd) {
                if (x != n && x.has("@id") && id.equals(x.get("@id").asText()) && x.size() > 1) {
                    return x;
                }
            }
        }
        return n;
    }

    List<JsonNode> jsonLd() {
        return jsonLd;
    }

    static String types(JsonNode n) {
        JsonNode t = n.get("@type");
        if (t == null) {
            return "";
        }
        if (t.isArray()) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode x : t) {
                sb.append(x.asText().toLowerCase(Locale.ROOT)).append(' ');
            }
            return sb.toString();
        }
        return t.asText().toLowerCase(Locale.ROOT);
    }

    /** Text of a JSON-LD value: a string, or the "name" of an object, or the first element of an array. */
    static String text(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : text(n.get(0));
        }
        if (n.isObject()) {
            return n.has("name") ? text(n.get("name")) : n.has("@value") ? text(n.get("@value")) : null;
        }
        String s = n.asText().strip();
        return s.isEmpty() ? null : s;
    }
}
