package newsflow.enrich.nlp.officials;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import newsflow.enrich.nlp.Document;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.Span;
import newsflow.enrich.nlp.places.ArticleGeoContext;
import newsflow.enrich.nlp.places.Gazetteer;
import newsflow.enrich.nlp.places.GazetteerEntry;
import newsflow.enrich.nlp.places.GazetteerPlaceRecognizer;
import newsflow.enrich.nlp.places.PlaceKind;
import newsflow.enrich.nlp.text.EditDistance;

/**
 * Links PERSON entities to watched officials and sets {@link Entity#officialId}. A person matches
 * by full name or alias (ignoring case, accents, middle initials and small spelling variants such as
 * "Volodomyr"/"Volodymyr"), or by surname alone only when the entity carries a matching title
 * ("President Trump") and the official's country fits the title or the article; a surname shared by
 * several watched officials, or without a title, matches nothing. Thread-safe.
 */
public final class OfficialMatcher {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_NAME = Pattern.compile("[^\\p{L}\\p{Nd}' -]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
  /** Words that distinguish one office from another with the same head ("Vice President" vs "President"). */
  private static final Set<String> RANK_WORDS = Set.of("vice", "deputy", "former", "ex", "acting", "assistant",
      "under", "lieutenant", "co");

  private final Watchlist watchlist;
  private final Gazetteer gazetteer;
  private final GazetteerPlaceRecognizer places;
  private final Map<String, List<Official>> byFullName = new HashMap<>();
  private final Map<String, List<Official>> bySurname = new HashMap<>();
  /** Name keys split into words, per official, computed once: spelling variants compare against them. */
  private final List<Map.Entry<Official, String[]>> nameWords = new ArrayList<>();

  public OfficialMatcher(Watchlist watchlist) {
    this(watchlist, Gazetteer.shared());
  }

  public OfficialMatcher(Watchlist watchlist, Gazetteer gazetteer) {
    this.watchlist = watchlist;
    this.gazetteer = gazetteer;
    this.places = new GazetteerPlaceRecognizer(gazetteer);
    for (Official o : watchlist.officials()) {
      List<String> names = new ArrayList<>();
      names.add(o.name());
      names.addAll(o.aliases());
      for (String n : names) {
        String k = nameKey(n);
        if (!k.isEmpty()) add(byFullName, k, o);
        String[] words = k.split(" ");
        if (words.length >= 2) nameWords.add(Map.entry(o, words));
      }
      String surname = surname(nameKey(o.name()));
      if (!surname.isEmpty()) add(bySurname, surname, o);
    }
  }

  /** The watchlist this matcher uses. */
  public Watchlist watchlist() {
    return watchlist;
  }

  /** Sets {@code officialId} on every PERSON entity that is a watched official; others are left null. */
  public void match(Document doc, List<Entity> entities) {
    if (watchlist.size() == 0) return;
    ArticleGeoContext context = null;
    for (Entity e : entities) {
      if (e.type() != EntityType.PERSON) continue;
      Official o = byName(e);
      if (o == null) {
        if (context == null) {
          context = ArticleGeoContext.of(doc.text(), places.find(doc.text()), gazetteer);
        }
        o = bySurnameAndTitle(e, context);
      }
      if (o != null) e.officialId(o.id());
    }
  }

  private Official byName(Entity e) {
    List<String> names = new ArrayList<>();
    names.add(e.name());
    for (Span m : e.mentions()) names.add(m.text());
    for (String n : names) {
      List<Official> hits = byFullName.get(nameKey(n));
      if (hits != null && hits.size() == 1) return hits.get(0);
    }
    // spelling variants: same surname and a close given name, or the reverse
    String key = nameKey(e.name());
    String[] parts = key.split(" ");
    if (parts.length < 2) return null;
    Official found = null;
    String given = parts[0];
    String last = parts[parts.length - 1];
    for (Map.Entry<Official, String[]> entry : nameWords) {
      String[] op = entry.getValue();
      String oGiven = op[0];
      String oLast = op[op.length - 1];
      boolean close = last.equals(oLast) && given.length() >= 4 && EditDistance.between(given, oGiven) <= 2
          || given.equals(oGiven) && last.length() >= 5 && Math.abs(last.length() - oLast.length()) <= 1
              && EditDistance.between(last, oLast) <= 1;
      if (close) {
        Official o = entry.getKey();
        if (found != null && found != o) return null;
        found = o;
      }
    }
    return found;
  }

  private Official bySurnameAndTitle(Entity e, ArticleGeoContext context) {
    if (e.titles().isEmpty()) return null;
    List<String> candidates = new ArrayList<>();
    candidates.add(nameKey(e.name()));
    for (Span m : e.mentions()) candidates.add(nameKey(m.text()));
    for (String n : candidates) {
      // only a bare surname (or honorific + surname) counts; another given name means another person
      String k = n.replaceFirst("^(mr|mrs|ms|miss|dr|sen|rep|gov|gen) ", "");
      if (k.contains(" ")) continue;
      List<Official> hits = bySurname.get(k);
      if (hits == null || hits.size() != 1) continue;
      Official o = hits.get(0);
      if (o.title() == null) continue;
      for (String title : e.titles()) {
        if (titlesMatch(title, o.title()) && countryFits(title, o, context)) return o;
      }
    }
    return null;
  }

  /** Whether the head of the official's title (last word, plus rank words) appears in the entity's title. */
  static boolean titlesMatch(String entityTitle, String officialTitle) {
    List<String> et = words(entityTitle);
    List<String> ot = words(officialTitle);
    if (et.isEmpty() || ot.isEmpty()) return false;
    for (String rank : RANK_WORDS) {
      if (et.contains(rank) != ot.contains(rank) && !rank.equals("former")) return false;
    }
    if (et.contains("former")) return false;
    int hits = 0;
    for (String w : ot) {
      if (w.length() > 2 && !w.equals("the") && !w.equals("and") && et.contains(w)) hits++;
    }
    String head = ot.get(ot.size() - 1);
    return et.contains(head) || hits >= 2;
  }

  private boolean countryFits(String entityTitle, Official o, ArticleGeoContext context) {
    if (o.country() == null) return true;
    String titleCountry = countryIn(entityTitle);
    if (titleCountry != null) return titleCountry.equals(o.country());
    return context.countryWeight(o.country()) > 0;
  }

  /** The country a title names ("Russian President" -> RU, "U.S. Senator" -> US), or null. */
  private String countryIn(String title) {
    for (String w : title.split("[\\s,]+")) {
      if (w.isEmpty()) continue;
      String d = gazetteer.demonymCountry(w);
      if (d != null) return d;
      for (GazetteerEntry c : gazetteer.lookup(w)) {
        if (c.kind() == PlaceKind.COUNTRY) return c.countryCode();
      }
    }
    return null;
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : nameKey(s.replace('-', ' ')).split(" ")) {
      if (!w.isEmpty()) out.add(w);
    }
    return out;
  }

  /** Lower case, accents and punctuation removed, middle initials and suffixes dropped. */
  static String nameKey(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD);
    s = MARKS.matcher(s).replaceAll("").replace('\u2019', '\'').replace('.', ' ');
    s = s.replaceAll("\"[^\"]*\"|\\([^)]*\\)", " ");
    s = NON_NAME.matcher(s).replaceAll(" ");
    s = SPACES.matcher(s.trim()).replaceAll(" ").toLowerCase(Locale.ROOT);
    String[] parts = s.split(" ");
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i];
      boolean initial = p.length() == 1 && i > 0 && i < parts.length - 1;
      if (initial || SUFFIXES.contains(p) && i == parts.length - 1 && i > 0) continue;
      if (b.length() > 0) b.append(' ');
      b.append(p);
    }
    return b.toString();
  }

  private static String surname(String key) {
    int sp = key.lastIndexOf(' ');
    return sp < 0 ? "" : key.substring(sp + 1);
  }

  private static void add(Map<String, List<Official>> map, String key, Official o) {
    List<Official> list = map.computeIfAbsent(key, k -> new ArrayList<>(1));
    if (!list.contains(o)) list.add(o);
  }
}
