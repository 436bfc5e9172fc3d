package newsflow.sink;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** One embedded broker and registry per test class (see {@link BrokerFixture}), in a temporary directory. */
abstract class WithBroker {
  @TempDir static Path dir;
  static BrokerFixture broker;

  @BeforeAll
  static void startBroker() {
    broker = new BrokerFixture(dir);
  }

  @AfterAll
  static void stopBroker() {
    if (broker != null) broker.close();
    broker = null;
  }
}
