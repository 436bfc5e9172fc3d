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
 * Scores the extractor on the public extraction benchmarks exactly as the evaluation README defines, per set:
 * article-body P/R/F1 over 4-gram multisets and the pages with F1 below 0.5 ("failures") on
 * {@code scrapinghub/}, {@code l3s-gn1/} and {@code fundus/} (whose gold body is summary, section headlines and
 * paragraphs), and on {@code fundus/} the share of exact titles (also after folding quote and dash typography),
 * author sets and publishing dates (to the minute). Used by {@code newsflow eval extraction}.
 */
public final class ExtractionEval {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter GOLD_DATE = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);
    /** A page whose body F1 is below this is a failure: the extractor returned (mostly) something else. */
    public static final double FAILURE_F1 = 0.5;
    /** The body sets in the order they are reported: folder name and display name. */
    private static final String[][] BODY_SETS = {{"scrapinghub", "scrapinghub"}, {"l3s-gn1", "l3s"}};

    /** Body score of one page. */
    public record BodyPage(String id, BodyOverlap.PageCounts counts) {
        public double precision() {
            double d = counts.tp() + counts.fp();
            return d == 0 ? 0 : counts.tp() / d;
        }

        public double recall() {
            double d = counts.tp() + counts.fn();
            return d == 0 ? 0 : counts.tp() / d;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Metadata comparison of one fundus page. */
    public record MetadataPage(String page, boolean title, boolean titleFolded, boolean authors, boolean date,
                               String expectedTitle, String actualTitle, Set<String> expectedAuthors,
                               List<String> actualAuthors, String expectedDate, Instant actualDate) {
    }

    /**
     * The scores of one set. {@code key} names its lines in {@code docs/eval-baseline.properties}
     * ({@code extraction.<key>.f1}, ...); metadata shares are NaN for sets without metadata.
     */
    public record SetResult(String key, String folder, BodyOverlap.Score body, List<BodyPage> bodyPages,
                            double titleExact, double titleFolded, double authorsExact, double dateExact,
                            List<MetadataPage> metadataPages) {
        /** Pages with body F1 below {@link #FAILURE_F1}, worst first. */
        public List<BodyPage> failures() {
            return bodyPages.stream().filter(b -> b.f1() < FAILURE_F1)
                    .sorted(java.util.Comparator.comparingDouble(BodyPage::f1)).toList();
        }

        /** Mean of the per-page F1 (the benchmark's F1 is that of the mean P and mean R: {@code body().f1()}). */
        public double meanPageF1() {
            return bodyPages.stream().mapToDouble(BodyPage::f1).average().orElse(0);
        }

        public boolean hasMetadata() {
            return !metadataPages.isEmpty();
        }
    }

    /** The scores of one evaluation run, one entry per set found. */
    public record Result(List<SetResult> sets) {
        public SetResult set(String key) {
            return sets.stream().filter(s -> s.key().equals(key)).findFirst().orElse(null);
        }

        /**
         * The numbers recorded in the baseline, by key: {@code extraction.<set>.f1}, {@code .failures} (a count,
         * lower is better) and for fundus {@code .title}, {@code .title_folded}, {@code .authors}, {@code .date}.
         */
        public Map<String, Double> measures() {
            Map<String, Double> out = new java.util.LinkedHashMap<>();
            for (SetResult s : sets) {
                String k = "extraction." + s.key() + ".";
                out.put(k + "f1", round(s.body().f1()));
                out.put(k + "failures", (double) s.failures().size());
                if (s.hasMetadata()) {
                    out.put(k + "title", round(s.titleExact()));
                    out.put(k + "title_folded", round(s.titleFolded()));
                    out.put(k + "authors", round(s.authorsExact()));
                    out.put(k + "date", round(s.dateExact()));
                }
            }
            return out;
        }

        private static double round(double v) {
            return Math.round(v * 10000) / 10000.0;
        }
    }

    private final ArticleExtractor extractor;

    public ExtractionEval() {
        this(new ArticleExtractor(false));
    }

    public ExtractionEval(ArticleExtractor extractor) {
        this.extractor = extractor;
    }

    /** Runs every set found under a directory holding {@code scrapinghub/}, {@code l3s-gn1/} and/or {@code fundus/}. */
    public Result run(Path dataDir) {
        List<SetResult> sets = new ArrayList<>();
        for (String[] set : BODY_SETS) {
            Path dir = dataDir.resolve(set[0]);
            if (Files.isDirectory(dir)) {
                List<BodyPage> body = scoreBodies(dir);
                sets.add(new SetResult(set[1], set[0], aggregate(body), body, Double.NaN, Double.NaN, Double.NaN,
                        Double.NaN, List.of()));
            }
        }
        Path fundus = dataDir.resolve("fundus");
        if (Files.isDirectory(fundus)) {
            List<BodyPage> body = new ArrayList<>();
            List<MetadataPage> metadata = scoreFundus(fundus, body);
            int m = metadata.size();
            sets.add(new SetResult("fundus", "fundus", aggregate(body), body,
                    share(metadata.stream().filter(MetadataPage::title).count(), m),
                    share(metadata.stream().filter(MetadataPage::titleFolded).count(), m),
                    share(metadata.stream().filter(MetadataPage::authors).count(), m),
                    share(metadata.stream().filter(MetadataPage::date).count(), m), metadata));
        }
        if (sets.isEmpty()) {
            throw new IllegalArgumentException("no scrapinghub/, l3s-gn1/ or fundus/ under " + dataDir);
        }
        return new Result(sets);
    }

    private static BodyOverlap.Score aggregate(List<BodyPage> pages) {
        return BodyOverlap.aggregate(pages.stream().map(BodyPage::counts).toList());
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
     * {@code <Publisher>_<date>.html.gz} pages (sorted by name) one to one. Body scores go to {@code bodies}.
     */
    public List<MetadataPage> scoreFundus(Path dir, List<BodyPage> bodies) {
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
                String name = page.getParent().getFileName() + "/" + page.getFileName();
                ExtractedArticle a;
                try {
                    a = extractor.extract(decode(page), null);
                } catch (ExtractionException e) {
                    a = new ExtractedArticle(null, null, null, List.of(), null, null, null, List.of(), List.of(), List.of());
                }
                out.add(compare(name, a, gold));
                String goldBody = fundusBody(gold.path("body"));
                if (!goldBody.isBlank()) {
                    bodies.add(new BodyPage(name, BodyOverlap.page(a.text(), goldBody)));
                }
            }
        }
        return out;
    }

    /** A fundus gold body: the summary, then each section's headline and paragraphs, one per line. */
    static String fundusBody(JsonNode body) {
        StringBuilder sb = new StringBuilder();
        body.path("summary").forEach(n -> sb.append(n.asText()).append('\n'));
        for (JsonNode section : body.path("sections")) {
            section.path("headline").forEach(n -> sb.append(n.asText()).append('\n'));
            section.path("paragraphs").forEach(n -> sb.append(n.asText()).append('\n'));
        }
        return sb.toString();
    }

    private static MetadataPage compare(String page, ExtractedArticle a, JsonNode gold) {
        String expectedTitle = gold.path("title").asText(null);
        boolean title = expectedTitle != null && a.title() != null
                && normalizeSpace(expectedTitle).equals(normalizeSpace(a.title()));
        boolean titleFolded = expectedTitle != null && a.title() != null
                && foldTypography(expectedTitle).equals(foldTypography(a.title()));
        Set<String> expectedAuthors = new HashSet<>();
        gold.path("authors").forEach(n -> expectedAuthors.add(normalizeSpace(n.asText())));
        Set<String> actualAuthors = new HashSet<>();
        a.authors().forEach(n -> actualAuthors.add(normalizeSpace(n)));
        boolean authors = expectedAuthors.equals(actualAuthors);
        String expectedDate = gold.path("publishing_date").asText(null);
        Instant goldInstant = parseGoldDate(expectedDate);
        boolean date = goldInstant != null && a.publishedAt() != null
                && goldInstant.truncatedTo(ChronoUnit.MINUTES).equals(a.publishedAt().truncatedTo(ChronoUnit.MINUTES));
        return new MetadataPage(page, title, titleFolded, authors, date,
                expectedTitle, a.title(), expectedAuthors, a.authors(), expectedDate, a.publishedAt());
    }

    /** Whitespace normalised and quote/dash typography folded: curly quotes to straight ones, dashes to '-'. */
    static String foldTypography(String s) {
        return normalizeSpace(s).replaceAll("[\u2018\u2019\u201A\u201B\u2032\u00B4`]", "'")
                .replaceAll("[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]", "\"")
                .replaceAll("[\u2010-\u2015\u2212]", "-");
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

    /** Prints the result as one table; {@code verbose} also lists failures, metadata misses and pages below 0.95. */
    public static void print(Result r, PrintStream out, boolean verbose) {
        print(r, out, verbose, null);
    }

    /**
     * Prints the result as one table; with {@code baseline} (key -> recorded value, nullable) each number is shown
     * beside its recorded value.
     */
    public static void print(Result r, PrintStream out, boolean verbose, Map<String, Double> baseline) {
        if (verbose) {
            for (SetResult s : r.sets()) {
                for (BodyPage b : s.failures()) {
                    out.printf(Locale.ROOT, "FAILURE %s %s F1=%.3f P=%.3f R=%.3f%n", s.key(), b.id(), b.f1(), b.precision(), b.recall());
                }
            }
            for (SetResult s : r.sets()) {
                for (BodyPage b : s.bodyPages()) {
                    if (b.f1() >= FAILURE_F1 && (b.precision() < 0.95 || b.recall() < 0.95)) {
                        out.printf(Locale.ROOT, "body %s %s F1=%.3f P=%.3f R=%.3f%n", s.key(), b.id(), b.f1(), b.precision(), b.recall());
                    }
                }
                for (MetadataPage m : s.metadataPages()) {
                    if (!m.title() || !m.authors() || !m.date()) {
                        out.printf("%-45s %s%s%s%n", m.page(),
                                m.title() ? "" : (m.titleFolded() ? "TITLE-TYPOGRAPHY[" : "TITLE[") + m.expectedTitle() + " | " + m.actualTitle() + "] ",
                                m.authors() ? "" : "AUTHORS[" + m.expectedAuthors() + " | " + m.actualAuthors() + "] ",
                                m.date() ? "" : "DATE[" + m.expectedDate() + " | " + m.actualDate() + "]");
                    }
                }
            }
        }
        Map<String, Double> measures = r.measures();
        boolean withBase = baseline != null;
        out.println(withBase ? "| set | pages | metric | value | baseline |" : "| set | pages | metric | value |");
        out.println(withBase ? "|---|---|---|---|---|" : "|---|---|---|---|");
        for (SetResult s : r.sets()) {
            String k = "extraction." + s.key() + ".";
            int n = s.bodyPages().size();
            row(out, s.key(), n, "body precision", fmt(s.body().precision()), null, baseline);
            row(out, s.key(), n, "body recall", fmt(s.body().recall()), null, baseline);
            row(out, s.key(), n, "body F1", fmt(s.body().f1()), k + "f1", baseline);
            row(out, s.key(), n, "mean page F1", fmt(s.meanPageF1()), null, baseline);
            row(out, s.key(), n, "failures (page F1 < 0.5)", String.valueOf(s.failures().size()), k + "failures", baseline);
            if (s.hasMetadata()) {
                int m = s.metadataPages().size();
                row(out, s.key(), m, "title exact", pct(s.titleExact()), k + "title", baseline);
                row(out, s.key(), m, "title, quotes/dashes folded", pct(s.titleFolded()), k + "title_folded", baseline);
                row(out, s.key(), m, "authors exact", pct(s.authorsExact()), k + "authors", baseline);
                row(out, s.key(), m, "date to the minute", pct(s.dateExact()), k + "date", baseline);
            }
        }
        if (withBase) {
            for (Map.Entry<String, Double> e : measures.entrySet()) {
                Double b = baseline.get(e.getKey());
                if (b != null && drop(e.getKey(), e.getValue(), b)) {
                    out.printf(Locale.ROOT, "DROP %s %.4f (baseline %.4f)%n", e.getKey(), e.getValue(), b);
                }
            }
        }
    }

    /** More than 0.01 worse than the recorded value; for the failure count any rise is a drop. */
    public static boolean drop(String key, double measured, double baseline) {
        if (key.endsWith(".failures")) {
            return measured > baseline;
        }
        return measured < baseline - 0.01 - 1e-9;
    }

    private static void row(PrintStream out, String set, int pages, String metric, String value, String key,
                            Map<String, Double> baseline) {
        if (baseline == null) {
            out.printf("| %s | %d | %s | %s |%n", set, pages, metric, value);
        } else {
            Double b = key == null ? null : baseline.get(key);
            String base = b == null ? "" : key.endsWith(".failures") ? String.valueOf(b.intValue())
                    : key.endsWith(".f1") ? fmt(b) : pct(b);
            out.printf("| %s | %d | %s | %s | %s |%n", set, pages, metric, value, base);
        }
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * v);
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
