package newsflow.enrich.nlp.entities;

import java.util.List;
import java.util.Locale;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityType;

/**
 * Marks the people of an article who are also its authors (from its metadata: byline, JSON-LD, meta
 * tags) with the title "author". An author the body never names is not a person of the article: the
 * extractor keeps the byline out of the body text, and a reporter who only signs a story is not one of
 * the people it is about (the authors stay in the article's metadata).
 */
public final class Bylines {
  public static final String AUTHOR_TITLE = "author";

  private Bylines() {}

  /** Gives the title "author" to each person of {@code entities} named like one of {@code authors}. */
  public static void markAuthors(List<Entity> entities, List<String> authors) {
    if (authors == null) return;
    for (String raw : authors) {
      String author = raw == null ? "" : raw.strip();
      if (author.isEmpty() || author.indexOf(' ') < 0 && author.length() < 3) continue;
      Entity same = find(entities, author);
      if (same != null) same.addTitle(AUTHOR_TITLE);
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
}
