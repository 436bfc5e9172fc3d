package newsflow.enrich.nlp;

import java.util.Locale;

/**
 * Words of an article that name a watched official, and the rule that accepted them: the span covers
 * the matched words, with the title when the title was part of the evidence ("President Trump").
 */
public record OfficialEvidence(Span span, Rule rule) {

  /** Why a span counts as naming the official; see docs/places-officials.md. */
  public enum Rule {
    /** The official's full name as the watchlist writes it ("Keir Starmer", "Abdallah II"). */
    FULL_NAME,
    /** Another full name the watchlist lists: alias, nickname, transliteration ("Benjamin Netanyahu"). */
    ALIAS,
    /** The official's own title right before their family name ("Prime Minister Starmer", "Sen. Murphy"). */
    TITLE_AND_FAMILY_NAME,
    /** The family name alone, after the official was named in full in the same article ("Mr. Starmer"). */
    FAMILY_NAME_AFTER_FULL_NAME,
    /**
     * The family name of the one watched head of state or government who has it, naming their government
     * ("the Starmer government", "the Trump administration").
     */
    HEAD_OF_GOVERNMENT_BY_FAMILY_NAME,
    /**
     * The office alone with its country, in an article published while the official held it ("the Ruritanian
     * prime minister", "Ruritania's new president"); see {@code officials.TitleReferences}.
     */
    TITLE_OF_OFFICE;

    /** The rule in words, for messages: "title and family name". */
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }
}
