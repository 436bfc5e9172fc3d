package newsflow.enrich.nlp.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import newsflow.enrich.nlp.Document;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityMention;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.Span;
import newsflow.enrich.nlp.text.EditDistance;

/**
 * Merges recognised mentions into one {@link Entity} per real-world referent per article. People:
 * a surname or an honorific form ("Mr. Hegseth") joins the full name seen with it, spelling variants
 * with the same surname and a similar given name merge ("Volodomyr" = "Volodymyr Zelenskyy"), the
 * canonical name is the fullest form; titles come from {@link TitleExtractor}, and definite
 * descriptions ("the Pentagon chief") join the person holding a matching title. Organisations and
 * places merge by normalised name. Stateless and thread-safe.
 */
public final class EntityResolver {
  private final TitleExtractor titles;
  private final Function<String, String> countryOf;

  /** A resolver without country knowledge (titles stay as written). */
  public EntityResolver() {
    this(null);
  }

  /**
   * @param countryOf the country name a word denotes ("Russian" -> "Russia"), or null; lets titles such as
   *     "Russian President" also be recorded as "President of Russia"
   */
  public EntityResolver(Function<String, String> countryOf) {
    this.titles = new TitleExtractor(countryOf);
    this.countryOf = countryOf;
  }

  /** Resolves {@code mentions} (from the recogniser) of {@code doc} into entities, in order of first mention. */
  public List<Entity> resolve(Document doc, List<EntityMention> mentions) {
    List<EntityMention> sorted = new ArrayList<>(mentions);
    sorted.sort(Comparator.comparingInt(EntityMention::start));
    TokenView view = new TokenView(doc);
    List<Person> people = new ArrayList<>();
    Map<String, Entity> others = new LinkedHashMap<>();
    List<Entity> order = new ArrayList<>();
    Map<Entity, Integer> firstSeen = new HashMap<>();
    int[] counter = {0};

    for (EntityMention m : sorted) {
      Span span = new Span(m.start(), m.end(), m.text());
      if (m.type() == EntityType.PERSON) {
        List<String> parts = nameParts(m.text());
        if (parts.isEmpty()) continue;
        Person p = findPerson(people, parts);
        if (p == null) {
          p = new Person(new Entity(nextId(counter), EntityType.PERSON, String.join(" ", parts)), parts);
          people.add(p);
          order.add(p.entity);
          firstSeen.put(p.entity, m.start());
        } else if (parts.size() > p.parts.size()) {
          p.parts = parts;
          p.entity.name(String.join(" ", parts));
        }
        p.entity.addMention(span);
        p.lastSeen = m.start();
        for (String t : titles.titlesOf(view, m.start(), m.end())) p.entity.addTitle(t);
      } else {
        String key = m.type() + ":" + placeKey(m.type(), m.text());
        Entity e = others.get(key);
        if (e == null) {
          e = new Entity(nextId(counter), m.type(), displayName(m.text()));
          others.put(key, e);
          order.add(e);
          firstSeen.put(e, m.start());
        }
        e.addMention(span);
      }
    }
    mergeSurnameOnlyPeople(people, order);
    titles.resolveDescriptions(view, people.stream().map(p -> p.entity).filter(order::contains).toList());
    return order;
  }

  private static String nextId(int[] counter) {
    return "e" + (++counter[0]);
  }

  /** A person seen only by surname before (or without) the full name joins the one full name with it. */
  private static void mergeSurnameOnlyPeople(List<Person> people, List<Entity> order) {
    for (Person single : people) {
      if (single.parts.size() != 1 || !order.contains(single.entity)) continue;
      Person target = null;
      int count = 0;
      for (Person full : people) {
        if (full == single || full.parts.size() < 2 || !order.contains(full.entity)) continue;
        if (sameWord(last(full.parts), single.parts.get(0))) {
          target = full;
          count++;
        }
      }
      if (count == 1) {
        for (Span s : single.entity.mentions()) target.entity.addMention(s);
        for (String t : single.entity.titles()) target.entity.addTitle(t);
        order.remove(single.entity);
      }
    }
  }

  private static Person findPerson(List<Person> people, List<String> parts) {
    Person best = null;
    for (Person p : people) {
      if (!compatible(p.parts, parts)) continue;
      if (best == null || p.lastSeen > best.lastSeen) best = p;
    }
    return best;
  }

  /** Same surname (or a one-letter variant of a long one) and compatible given names. */
  static boolean compatible(List<String> a, List<String> b) {
    String la = last(a);
    String lb = last(b);
    boolean sameSurname = sameWord(la, lb)
        || la.length() >= 6 && lb.length() >= 6 && EditDistance.between(lower(la), lower(lb)) <= 1;
    if (!sameSurname) return false;
    if (a.size() == 1 || b.size() == 1) return sameWord(la, lb);
    String fa = a.get(0);
    String fb = b.get(0);
    if (sameWord(fa, fb)) return true;
    if (isInitial(fa) || isInitial(fb)) return Character.toLowerCase(fa.charAt(0)) == Character.toLowerCase(fb.charAt(0));
    int d = EditDistance.between(lower(fa), lower(fb));
    return d <= Math.max(1, Math.min(fa.length(), fb.length()) / 4) && sameWord(la, lb)
        || d <= 1;
  }

  private static boolean isInitial(String w) {
    return w.length() <= 2 && (w.length() == 1 || w.charAt(1) == '.');
  }

  private static boolean sameWord(String a, String b) {
    return a.equalsIgnoreCase(b);
  }

  private static String last(List<String> parts) {
    return parts.get(parts.size() - 1);
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** The words of a person's name without possessive endings or suffixes like "Jr.". */
  static List<String> nameParts(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.replace('\u2019', '\'').trim().split("\\s+")) {
      if (w.isEmpty()) continue;
      if (w.endsWith("'s")) w = w.substring(0, w.length() - 2);
      else if (w.endsWith("'")) w = w.substring(0, w.length() - 1);
      if (w.equals("'s") || w.isEmpty()) continue;
      String l = w.toLowerCase(Locale.ROOT);
      if (l.equals("jr.") || l.equals("jr") || l.equals("sr.") || l.equals("sr") || l.equals(",")) continue;
      out.add(w);
    }
    return out;
  }

  /** Organisation/place key: case-insensitive, without a leading "the", possessive or surrounding spaces. */
  static String orgKey(String text) {
    String s = text.replace('\u2019', '\'').replaceAll("\\s+", " ").trim();
    if (s.endsWith("'s")) s = s.substring(0, s.length() - 2);
    String l = s.toLowerCase(Locale.ROOT);
    if (l.startsWith("the ")) l = l.substring(4);
    return l;
  }

  /**
   * Places that name the same country merge ("U.S.", "United States", "America" are one place): their
   * key is the country's name; other names key by {@link #orgKey}.
   */
  private String placeKey(EntityType type, String text) {
    String key = orgKey(text);
    if (type != EntityType.PLACE || countryOf == null) return key;
    String country = countryOf.apply(displayName(text));
    String shown = displayName(text);
    if (country == null || shown.isEmpty() || !Character.isUpperCase(shown.charAt(0))) return key;
    return "country:" + country.toLowerCase(Locale.ROOT);
  }

  private static String displayName(String text) {
    String s = text.replaceAll("\\s+", " ").trim();
    if (s.endsWith("'s") || s.endsWith("\u2019s")) s = s.substring(0, s.length() - 2).trim();
    return s;
  }

  /** A person being resolved: the entity and its fullest name so far. */
  static final class Person {
    final Entity entity;
    List<String> parts;
    int lastSeen;

    Person(Entity entity, List<String> parts) {
      this.entity = entity;
      this.parts = parts;
    }
  }
}
