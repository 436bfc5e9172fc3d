package newsflow.cli.ops;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** Named readiness checks (NLP loaded, streams RUNNING, ...); ready when all pass. Thread-safe. */
public final class Health {
  private final Map<String, BooleanSupplier> checks = new LinkedHashMap<>();

  public synchronized Health check(String name, BooleanSupplier ready) {
    checks.put(name, ready);
    return this;
  }

  /** Each check's state, in registration order. */
  public synchronized Map<String, Boolean> states() {
    Map<String, Boolean> out = new LinkedHashMap<>();
    checks.forEach((name, c) -> {
      boolean ok;
      try {
        ok = c.getAsBoolean();
      } catch (RuntimeException e) {
        ok = false;
      }
      out.put(name, ok);
    });
    return out;
  }

  public boolean ready() {
    Map<String, Boolean> s = states();
    return !s.isEmpty() && s.values().stream().allMatch(Boolean::booleanValue);
  }
}
