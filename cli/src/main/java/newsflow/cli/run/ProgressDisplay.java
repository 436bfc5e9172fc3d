package newsflow.cli.run;

import java.io.PrintStream;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;
import newsflow.sink.alert.AlertMessages;
import newsflow.sink.alert.Notifier;
import newsflow.v1.OfficialAlert;

/**
 * Live progress of {@code newsflow run}: on a terminal one status line redrawn every second with
 * alerts printed above it as they fire; otherwise a plain log line every five seconds (while
 * starting, and then when something changed). While the start runs ({@link Startup}: broker,
 * registry, NLP models) the line names those steps, and each finished step prints a line; then it
 * counts articles ingested / enriched / written per second, the alerts shown, and dead letters
 * (refused and failed inputs included). It is also the sink's console notifier, so each alert prints
 * once, and the status line printed after it already counts it.
 */
public final class ProgressDisplay implements Notifier, AutoCloseable {
  /** A plain line at most this often; with the one-second tick, one every five seconds. */
  private static final long PLAIN_EVERY_MS = 4_500;

  /** Always with seconds (LocalTime's own toString drops ":00"). */
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

  private final PrintStream out;
  private final boolean terminal;
  private final Supplier<PipelineCounts> counts;
  private final Startup startup;
  private long alertsShown;
  private volatile boolean steady;
  private final int width = terminalWidth(System.getenv("COLUMNS"));
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
    this(out, terminal, counts, new Startup());
  }

  public ProgressDisplay(PrintStream out, boolean terminal, Supplier<PipelineCounts> counts, Startup startup) {
    this.out = out;
    this.terminal = terminal;
    this.counts = counts;
    this.startup = startup;
    this.ticker = new Thread(this::loop, "newsflow-progress");
    this.ticker.setDaemon(true);
  }

  /** Without a terminal, prints the line every five seconds even when nothing changed (the demo: a person waits). */
  public ProgressDisplay steady() {
    steady = true;
    return this;
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
    for (String done : startup.newlyFinished()) printAbove(done);
    PipelineCounts now = counts.get();
    long t = System.nanoTime();
    double secs = Math.max(1e-3, (t - lastAt) / 1e9);
    // smooth the rates a little so the line does not flicker
    ingestRate = 0.5 * ingestRate + 0.5 * (now.ingested() - last.ingested()) / secs;
    enrichRate = 0.5 * enrichRate + 0.5 * (now.enriched() - last.enriched()) / secs;
    writeRate = 0.5 * writeRate + 0.5 * (now.written() - last.written()) / secs;
    last = now;
    lastAt = t;
    String starting = startup.line();
    status = starting != null ? starting : line(now, ingestRate, enrichRate, writeRate, alertsShown);
    if (terminal) {
      out.print("\r\033[2K" + fit(status, width));
      out.flush();
    } else if ((steady || starting != null || !now.equals(lastPrinted)) && System.currentTimeMillis() - lastPrintedAt >= PLAIN_EVERY_MS) {
      out.println(LocalTime.now().format(CLOCK) + " progress: " + status);
      out.flush();
      lastPrinted = now;
      lastPrintedAt = System.currentTimeMillis();
    }
  }

  /** The status from the counters now, so that a line printed after an alert already counts it. */
  private void refreshStatus() {
    String starting = startup.line();
    status = starting != null ? starting : line(counts.get(), ingestRate, enrichRate, writeRate, alertsShown);
  }

  /** The counters' line; {@code alerts} is the number of alerts shown above it. */
  static String line(PipelineCounts c, double ingestRate, double enrichRate, double writeRate, long alerts) {
    return String.format(Locale.ROOT,
        "ingested %d (%.1f/s) | enriched %d (%.1f/s) | written %d (%.1f/s) | alerts %d | dead letters %d",
        c.ingested(), ingestRate, c.enriched(), enrichRate, c.written(), writeRate, alerts, c.deadLettered());
  }

  /** One line describing an alert, then the quote and the words that named the official, if any. */
  public static String describe(OfficialAlert a) {
    StringBuilder sb = new StringBuilder("ALERT ");
    sb.append(a.getOfficialName());
    if (a.getOfficialTitle() != null) sb.append(" (").append(a.getOfficialTitle()).append(')');
    sb.append(a.getKind().toString().equals("QUOTED") ? " quoted" : " mentioned");
    if (a.getMentionCount() > 1) sb.append(" (").append(a.getMentionCount()).append(" mentions)");
    if (a.getPublisher() != null) sb.append(" by ").append(a.getPublisher());
    if (a.getTitle() != null && !a.getTitle().isBlank()) {
      sb.append(": \"").append(a.getTitle()).append('"');
    } else if (a.getUrl() != null) {
      // no headline (a plain-text file has none): say which article it is
      sb.append(" in ").append(source(a.getUrl()));
    }
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

  /** A file URL's file name, else the URL. */
  static String source(String url) {
    if (url.startsWith("file:")) {
      int slash = url.lastIndexOf('/');
      return java.net.URLDecoder.decode(url.substring(slash + 1), java.nio.charset.StandardCharsets.UTF_8);
    }
    return url;
  }

  @Override
  public String name() {
    return "console";
  }

  @Override
  public synchronized void deliver(OfficialAlert alert) {
    alertsShown++;
    refreshStatus();
    printAbove(describe(alert));
  }

  /** Prints a line above the status line. */
  public synchronized void println(String line) {
    printAbove(line);
  }

  private void printAbove(String line) {
    if (terminal) out.print("\r\033[2K");
    out.println(line);
    if (terminal) out.print(fit(status, width));
    out.flush();
  }

  /**
   * The status cut to the terminal's width: a longer line would wrap, and redrawing with a carriage
   * return would then leave its first part on screen.
   */
  static String fit(String line, int width) {
    int max = Math.max(20, width - 1);
    return line.length() <= max ? line : line.substring(0, max - 3) + "...";
  }

  /** The terminal's width from {@code COLUMNS} (the ./newsflow launcher exports it), else 80. */
  static int terminalWidth(String columns) {
    try {
      int w = columns == null ? 0 : Integer.parseInt(columns.strip());
      return w > 0 ? w : 80;
    } catch (NumberFormatException e) {
      return 80;
    }
  }

  /** Stops the display without a last status line (the start failed; its error is what counts). */
  public void abort() {
    running = false;
    ticker.interrupt();
    try {
      ticker.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (this) {
      if (terminal) out.print("\r\033[2K");
      out.flush();
    }
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
      else out.println(LocalTime.now().format(CLOCK) + " progress: " + status);
      out.flush();
    }
  }
}
