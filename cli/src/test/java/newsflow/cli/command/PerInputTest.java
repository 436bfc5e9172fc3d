package newsflow.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import newsflow.cli.Newsflow;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** One input that fails, even by overflowing the stack, is reported on its own and the next input still runs. */
class PerInputTest {

  @Test
  void anInputThatOverflowsTheStackFailsAloneAndTheNextOneRuns() {
    CommandSpec spec = CommandSpec.create().name("analyze");
    CommandLine cl = new CommandLine(spec);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    ObjectMapper json = new ObjectMapper();
    int exit = PerInput.runNodes(spec, List.of(Path.of("deep.txt"), Path.of("plain.txt")), true, p -> {
      if (p.toString().equals("deep.txt")) return deeper(0);
      return json.createObjectNode().put("input", p.toString());
    });
    assertEquals(Newsflow.EXIT_FAILURE, exit);
    assertTrue(err.toString().contains("newsflow analyze: deep.txt: analysis overflowed the stack"), err.toString());
    assertTrue(out.toString().contains("\"input\":\"plain.txt\""), out.toString());
  }

  private static ObjectNode deeper(int depth) {
    return depth < Integer.MAX_VALUE ? deeper(depth + 1) : null;
  }
}
