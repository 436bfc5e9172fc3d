package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.HandMadeEntities.entity;
import static newsflow.enrich.nlp.quotes.HandMadeEntities.only;
import static newsflow.enrich.nlp.quotes.HandMadeEntities.person;
import static newsflow.enrich.nlp.quotes.HandMadeEntities.place;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * A relative clause or apposition between a name and the speech verb that ends in a town with its state or country,
 * or in a date with its year ("Wren Adley, who farms near Marlow Falls, Ohio, said"): the person speaks, not the
 * state, the country or the year. Made-up sentences.
 */
class QuoteClauseEndingInPlaceTest {

  @Test
  void relativeClauseEndingInTownAndState() {
    String text = "Wren Adley, who farms near Marlow Falls, Ohio, said the dam “will not hold another spring.”";
    Quote q = only(text, person(text, "e1", "Wren Adley"), place(text, "e2", "Marlow Falls"),
        place(text, "e3", "Ohio"));
    assertEquals("Wren Adley", q.speaker());
  }

  @Test
  void apposedAgeAndRetirementEndingInStateAbbreviation() {
    String text = "Kit Ramsby ran the ferry for years. Mr. Ramsby, now 79 and living in Coldharbour, Mass., said "
        + "“the river took more than the boats.”";
    Quote q = only(text, person(text, "e1", "Kit Ramsby"), place(text, "e2", "Coldharbour"));
    assertEquals("Kit Ramsby", q.speaker());
  }

  @Test
  void countryFollowedByATimePhraseIsNoSpeaker() {
    String text = "Oona Pell, who moved to Brindlemoor, France, last year, said “the rent there is half of ours.”";
    Quote q = only(text, person(text, "e1", "Oona Pell"), place(text, "e2", "Brindlemoor"),
        place(text, "e3", "France"));
    assertEquals("Oona Pell", q.speaker());
  }

  @Test
  void clauseEndingInAFullDate() {
    String text = "Tamsin Rook, who was hired on March 3, 2019, said “nobody told us the depot would close.”";
    Quote q = only(text, person(text, "e1", "Tamsin Rook"));
    assertEquals("Tamsin Rook", q.speaker());
  }

  @Test
  void appositionEndingInAPlaceThenARelativeClause() {
    String text = "Wren Adley, a teacher in Marlow Falls, Ohio, who lost her post, said “the school was the town.”";
    Quote q = only(text, person(text, "e1", "Wren Adley"), place(text, "e2", "Marlow Falls"),
        place(text, "e3", "Ohio"));
    assertEquals("Wren Adley", q.speaker());
  }

  @Test
  void aCompanyWithAPlantInATownSpeaks() {
    String text = "Grell Tooling, which runs a mill in Marlow Falls, Ohio, said it “will keep every job this year.”";
    Quote q = only(text, entity(text, EntityType.ORGANIZATION, "e1", "Grell Tooling"),
        place(text, "e2", "Marlow Falls"), place(text, "e3", "Ohio"));
    assertEquals("Grell Tooling", q.speaker());
  }

  // Guards: what must not change.

  @Test
  void peopleInATownWithoutANameStayUnnamed() {
    String text = "Residents in Marlow Falls, Ohio, said: “The bridge must reopen.”";
    Quote q = only(text, place(text, "e1", "Marlow Falls"), place(text, "e2", "Ohio"));
    assertNull(q.speaker());
  }

  @Test
  void aListOfTownsIsNoClause() {
    String text = "Fans from Marlow Falls, Coldharbour, Brindlemoor, said: “The ground is too small.”";
    Quote q = only(text, place(text, "e1", "Marlow Falls"), place(text, "e2", "Coldharbour"),
        place(text, "e3", "Brindlemoor"));
    assertNull(q.speaker());
  }

  @Test
  void theObjectOfAnEarlierVerbDoesNotSpeak() {
    String text = "The mayor met Oona Pell, who lives in Brindlemoor, France, and said “the bridge opens in May.”";
    Quote q = only(text, person(text, "e1", "Oona Pell"), place(text, "e2", "Brindlemoor"),
        place(text, "e3", "France"));
    assertNotEquals("Oona Pell", q.speaker());
  }
}
