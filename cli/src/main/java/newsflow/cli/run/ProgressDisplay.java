package newsflow.cli.run;

import java.io.PrintStream;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.function.Supplier;
import newsflow.sink.alert.AlertMessages;
import newsflow.sink.alert.Notifier;
import newsflow.v1.OfficialAlert;

/**
 * Live progress of {@code newsflow run}: on a terminal one status line redrawn every second
 * (articles ingested / enriched / written per second, alerts, dead letters) with alerts printed
 * above it as they fire; otherwise a plain log line every ten seconds when something changed. It is
 * also the sink's console notifier, so each alert prints once, after the warehouse has it.
 */
public final class ProgressDisplay implements Notifier, AutoCloseable {
  private static final long PLAIN_EVERY_MS = 10_000;

  private final PrintStream out;
  private final boolean terminal;
  private final Supplier<PipelineCounts> counts;
  private final Thread ticker;
  private volatile boolean running = true;
  private PipelineCounts last = PipelineCounts.ZERO;
  private long lastAt = System.nanoTime();
  private String status = "";
  private PipelineCounts lastPrinted;
  private long lastPrintedAt;
  private double ingestRate;
  private double enrichRate;
  private double writeRate;

  public ProgressDisplay(PrintStream out, boolean terminal, Supplier<PipelineCounts> counts) {
    this.out = out;
    this.terminal = terminal;
    this.counts = counts;
    this.ticker = new Thread(this::loop, "newsflow-progress");
    this.ticker.setDaemon(true);
  }

  public void start() {
    ticker.start();
  }

  private void loop() {
    while (running) {
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        return;
      }
      tick();
    }
  }

  synchronized void tick() {
    PipelineCounts now = counts.get();
    long t = System.nanoTime();
    double secs = Math.max(1e-3, (t - lastAt) / 1e9);
    // smooth the rates a little so the line does not flicker
    ingestRate = 0.5 * ingestRate + 0.5 * (now.ingested() - last.ingested()) / secs;
    enrichRate = 0.5 * enrichRate + 0.5 * (now.enriched() - last.enriched()) / secs;
    writeRate = 0.5 * writeRate + 0.5 * (now.written() - last.written()) / secs;
    last = now;
    lastAt = t;
    status = line(now, ingestRate, enrichRate, writeRate);
    if (terminal) {
      out.print("\r\033[2K" + status);
      out.flush();
    } else if (!now.equals(lastPrinted) && System.currentTimeMillis() - lastPrintedAt >= PLAIN_EVERY_MS) {
      out.println(LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + " progress: " + status);
      out.flush();
      lastPrinted = now;
      lastPrintedAt = System.currentTimeMillis();
    }
  }

  static String line(PipelineCounts c, double ingestRate, double enrichRate, double writeRate) {
    return String.format(Locale.ROOT,
        "ingested %d (%.1f/s) | enriched %d (%.1f/s) | written %d (%.1f/s) | alerts %d | dead letters %d",
        c.ingested(), ingestRate, c.enriched(), enrichRate, c.written(), writeRate, c.alertsWritten(), c.deadLettered());
  }

  /** One line describing an alert, then the quote and the words that named the official, if any. */
  public static String describe(OfficialAlert a) {
    StringBuilder sb = new StringBuilder("ALERT ");
    sb.append(a.getOfficialName());
    if (a.getOfficialTitle() != null) sb.append(" (").append(a.getOfficialTitle()).append(')');
    sb.append(a.getKind().toString().equals("QUOTED") ? " quoted" : " mentioned");
    if (a.getMentionCount() > 1) sb.append(" (").append(a.getMentionCount()).append(" mentions)");
    if (a.getPublisher() != null) sb.append(" by ").append(a.getPublisher());
    if (a.getTitle() != null) sb.append(": \"").append(a.getTitle()).append('"');
    if (!a.getQuotes().isEmpty()) {
      String q = a.getQuotes().get(0);
      if (q.length() > 140) q = q.substring(0, 137) + "...";
      sb.append(System.lineSeparator()).append("      \u201c").append(q).append('\u201d');
      if (a.getQuotes().size() > 1) sb.append(" (+").append(a.getQuotes().size() - 1).append(" more)");
    }
    String matched = AlertMessages.matched(a);
    if (!matched.isEmpty()) sb.append(System.lineSeparator()).append("      ").append(matched);
    return sb.toString();
  }

  @Override
  public String name() {
    return "console";
  }

  @Override
  public synchronized void deliver(OfficialAlert alert) {
    if (terminal) out.print("\r\033[2K");
    out.println(describe(alert));
    if (terminal) out.print(status);
    out.flush();
  }

  /** Prints a line above the status line. */
  public synchronized void println(String line) {
    if (terminal) out.print("\r\033[2K");
    out.println(line);
    if (terminal) out.print(status);
    out.flush();
  }

  @Override
  public void close() {
    running = false;
    ticker.interrupt();
    try {
      ticker.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (this) {
      tick();
      if (terminal) out.println();
      else out.println(LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + " progress: " + status);
      out.flush();
    }
  }
}
