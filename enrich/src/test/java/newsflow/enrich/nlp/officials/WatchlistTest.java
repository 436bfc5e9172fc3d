package newsflow.enrich.nlp.officials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchlistTest {
  @TempDir Path dir;

  Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content);
    return p;
  }

  @Test
  void loadsCsvWithQuotedFieldsAndAliases() throws IOException {
    Watchlist w = Watchlist.load(write("w.csv", """
        id,name,aliases,title,country
        hegseth,Pete Hegseth,"Peter Hegseth|Peter Brian Hegseth",Defense Secretary,us
        rutte,Mark Rutte,,"NATO Secretary-General, former PM",
        """));
    assertEquals(2, w.size());
    Official h = w.byId("hegseth");
    assertEquals(List.of("Peter Hegseth", "Peter Brian Hegseth"), h.aliases());
    assertEquals("US", h.country());
    assertEquals("NATO Secretary-General, former PM", w.byId("rutte").title());
    assertEquals(null, w.byId("rutte").country());
  }

  @Test
  void loadsYamlListAndOfficialsKey() throws IOException {
    Watchlist list = Watchlist.load(write("w.yaml", """
        - id: kallas
          name: Kaja Kallas
          aliases: [Ms. Kallas]
          title: EU foreign policy chief
        - {id: zelenskyy, name: Volodymyr Zelenskyy, aliases: "Zelensky|Volodymyr Zelensky", country: UA}
        """));
    assertEquals(2, list.size());
    assertEquals(List.of("Zelensky", "Volodymyr Zelensky"), list.byId("zelenskyy").aliases());
    Watchlist keyed = Watchlist.load(write("k.yml", """
        version: 1
        officials:
          - id: rutte
            name: Mark Rutte
        """));
    assertEquals("Mark Rutte", keyed.byId("rutte").name());
  }

  @Test
  void middleNamesAreAnOptionalColumnOrKey() throws IOException {
    Watchlist csv = Watchlist.load(write("m.csv", """
        id,name,aliases,title,country,family,middle
        rendell,Tobias Rendell,,Senator,US,,Anselm Piers
        okafor,Ada Okafor,,,,,
        """));
    assertEquals(List.of("Anselm", "Piers"), csv.byId("rendell").middle());
    assertEquals(List.of(), csv.byId("okafor").middle());
    Watchlist yaml = Watchlist.load(write("m.yaml", """
        - {id: rendell, name: Tobias Rendell, middle: A.}
        - {id: okafor, name: Ada Okafor, middle: [Nneka, Chioma]}
        - {id: lind, name: Bo Lind}
        """));
    assertEquals(List.of("A."), yaml.byId("rendell").middle());
    assertEquals(List.of("Nneka", "Chioma"), yaml.byId("okafor").middle());
    assertEquals(List.of(), yaml.byId("lind").middle());
  }

  @Test
  void sinceIsAnOptionalIsoDayColumnOrKey() throws IOException {
    Watchlist csv = Watchlist.load(write("s.csv", """
        id,name,aliases,title,country,since
        varga,Ilse Varga,,Prime Minister,HU,2024-03-02
        okafor,Ada Okafor,,,,
        """));
    assertEquals(java.time.LocalDate.of(2024, 3, 2), csv.byId("varga").since());
    assertEquals(null, csv.byId("okafor").since());
    Watchlist yaml = Watchlist.load(write("s.yaml", """
        - {id: varga, name: Ilse Varga, since: 2024-03-02}
        """));
    assertEquals(java.time.LocalDate.of(2024, 3, 2), yaml.byId("varga").since());
    WatchlistException e = assertThrows(WatchlistException.class, () -> Watchlist.load(write("bad.csv", """
        id,name,since
        varga,Ilse Varga,March 2024
        """)));
    assertTrue(e.getMessage().contains("bad.csv") && e.getMessage().contains(":2") && e.getMessage().contains("since"),
        e.getMessage());
  }

  @Test
  void badCsvRowNamesFileAndLine() throws IOException {
    Path p = write("bad.csv", "id,name,aliases,title,country\nok,Fine Person,,,\nbroken,,,,\n");
    WatchlistException e = assertThrows(WatchlistException.class, () -> Watchlist.load(p));
    assertEquals(3, e.line());
    assertTrue(e.getMessage().startsWith(p.toString() + ":3:"), e.getMessage());
    assertTrue(e.getMessage().contains("missing name"), e.getMessage());
  }

  @Test
  void wrongFieldCountAndBadCountryAreRejectedWithTheLine() throws IOException {
    WatchlistException fields = assertThrows(WatchlistException.class,
        () -> Watchlist.load(write("f.csv", "id,name,aliases,title,country\na,A B,,,\nb,C D\n")));
    assertEquals(3, fields.line());
    WatchlistException country = assertThrows(WatchlistException.class,
        () -> Watchlist.load(write("c.csv", "id,name,aliases,title,country\na,A B,,,Ukraine\n")));
    assertEquals(2, country.line());
    assertTrue(country.getMessage().contains("ISO 3166-1"), country.getMessage());
  }

  @Test
  void duplicateIdIsRejected() throws IOException {
    WatchlistException e = assertThrows(WatchlistException.class,
        () -> Watchlist.load(write("d.csv", "id,name,aliases,title,country\na,A B,,,\na,C D,,,\n")));
    assertEquals(3, e.line());
  }

  @Test
  void badYamlRowNamesFileAndLine() throws IOException {
    Path p = write("bad.yaml", """
        - id: a
          name: Anna Bee
        - id: b
          title: President
        """);
    WatchlistException e = assertThrows(WatchlistException.class, () -> Watchlist.load(p));
    assertEquals(3, e.line());
    assertTrue(e.getMessage().contains("bad.yaml:3"), e.getMessage());
  }

  @Test
  void missingFileIsAClearError() {
    WatchlistException e = assertThrows(WatchlistException.class, () -> Watchlist.load(dir.resolve("none.csv")));
    assertTrue(e.getMessage().contains("none.csv"));
  }

  @Test
  void defaultsHoldCleanHeadsOfStateAndCongress() {
    Watchlist d = Watchlist.defaults();
    assertTrue(d.size() > 800, "size " + d.size());
    Set<String> names = new java.util.HashSet<>();
    for (Official o : d.officials()) {
      names.add(o.name());
      assertTrue(o.name().matches("[\\p{L}][\\p{L}\\p{M} .,'’-]+"), "clean name: " + o.name());
      assertTrue(!o.name().startsWith("President ") && !o.name().startsWith("Prime ")
          && !o.name().startsWith("King ") && !o.name().contains(" of the "), "title glued to name: " + o.name());
      assertNotNull(o.country(), o.name());
    }
    assertTrue(names.contains("Volodymyr Zelenskyy"));
    assertTrue(names.contains("Keir Starmer"));
    assertTrue(names.contains("Guy Parmelin"), "title split off 'President of the Swiss Confederation'");
    assertTrue(names.contains("Xi Jinping"), "a family name that reads as a Roman numeral (XI) is a family name");
    assertTrue(names.contains("Li Qiang"));
    assertTrue(names.contains("Michael Martin"), "'Taoiseach (Prime Minister) Michael MARTIN'");
    assertTrue(names.contains("Sébastien Lecornu"), "a row without a title keeps its person");
    assertTrue(names.contains("Iona Thomas"), "'... Governor of the Pitcairn Islands Iona THOMAS'");
    Official xi = d.officials().stream().filter(o -> o.name().equals("Xi Jinping")).findFirst().orElseThrow();
    assertEquals("CN", xi.country());
    assertEquals(List.of("Xi"), xi.family(), "the family name comes first");
    Official king = d.officials().stream().filter(o -> o.name().equals("Abdallah II")).findFirst().orElseThrow();
    assertEquals(Official.NO_FAMILY_NAME, king.family());
    assertTrue(king.aliases().contains("King Abdallah"), king.aliases().toString());
    assertTrue(names.stream().noneMatch(n -> n.contains("Biden") || n.contains("Pence")), "only current officials");
    Official trump = d.officials().stream().filter(o -> o.name().equals("Donald J. Trump")).findFirst().orElseThrow();
    assertEquals("US", trump.country());
    assertEquals("President", trump.title());
    assertEquals(List.of("J."), trump.middle(), "middle names come from congress-legislators");
    assertEquals(java.time.LocalDate.of(2025, 1, 20), trump.since(), "the current term's start");
    assertEquals(java.time.LocalDate.of(2013, 3, 14), xi.since(), "the Factbook's 'since'");
  }

  /**
   * No Factbook row is lost: every name the Factbook marks by capitals (its family-name convention) is in
   * a default official's name or alias, except in the rows docs/places-officials.md lists as dropped (a
   * vacant office, notes, a former holder). Skipped without ../shared/data.
   */
  @Test
  void everyPersonOfTheFactbookRowsIsInTheDefaults() throws IOException {
    Path raw = Path.of("../../shared/data/officials/factbook/factbook_executives_raw.tsv");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(raw), "no " + raw);
    Set<String> words = new java.util.HashSet<>();
    for (Official o : Watchlist.defaults().officials()) {
      for (String n : concat(o.name(), o.aliases())) words.addAll(List.of(OfficialMatcher.key(n).split(" ")));
    }
    java.util.regex.Pattern caps = java.util.regex.Pattern.compile("(?<![\\p{L}])[\\p{Lu}][\\p{Lu}'’]+(?![\\p{L}])");
    Set<String> notNames = Set.of("UK", "US", "RN", "BFC", "GNU", "CNSP", "II", "III", "IV", "V", "VI", "X", "XIV", "XVI");
    List<String> missing = new java.util.ArrayList<>();
    int rows = 0;
    for (String line : Files.readAllLines(raw).subList(1, Files.readAllLines(raw).size())) {
      String[] f = line.split("\t");
      if (f[0].equals("xx")) continue; // a summary of the world's monarchies, no country
      rows++;
      String text = f[3].replaceAll("(?i)(former|note -|the chief officer).*?(;|$)", "");
      java.util.regex.Matcher m = caps.matcher(text);
      while (m.find()) {
        String w = m.group();
        boolean regnalOrXi = notNames.contains(w) && !(w.equals("XI") && text.contains("XI Jinping"));
        if (regnalOrXi || notNames.contains(w) && !w.equals("XI")) continue;
        if (!words.contains(OfficialMatcher.key(w))) missing.add(f[0] + " " + w);
      }
    }
    assertTrue(rows > 450, "rows " + rows);
    assertEquals(List.of(), missing);
  }

  private static List<String> concat(String name, List<String> aliases) {
    List<String> out = new java.util.ArrayList<>(aliases);
    out.add(name);
    return out;
  }
}
