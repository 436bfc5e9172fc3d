package newsflow.enrich.eval;

import java.nio.file.Path;

/** Runs every NLP evaluation (NER, quotes, places, seed) on an evaluation data directory and prints one table. */
public final class EvalMain {
  private EvalMain() {}

  /** The value of {@code --data DIR}, default {@code ../shared/eval}. */
  static Path dataDir(String[] args) {
    for (int i = 0; i + 1 < args.length; i++) if (args[i].equals("--data")) return Path.of(args[i + 1]);
    return Path.of("../shared/eval");
  }

  public static void main(String[] args) {
    System.out.println("TODO");
  }
}
