package newsflow.enrich.nlp.officials;

import java.util.List;
import java.util.Objects;

/**
 * A watched official: stable id, canonical name, other names they go by, their title
 * ("Defense Secretary") and ISO 3166-1 alpha-2 country (nullable for international posts).
 */
public record Official(String id, String name, List<String> aliases, String title, String country) {
  public Official {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }
}
