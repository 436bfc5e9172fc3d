package newsflow.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Benchmark main that complements {@link ExtractionBenchmark} on a shared, loaded machine: extracts every
 * page of a directory on one thread, several rounds, and prints pages per second of wall time and of the
 * thread's CPU time (the latter does not count time the thread waited for a core).
 * Usage: {@code ExtractionSpeedMain DIR [rounds]}.
 */
public final class ExtractionSpeedMain {
    private ExtractionSpeedMain() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/eval/extraction/scrapinghub/html");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<String> pages = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".html.gz")).sorted().toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
                    pages.add(HtmlDecoder.decode(in.readAllBytes(), null, p.toString()));
                }
            }
        }
        ArticleExtractor extractor = new ArticleExtractor(true);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long chars = 0;
        double bestCpu = 0;
        double bestWall = 0;
        for (int round = 0; round < rounds; round++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            for (String page : pages) {
                chars += extractor.extract(page, "https://example.com/article").text().length();
            }
            double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            double wall = (System.nanoTime() - wall0) / 1e9;
            bestCpu = Math.max(bestCpu, pages.size() / cpu);
            bestWall = Math.max(bestWall, pages.size() / wall);
            System.out.printf(Locale.ROOT, "round %d: %.0f pages/s (CPU time), %.0f pages/s (wall)%n",
                    round, pages.size() / cpu, pages.size() / wall);
        }
        System.out.printf(Locale.ROOT, "%d pages; best round %.0f pages/s CPU time, %.0f pages/s wall (checksum %d)%n",
                pages.size(), bestCpu, bestWall, chars);
    }
}
