package newsflow.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StartupTest {
  @Test
  void barIsAsciiAndProportional() {
    assertEquals("[--------------------]", Startup.bar(0));
    assertEquals("[##########----------]", Startup.bar(0.5));
    assertEquals("[####################]", Startup.bar(1));
    assertEquals("[####################]", Startup.bar(7), "clamped");
  }

  @Test
  void noLineOnceEveryStepFinishedOrWasAbandoned() {
    Startup s = new Startup();
    assertNull(s.line(), "nothing started, nothing to say");
    Startup.Step a = s.begin("broker", null);
    Startup.Step b = s.begin("NLP models", () -> null);
    assertTrue(s.line().startsWith("starting: broker "), s.line());
    a.done();
    b.abandon();
    assertNull(s.line());
    List<String> done = s.newlyFinished();
    assertEquals(1, done.size(), "an abandoned step is reported by whoever failed: " + done);
    assertTrue(done.get(0).startsWith("broker ready in "), done.get(0));
    assertEquals(List.of(), s.newlyFinished(), "each once");
  }

  @Test
  void theNlpCacheDetailIsSilentWhenNoBuildRuns() {
    // no cache build runs in this JVM: nothing about preparation is shown
    assertNull(Startup.nlpCacheDetail());
  }
}
