package newsflow.enrich.nlp.entities;

import java.util.List;
import java.util.Locale;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityType;

/**
 * Makes an article's authors (from its metadata: byline, JSON-LD, meta tags) people of the article.
 * The extractor keeps the byline out of the body text, so an author usually has no mention; an author
 * who is also named in the text (an op-ed signed by a senator) joins that person and gains the title
 * "author".
 */
public final class Bylines {
  public static final String AUTHOR_TITLE = "author";

  private Bylines() {}

  /** Adds or tags one PERSON entity per author; {@code entities} must be mutable. */
  public static void addAuthors(List<Entity> entities, List<String> authors) {
    if (authors == null) return;
    for (String raw : authors) {
      String author = raw == null ? "" : raw.strip();
      if (author.isEmpty() || author.indexOf(' ') < 0 && author.length() < 3) continue;
      Entity same = find(entities, author);
      if (same != null) {
        same.addTitle(AUTHOR_TITLE);
        continue;
      }
      Entity e = new Entity(freshId(entities), EntityType.PERSON, author);
      e.addTitle(AUTHOR_TITLE);
      entities.add(e);
    }
  }

  /** The person named like the author: the same full name, or the same first and last word. */
  static Entity find(List<Entity> entities, String author) {
    String[] a = words(author);
    for (Entity e : entities) {
      if (e.type() != EntityType.PERSON) continue;
      if (e.name().equalsIgnoreCase(author)) return e;
      String[] n = words(e.name());
      if (a.length >= 2 && n.length >= 2 && a[0].equals(n[0]) && a[a.length - 1].equals(n[n.length - 1])) {
        return e;
      }
    }
    return null;
  }

  private static String[] words(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s-]", "").trim().split("\\s+");
  }

  private static String freshId(List<Entity> entities) {
    for (int k = entities.size() + 1; ; k++) {
      String id = "e" + k;
      if (entities.stream().noneMatch(e -> e.id().equals(id))) return id;
    }
  }
}
