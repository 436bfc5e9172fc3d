package newsflow.cli.command;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import newsflow.schemas.json.PlainJson;

/**
 * Prints one JSON object per input: a line each with {@code --jsonl} (streamed as they come), else
 * indented, as a single object for one input and as an array for several.
 */
final class JsonOutput {
  private final PrintWriter out;
  private final boolean jsonl;
  private final boolean many;
  private final List<ObjectNode> buffered = new ArrayList<>();

  JsonOutput(PrintWriter out, boolean jsonl, boolean many) {
    this.out = out;
    this.jsonl = jsonl;
    this.many = many;
  }

  void add(ObjectNode node) {
    if (jsonl) {
      out.println(PlainJson.write(node, false));
      out.flush();
    } else {
      buffered.add(node);
    }
  }

  void finish() {
    if (jsonl) return;
    if (!many && buffered.size() == 1) {
      out.println(PlainJson.write(buffered.get(0), true));
    } else if (many) {
      ArrayNode arr = JsonNodeFactory.instance.arrayNode();
      buffered.forEach(arr::add);
      out.println(PlainJson.write(arr, true));
    }
    out.flush();
  }
}
