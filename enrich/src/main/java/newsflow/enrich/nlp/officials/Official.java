package newsflow.enrich.nlp.officials;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A watched official: stable id, canonical name, other full names they go by (aliases, nicknames,
 * transliterations), their title ("Defense Secretary"), ISO 3166-1 alpha-2 country (nullable for
 * international posts) and the family names by which news names them alone ("Netanyahu"; "Xi" for Xi
 * Jinping). An empty {@code family} means "the last word of the name"; {@link #NO_FAMILY_NAME} marks a
 * name that has none (a monarch's regnal name: only the full name or an alias matches). {@code middle} lists the
 * middle names or initials the name does not show ("Neely" for a "John Kennedy"; empty when unknown): a mention
 * whose middle name or initial contradicts them and the name's own middle words names someone else.
 * {@code since} is the day the official took the office of {@code title} (null when unknown): only an article
 * published on or after it can mean them by the title alone ("the Ruritanian prime minister").
 */
public record Official(String id, String name, List<String> aliases, String title, String country, List<String> family,
    List<String> middle, LocalDate since) {
  /** The {@code family} of an official whose name has no family name ("Abdallah II", "Leo XIV"). */
  public static final List<String> NO_FAMILY_NAME = List.of("");

  public Official {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    family = family == null ? List.of() : List.copyOf(family);
    middle = middle == null ? List.of() : List.copyOf(middle);
  }

  /** An official whose day of taking office is not recorded. */
  public Official(String id, String name, List<String> aliases, String title, String country, List<String> family,
      List<String> middle) {
    this(id, name, aliases, title, country, family, middle, null);
  }

  /** An official without recorded middle names beyond those in {@code name}. */
  public Official(String id, String name, List<String> aliases, String title, String country, List<String> family) {
    this(id, name, aliases, title, country, family, List.of(), null);
  }

  /** An official whose family name is the last word of their name. */
  public Official(String id, String name, List<String> aliases, String title, String country) {
    this(id, name, aliases, title, country, List.of(), List.of(), null);
  }
}
