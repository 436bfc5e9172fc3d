package newsflow.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH benchmark of HTML extraction on one thread over every page of a benchmark directory (decoded to
 * strings in setup, so only extraction is measured; no network). Reports pages per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ExtractionBenchmark {
    /** Number of pages in one invocation; the directory must hold at least this many .html.gz files. */
    static final int PAGES = 100;

    /** Directory holding {@code *.html.gz} pages, e.g. ../shared/eval/extraction/scrapinghub/html (relative to the repository root). */
    @Param("../shared/eval/extraction/scrapinghub/html")
    public String pages;

    /** Whether the language detector runs (it is part of the product's extraction). */
    @Param({"true"})
    public boolean detectLanguage;

    private List<String> html;
    private ArticleExtractor extractor;

    @Setup(Level.Trial)
    public void load() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(pages))) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".html.gz")).sorted().limit(PAGES).toList();
        }
        if (files.size() < PAGES) {
            throw new IllegalStateException("need " + PAGES + " pages in " + pages + ", found " + files.size());
        }
        html = new ArrayList<>();
        for (Path f : files) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                html.add(HtmlDecoder.decode(in.readAllBytes(), null, f.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        extractor = new ArticleExtractor(detectLanguage);
    }

    /** Extracts all pages once; the score is pages per second. */
    @Benchmark
    @OperationsPerInvocation(PAGES)
    public void extractPages(Blackhole bh) {
        for (String page : html) {
            bh.consume(extractor.extract(page, "https://example.com/article"));
        }
    }
}
