package newsflow.enrich.nlp.lexicon;

import java.util.Set;
import newsflow.enrich.nlp.lexicon.GivenNames.Gender;

/**
 * Kinship and role nouns that state a person's sex when they stand beside the person's name ("his widow, Ann Lee",
 * "actress Ann Lee", "Ann Lee, their daughter,"). Lower case; shared by the entity resolver and the speaker resolver.
 */
public final class SexNouns {
  /** Nouns for a woman. */
  public static final Set<String> FEMALE = Set.of("wife", "mother", "daughter", "sister", "widow", "grandmother",
      "granddaughter", "aunt", "niece", "girlfriend", "fiancee", "stepmother", "stepdaughter", "actress",
      "businesswoman", "chairwoman", "spokeswoman", "congresswoman", "sportswoman", "policewoman", "councilwoman",
      "waitress", "heiress", "mum", "mom", "ballerina", "queen", "duchess", "princess", "countess", "baroness",
      "empress");

  /** Nouns for a man. */
  public static final Set<String> MALE = Set.of("husband", "father", "son", "brother", "widower", "grandfather",
      "grandson", "uncle", "nephew", "boyfriend", "fiance", "stepfather", "stepson", "businessman", "spokesman",
      "congressman", "sportsman", "policeman", "councilman", "dad", "king", "duke", "prince", "baron", "emperor");

  private SexNouns() {}

  /** The sex {@code lowerWord} states, or UNKNOWN. */
  public static Gender of(String lowerWord) {
    return FEMALE.contains(lowerWord) ? Gender.FEMALE : MALE.contains(lowerWord) ? Gender.MALE : Gender.UNKNOWN;
  }
}
