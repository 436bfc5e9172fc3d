package newsflow.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import newsflow.ingest.extract.ArticleExtractor;
import newsflow.ingest.extract.ExtractedArticle;
import newsflow.ingest.extract.ExtractionException;
import newsflow.ingest.extract.HtmlDecoder;

/**
 * Scores the extractor on the public extraction benchmarks exactly as the evaluation README defines:
 * article-body P/R/F1 over 4-gram multisets on {@code scrapinghub/}, and the share of exact titles,
 * author sets and publishing dates (to the minute) on {@code fundus/}. Used by {@code newsflow eval extraction}.
 */
public final class ExtractionEval {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter GOLD_DATE = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);

    /** Body score of one scrapinghub page. */
    public record BodyPage(String id, BodyOverlap.PageCounts counts) {
    }

    /** Metadata comparison of one fundus page. */
    public record MetadataPage(String page, boolean title, boolean authors, boolean date,
                               String expectedTitle, String actualTitle, Set<String> expectedAuthors,
                               List<String> actualAuthors, String expectedDate, Instant actualDate) {
    }

    /** The scores of one evaluation run; shares are in [0, 1]. */
    public record Result(double bodyPrecision, double bodyRecall, double bodyF1, int bodyPages,
                         double titleExact, double authorsExact, double dateExact, int metadataPages,
                         List<BodyPage> bodyDetails, List<MetadataPage> metadataDetails) {
    }

    private final ArticleExtractor extractor;

    public ExtractionEval() {
        this(new ArticleExtractor(false));
    }

    public ExtractionEval(ArticleExtractor extractor) {
        this.extractor = extractor;
    }

    /** Runs both parts on a directory holding {@code scrapinghub/} and/or {@code fundus/}. */
    public Result run(Path dataDir) {
        Path sh = dataDir.resolve("scrapinghub");
        Path fundus = dataDir.resolve("fundus");
        if (!Files.isDirectory(sh) && !Files.isDirectory(fundus)) {
            throw new IllegalArgumentException("no scrapinghub/ or fundus/ under " + dataDir);
        }
        List<BodyPage> body = Files.isDirectory(sh) ? scoreBodies(sh) : List.of();
        List<MetadataPage> metadata = Files.isDirectory(fundus) ? scoreMetadata(fundus) : List.of();
        BodyOverlap.Score s = BodyOverlap.aggregate(body.stream().map(BodyPage::counts).toList());
        int m = metadata.size();
        return new Result(s.precision(), s.recall(), s.f1(), body.size(),
                share(metadata.stream().filter(MetadataPage::title).count(), m),
                share(metadata.stream().filter(MetadataPage::authors).count(), m),
                share(metadata.stream().filter(MetadataPage::date).count(), m), m, body, metadata);
    }

    private static double share(long n, int total) {
        return total == 0 ? 0 : (double) n / total;
    }

    /** Scores every page of {@code ground-truth.json} (id -> {articleBody, url}) against {@code html/<id>.html.gz}. */
    public List<BodyPage> scoreBodies(Path dir) {
        JsonNode truth = readJson(dir.resolve("ground-truth.json"));
        List<BodyPage> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : truth.properties()) {
            String id = e.getKey();
            String expected = e.getValue().path("articleBody").asText("");
            String url = e.getValue().path("url").asText(null);
            Path page = dir.resolve("html").resolve(id + ".html.gz");
            String predicted = "";
            if (Files.exists(page)) {
                try {
                    predicted = extractor.extract(decode(page), url).text();
                } catch (ExtractionException ex) {
                    predicted = "";
                }
            }
            out.add(new BodyPage(id, BodyOverlap.page(predicted, expected)));
        }
        return out;
    }

    /**
     * Scores every {@code <country>/<Publisher>.json}: its entries (sorted by key) belong to the
     * {@code <Publisher>_<date>.html.gz} pages (sorted by name) one to one.
     */
    public List<MetadataPage> scoreMetadata(Path dir) {
        List<MetadataPage> out = new ArrayList<>();
        List<Path> jsons;
        try (Stream<Path> s = Files.walk(dir, 2)) {
            jsons = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path json : jsons) {
            String publisher = json.getFileName().toString().replaceFirst("\\.json$", "");
            List<Path> pages;
            try (Stream<Path> s = Files.list(json.getParent())) {
                pages = s.filter(p -> p.getFileName().toString().matches(java.util.regex.Pattern.quote(publisher) + "_[0-9_]+\\.html\\.gz"))
                        .sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            TreeMap<String, JsonNode> entries = new TreeMap<>();
            readJson(json).properties().forEach(en -> entries.put(en.getKey(), en.getValue()));
            int i = 0;
            for (JsonNode gold : entries.values()) {
                if (i >= pages.size()) {
                    break;
                }
                Path page = pages.get(i++);
                out.add(compare(page, gold));
            }
        }
        return out;
    }

    private MetadataPage compare(Path page, JsonNode gold) {
        ExtractedArticle a;
        try {
            a = extractor.extract(decode(page), null);
        } catch (ExtractionException e) {
            a = new ExtractedArticle(null, null, null, List.of(), null, null, null, List.of(), List.of(), List.of());
        }
        String expectedTitle = gold.path("title").asText(null);
        boolean title = expectedTitle != null && a.title() != null
                && normalizeSpace(expectedTitle).equals(normalizeSpace(a.title()));
        Set<String> expectedAuthors = new HashSet<>();
        gold.path("authors").forEach(n -> expectedAuthors.add(normalizeSpace(n.asText())));
        Set<String> actualAuthors = new HashSet<>();
        a.authors().forEach(n -> actualAuthors.add(normalizeSpace(n)));
        boolean authors = expectedAuthors.equals(actualAuthors);
        String expectedDate = gold.path("publishing_date").asText(null);
        Instant goldInstant = parseGoldDate(expectedDate);
        boolean date = goldInstant != null && a.publishedAt() != null
                && goldInstant.truncatedTo(ChronoUnit.MINUTES).equals(a.publishedAt().truncatedTo(ChronoUnit.MINUTES));
        return new MetadataPage(page.getParent().getFileName() + "/" + page.getFileName(), title, authors, date,
                expectedTitle, a.title(), expectedAuthors, a.authors(), expectedDate, a.publishedAt());
    }

    /** Fundus dates look like "2024-04-26 15:24:04.336000+00:00"; a date without offset is taken as UTC. */
    static Instant parseGoldDate(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            var parsed = GOLD_DATE.parseBest(s.strip(), OffsetDateTime::from, LocalDateTime::from);
            if (parsed instanceof OffsetDateTime o) {
                return o.toInstant();
            }
            return ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String normalizeSpace(String s) {
        return Objects.requireNonNullElse(s, "").replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static String decode(Path gz) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return HtmlDecoder.decode(in.readAllBytes(), null, gz.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + gz, e);
        }
    }

    private static JsonNode readJson(Path p) {
        try {
            return JSON.readTree(p.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }

    /** Prints the result as a small table. */
    public static void print(Result r, PrintStream out, boolean verbose) {
        if (verbose) {
            for (MetadataPage m : r.metadataDetails()) {
                if (!m.title() || !m.authors() || !m.date()) {
                    out.printf("%-45s %s%s%s%n", m.page(), m.title() ? "" : "TITLE[" + m.expectedTitle() + " | " + m.actualTitle() + "] ",
                            m.authors() ? "" : "AUTHORS[" + m.expectedAuthors() + " | " + m.actualAuthors() + "] ",
                            m.date() ? "" : "DATE[" + m.expectedDate() + " | " + m.actualDate() + "]");
                }
            }
            for (BodyPage b : r.bodyDetails()) {
                BodyOverlap.PageCounts c = b.counts();
                double p = c.tp() + c.fp() == 0 ? 0 : c.tp() / (c.tp() + c.fp());
                double rc = c.tp() + c.fn() == 0 ? 0 : c.tp() / (c.tp() + c.fn());
                if (p < 0.95 || rc < 0.95) {
                    out.printf("body %s P=%.3f R=%.3f%n", b.id(), p, rc);
                }
            }
        }
        out.println("| benchmark | metric | value |");
        out.println("|---|---|---|");
        out.printf(Locale.ROOT, "| scrapinghub (%d pages) | body precision | %.4f |%n", r.bodyPages(), r.bodyPrecision());
        out.printf(Locale.ROOT, "| scrapinghub | body recall | %.4f |%n", r.bodyRecall());
        out.printf(Locale.ROOT, "| scrapinghub | body F1 | %.4f |%n", r.bodyF1());
        out.printf(Locale.ROOT, "| fundus (%d pages) | title exact | %.1f%% |%n", r.metadataPages(), 100 * r.titleExact());
        out.printf(Locale.ROOT, "| fundus | authors exact | %.1f%% |%n", 100 * r.authorsExact());
        out.printf(Locale.ROOT, "| fundus | date to the minute | %.1f%% |%n", 100 * r.dateExact());
    }

    /** {@code ExtractionEval --data DIR [--verbose]}: prints the scores table. */
    public static void main(String[] args) {
        Path data = null;
        boolean verbose = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data") && i + 1 < args.length) {
                data = Path.of(args[++i]);
            } else if (args[i].equals("--verbose") || args[i].equals("-v")) {
                verbose = true;
            }
        }
        if (data == null) {
            System.err.println("usage: ExtractionEval --data DIR [--verbose]");
            System.exit(2);
            return;
        }
        print(new ExtractionEval().run(data), System.out, verbose);
    }
}
