package newsflow.enrich.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * One real-world person, organization or place in one article, with every mention of it.
 * {@code name} is the canonical form (the fullest name seen, e.g. "Pete Hegseth").
 */
public final class Entity {
  private final String id;
  private final EntityType type;
  private String name;
  private final List<String> titles = new ArrayList<>();
  private final List<Span> mentions = new ArrayList<>();
  private String officialId;
  private final List<OfficialEvidence> officialEvidence = new ArrayList<>();

  public Entity(String id, EntityType type, String name) {
    this.id = id;
    this.type = type;
    this.name = name;
  }

  public String id() { return id; }
  public EntityType type() { return type; }
  public String name() { return name; }
  public void name(String name) { this.name = name; }
  public List<String> titles() { return titles; }
  public List<Span> mentions() { return mentions; }
  public String officialId() { return officialId; }
  public void officialId(String officialId) { this.officialId = officialId; }
  /** The words that made this entity the watched official {@link #officialId()}, in text order. */
  public List<OfficialEvidence> officialEvidence() { return officialEvidence; }

  public void addTitle(String title) {
    if (title != null && !title.isBlank() && titles.stream().noneMatch(t -> t.equalsIgnoreCase(title))) {
      titles.add(title);
    }
  }

  public void addMention(Span mention) {
    for (Span m : mentions) {
      if (m.start() == mention.start() && m.end() == mention.end()) return;
    }
    mentions.add(mention);
    mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
  }

  @Override
  public String toString() {
    return type + ":" + name + titles + "x" + mentions.size();
  }
}
