package newsflow.enrich.nlp.places;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import newsflow.enrich.nlp.Document;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.Span;
import newsflow.enrich.nlp.officials.OfficialMatcher;
import newsflow.enrich.nlp.officials.Watchlist;

/**
 * Benchmark main (not a test): cold load time of the gazetteer and the default watchlist, and steady
 * throughput of recognise + resolve + official matching on the seed article, on one thread. Run in a
 * fresh JVM so the first load is really cold (see docs/places-officials.md).
 */
public final class PlacesBenchmark {
  private static final List<String> SEED_PEOPLE = List.of("Pete Hegseth", "Donald Trump", "Vladimir Putin",
      "Volodymyr Zelenskyy", "Mark Rutte", "Scott Bessent", "Marco Rubio", "Kaja Kallas", "Boris Pistorius",
      "Dmitry Peskov", "Max Bergmann", "Eisenhower", "Mike Glenn");

  private PlacesBenchmark() {}

  public static void main(String[] args) throws IOException {
    // CPU time of this thread as well as wall time: the shared build machine is often overloaded
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long c0 = cpu.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    Gazetteer g = Gazetteer.load();
    long t1 = System.nanoTime();
    long c1 = cpu.getCurrentThreadCpuTime();
    Watchlist defaults = Watchlist.defaults();
    OfficialMatcher matcher = new OfficialMatcher(defaults, g);
    long t2 = System.nanoTime();
    long c2 = cpu.getCurrentThreadCpuTime();
    System.out.printf(Locale.ROOT, "gazetteer cold load: %d ms wall, %d ms cpu; default watchlist (%d officials) + "
        + "matcher: %d ms wall, %d ms cpu%n", (t1 - t0) / 1_000_000, (c1 - c0) / 1_000_000, defaults.size(),
        (t2 - t1) / 1_000_000, (c2 - c1) / 1_000_000);
    long c3 = cpu.getCurrentThreadCpuTime();
    long t3 = System.nanoTime();
    Gazetteer.load();
    System.out.printf(Locale.ROOT, "gazetteer second load in the same JVM: %d ms wall, %d ms cpu%n",
        (System.nanoTime() - t3) / 1_000_000, (cpu.getCurrentThreadCpuTime() - c3) / 1_000_000);
    String text;
    try (InputStream in = PlacesBenchmark.class.getResourceAsStream("/places/hegseth-nato.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    PlaceResolver resolver = new PlaceResolver(g);
    Document doc = new Document(text, List.of(), List.of());
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    // warm-up
    long end = System.nanoTime() + 3_000_000_000L;
    while (System.nanoTime() < end) once(resolver, matcher, doc);
    long n = 0;
    long cpuStart = cpu.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    end = start + seconds * 1_000_000_000L;
    while (System.nanoTime() < end) {
      once(resolver, matcher, doc);
      n++;
    }
    double secs = (System.nanoTime() - start) / 1e9;
    double cpuSecs = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    System.out.printf(Locale.ROOT, "places + officials on the seed article (%d chars): %.1f articles/s wall, "
        + "%.1f articles per cpu-second (%.2f ms cpu each)%n", text.length(), n / secs, n / cpuSecs, cpuSecs * 1000 / n);
  }

  private static void once(PlaceResolver resolver, OfficialMatcher matcher, Document seed) {
    // a fresh String per round, as for a new article: the recogniser caches its last result by identity
    Document doc = new Document(new String(seed.text().toCharArray()), List.of(), List.of());
    List<Entity> entities = new ArrayList<>();
    int i = 0;
    for (PlaceResolver.ResolvedMention m : resolver.findAndResolve(doc.text())) {
      Entity e = new Entity("p" + i++, EntityType.PLACE, m.mention().text());
      e.addMention(m.mention());
      entities.add(e);
    }
    Entity person = new Entity("x", EntityType.PERSON, "Trump");
    person.addTitle("President");
    person.addMention(new Span(0, 5, "Trump"));
    entities.add(person);
    // the seed's people, matched against the 889 default officials (full names, variants)
    for (String name : SEED_PEOPLE) {
      Entity e = new Entity(name, EntityType.PERSON, name);
      e.addMention(new Span(0, name.length(), name));
      entities.add(e);
    }
    resolver.resolve(doc, entities);
    matcher.match(doc, entities);
  }
}
