package newsflow.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import newsflow.v1.AlertKind;
import newsflow.v1.OfficialAlert;
import org.junit.jupiter.api.Test;

class ProgressDisplayTest {
  private static OfficialAlert alert() {
    return OfficialAlert.newBuilder().setId("x").setArticleId("a").setOfficialId("us-hegseth")
        .setOfficialName("Pete Hegseth").setOfficialTitle("Secretary of Defense").setKind(AlertKind.QUOTED)
        .setMentionCount(9).setQuotes(List.of("There is no betrayal there,", "second")).setTitle("Hegseth at NATO")
        .setUrl(null).setPublisher("The Washington Times").setPublishedAt(null).setDetectedAt(Instant.EPOCH).build();
  }

  @Test
  void describesAnAlertWithWhoWhereAndTheFirstQuote() {
    String s = ProgressDisplay.describe(alert());
    assertTrue(s.startsWith("ALERT Pete Hegseth (Secretary of Defense) quoted (9 mentions) by The Washington Times"), s);
    assertTrue(s.contains("\u201cThere is no betrayal there,\u201d (+1 more)"), s);
  }

  @Test
  void describesTheWordsThatNamedTheOfficial() {
    OfficialAlert a = OfficialAlert.newBuilder(alert()).setEvidence(List.of(
        newsflow.v1.OfficialEvidence.newBuilder().setStart(12).setEnd(38).setText("Defense Secretary Pete Hegseth")
            .setRule("FULL_NAME").build())).build();
    String s = ProgressDisplay.describe(a);
    assertTrue(s.endsWith("      matched \"Defense Secretary Pete Hegseth\" at 12-38 (full name)"), s);
    assertFalse(ProgressDisplay.describe(alert()).contains("matched"), "no evidence, no line");
  }

  @Test
  void plainOutputHasNoTerminalControlCodesAndPrintsAlertsAsLines() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    AtomicReference<PipelineCounts> counts = new AtomicReference<>(new PipelineCounts(3, 2, 1, 0, 0));
    ProgressDisplay d = new ProgressDisplay(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, counts::get);
    d.tick();
    d.deliver(alert());
    counts.set(new PipelineCounts(5, 5, 5, 1, 1));
    d.close();
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertFalse(out.contains("\033["), "no escape codes when not a terminal: " + out);
    assertFalse(out.contains("\r"), out);
    assertTrue(out.contains("progress: ingested 3"), out);
    assertTrue(out.contains("ALERT Pete Hegseth"), out);
    assertTrue(out.contains("written 5"), "the last line has the final counts: " + out);
  }

  @Test
  void terminalOutputRedrawsOneStatusLine() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ProgressDisplay d = new ProgressDisplay(new PrintStream(bytes, true, StandardCharsets.UTF_8), true,
        () -> new PipelineCounts(1, 1, 1, 0, 0));
    d.tick();
    d.tick();
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(2, out.split("\r\033\\[2K", -1).length - 1, out);
    assertFalse(out.contains("\n"), "the status line is redrawn, not scrolled: " + out);
  }

  @Test
  void theStatusLinePrintedAfterAnAlertAlreadyCountsIt() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ProgressDisplay d = new ProgressDisplay(new PrintStream(bytes, true, StandardCharsets.UTF_8), true,
        () -> new PipelineCounts(1, 1, 0, 0, 0));
    d.tick();
    d.deliver(alert());
    String out = bytes.toString(StandardCharsets.UTF_8);
    String afterAlert = out.substring(out.indexOf("ALERT Pete Hegseth"));
    assertTrue(afterAlert.contains("alerts 1 |"), "the line under the alert counts it: " + out);
    assertFalse(afterAlert.contains("alerts 0"), out);
  }

  @Test
  void anAlertWithoutAHeadlineNamesItsFile() {
    OfficialAlert a = OfficialAlert.newBuilder(alert()).setTitle(null).setUrl("file:///tmp/inbox/some%20article.txt").build();
    assertTrue(ProgressDisplay.describe(a).contains(" in some article.txt"), ProgressDisplay.describe(a));
    OfficialAlert web = OfficialAlert.newBuilder(alert()).setTitle(null).setUrl("https://news.example/a/1").build();
    assertTrue(ProgressDisplay.describe(web).contains(" in https://news.example/a/1"), ProgressDisplay.describe(web));
  }

  @Test
  void startStepsShowInTheStatusLineAndEachFinishedStepPrintsOnce() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Startup startup = new Startup();
    Startup.Step broker = startup.begin("broker", null);
    Startup.Step nlp = startup.begin("NLP models", () -> "(loading)");
    ProgressDisplay d = new ProgressDisplay(new PrintStream(bytes, true, StandardCharsets.UTF_8), false,
        () -> PipelineCounts.ZERO, startup);
    d.tick();
    broker.done();
    d.tick();
    d.tick();
    nlp.done("built once");
    d.close();
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("progress: starting: broker "), out);
    assertTrue(out.contains("NLP models (loading) "), out);
    assertEquals(1, out.split("broker ready in ", -1).length - 1, "one line per finished step: " + out);
    assertTrue(out.contains("NLP models ready in "), out);
    assertTrue(out.contains("(built once)"), out);
    assertTrue(out.strip().endsWith("dead letters 0"), "the counters follow the start: " + out);
    assertFalse(out.contains("\033["), out);
  }

  @Test
  void onATerminalTheStatusIsCutToTheWidthSoARedrawLeavesNoDebris() {
    String line = "ingested 5 (0.0/s) | enriched 5 (0.8/s) | written 4 (0.7/s) | alerts 8 | dead letters 0";
    assertEquals(79, ProgressDisplay.fit(line, 80).length());
    assertTrue(ProgressDisplay.fit(line, 80).endsWith("..."));
    assertEquals(line, ProgressDisplay.fit(line, 200));
    assertEquals(80, ProgressDisplay.terminalWidth(null));
    assertEquals(132, ProgressDisplay.terminalWidth("132"));
    assertEquals(80, ProgressDisplay.terminalWidth("wide"));
  }
}
