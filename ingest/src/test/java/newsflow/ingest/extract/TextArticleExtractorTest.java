package newsflow.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextArticleExtractorTest {
    private static final TextArticleExtractor EXTRACTOR = new TextArticleExtractor();

    private static String resource(String name) throws IOException {
        try (InputStream in = TextArticleExtractorTest.class.getResourceAsStream("/extract/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void extractsTheSeedArticleExactly() throws IOException {
        String raw = resource("hegseth-nato.txt");
        JsonNode gold = new ObjectMapper().readTree(resource("hegseth-nato.gold.json")).get("article");
        ExtractedArticle a = EXTRACTOR.extract(raw, "hegseth-nato.txt");

        assertEquals(List.of("Mike Glenn"), a.authors());
        assertEquals(gold.get("publisher").asText(), a.publisher());
        assertEquals(Instant.parse(gold.get("published").asText() + "T00:00:00Z"), a.publishedAt());
        assertEquals(gold.get("language").asText(), a.language());
        List<String> headings = new ArrayList<>();
        gold.get("section_headings").forEach(h -> headings.add(h.asText()));
        assertEquals(headings, a.headings());
        List<String> images = new ArrayList<>();
        gold.get("images").forEach(i -> images.add(i.asText()));
        assertEquals(images, a.images().stream().map(ExtractedImage::url).toList());

        // every line of the file except the byline and the two image lines, in order, one paragraph each
        List<String> expected = raw.lines().map(String::strip).filter(l -> !l.isEmpty())
                .filter(l -> !l.startsWith("By Mike Glenn") && !l.startsWith("![")).toList();
        assertEquals(expected, a.paragraphs());
        assertEquals(String.join("\n\n", expected), a.text());
        assertFalse(a.text().contains("!["), "no image markup in the text");
        assertFalse(a.text().contains("wmal.com"), "no image URL in the text");
        assertFalse(a.text().contains("By Mike Glenn"), "the byline is not body text");
    }

    @Test
    void readsMarkdownTitleHeadingsImagesAndLinks() {
        String md = "# Storm hits the coast\n\nBy Ann Smith, Coastal Herald, 4 March 2024\n\n"
                + "High winds tore through the harbour on Monday, damaging boats and closing the port for a day.\n\n"
                + "![Waves over the pier](https://img.example.com/pier.jpg)\n\n"
                + "## Clean-up begins\n\n"
                + "Crews worked through the night, the **harbour master** said, according to [the city](https://city.example).\n";
        ExtractedArticle a = EXTRACTOR.extract(md, "storm.md");
        assertEquals("Storm hits the coast", a.title());
        assertEquals(List.of("Ann Smith"), a.authors());
        assertEquals("Coastal Herald", a.publisher());
        assertEquals(Instant.parse("2024-03-04T00:00:00Z"), a.publishedAt());
        assertEquals(List.of("Clean-up begins"), a.headings());
        assertEquals(List.of(new ExtractedImage("https://img.example.com/pier.jpg", "Waves over the pier")), a.images());
        assertEquals("Crews worked through the night, the harbour master said, according to the city.",
                a.paragraphs().get(a.paragraphs().size() - 1));
    }

    @Test
    void joinsHardWrappedMarkdownParagraphs() {
        String md = "The harbour reopened on Tuesday after two days of repairs\nto the pier, the port authority said.\n\n"
                + "## Costs\n\nThe repairs cost more than expected,\naccording to the city.\n";
        ExtractedArticle a = EXTRACTOR.extract(md, "wrapped.md");
        assertEquals(List.of("The harbour reopened on Tuesday after two days of repairs to the pier, the port authority said.",
                "Costs", "The repairs cost more than expected, according to the city."), a.paragraphs());
        assertEquals(List.of("Costs"), a.headings());
    }

    @Test
    void leavesMetadataEmptyWithoutAByline() {
        ExtractedArticle a = EXTRACTOR.extract("A short note.\nIt has two sentences on two lines.", "note.txt");
        assertTrue(a.authors().isEmpty());
        assertNull(a.publisher());
        assertNull(a.publishedAt());
        assertEquals(2, a.paragraphs().size());
    }

    @Test
    void readsTheSeedFromAFileAndAGzippedHtmlFile(@TempDir Path dir) throws IOException {
        Path txt = dir.resolve("seed.txt");
        Files.writeString(txt, resource("hegseth-nato.txt"));
        ExtractedArticle a = new FileArticleReader().read(txt, null);
        assertEquals("The Washington Times", a.publisher());
        assertTrue(a.url().startsWith("file:"), a.url());

        Path gz = dir.resolve("page.html.gz");
        String html = "<html><head><meta charset=\"iso-8859-1\"><title>Caf\u00e9 opens</title></head><body><article>"
                + "<p>The caf\u00e9 on the main square opened on Monday, serving cr\u00eapes and coffee to a long queue of customers.</p>"
                + "</article></body></html>";
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(html.getBytes(StandardCharsets.ISO_8859_1));
        }
        ExtractedArticle h = new FileArticleReader().read(gz, "https://example.com/cafe");
        assertEquals("https://example.com/cafe", h.url());
        assertTrue(h.text().contains("caf\u00e9 on the main square"), h.text());
    }
}
