package newsflow.cli.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

/**
 * Made-up articles for the fault tests: each names one of three made-up watched officials in its
 * first sentence and quotes them, and carries its number in the title and the text, so every
 * article is distinct and every article fires exactly one alert.
 */
final class FaultArticles {
  private FaultArticles() {}

  /** The three officials, as the watchlist lists them. */
  static final List<String[]> OFFICIALS = List.of(
      new String[] {"fault-vessa-harlow", "Vessa Harlow", "Minister of Transport", "GB"},
      new String[] {"fault-orrin-kade", "Orrin Kade", "Minister of Finance", "IE"},
      new String[] {"fault-lisbet-ramm", "Lisbet Ramm", "Minister of Health", "NO"});

  static String watchlistYaml() {
    StringBuilder y = new StringBuilder("officials:\n");
    for (String[] o : OFFICIALS) {
      y.append("  - id: ").append(o[0]).append("\n    name: ").append(o[1]).append("\n    title: ").append(o[2])
          .append("\n    country: \"").append(o[3]).append("\"\n");
    }
    return y.toString();
  }

  static Path writeWatchlist(Path dir) throws IOException {
    Path f = dir.resolve("watchlist.yaml");
    Files.writeString(f, watchlistYaml());
    return f;
  }

  static String title(int i) {
    return "Harbour report number " + i;
  }

  /** Article {@code i}: a title line, the official's name, a quote, a closing line; about 600 characters. */
  static String text(int i) {
    String[] o = OFFICIALS.get(i % OFFICIALS.size());
    return title(i) + "\n\n" + o[2] + " " + o[1] + " opened the new ferry terminal number " + i
        + " in the harbour district on Tuesday morning.\n\n\u201cThis terminal, the " + i
        + "th of its kind, will carry passengers for decades,\u201d " + o[1]
        + " said at the opening ceremony.\n\nLocal traders said the works had closed the quay road for eleven months."
        + " Councillors will review the timetable in the spring, according to a statement from the port authority.\n";
  }

  /**
   * Writes articles {@code from} (inclusive) to {@code to} (exclusive) into {@code dir}, each moved in
   * whole with a modification time in the past, so a watcher reads it at its next scan.
   */
  static void write(Path dir, int from, int to) {
    try {
      Path staging = Files.createDirectories(dir.resolveSibling(dir.getFileName() + ".staging"));
      FileTime settled = FileTime.from(Instant.now().minusSeconds(60));
      for (int i = from; i < to; i++) {
        Path f = staging.resolve(String.format("harbour-%05d.txt", i));
        Files.writeString(f, text(i));
        Files.setLastModifiedTime(f, settled);
        Files.move(f, dir.resolve(f.getFileName()), StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
