package newsflow.enrich.nlp.quotes;

import static newsflow.enrich.nlp.quotes.PipelineQuotes.quote;
import static newsflow.enrich.nlp.quotes.PipelineQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsflow.enrich.nlp.Quote;
import org.junit.jupiter.api.Test;

/**
 * A description as speaker that names the one person the article introduced with its noun: an occupation or status
 * in no word list ("the beekeeper", "the retired ferryman"), introduced in apposition, right before the name or as
 * a predicate ("Oda Fenn is a beekeeper"), and a party noun ("the Democrat") shown like a nationality. Made-up
 * articles through the whole pipeline, with what must stay unnamed: two people introduced so, nobody introduced so,
 * an unnamed holder of the noun, a contrastive modifier.
 */
class QuoteIntroducedDescriptionTest {

  @Test
  void aNounInAnAppositionWithAnAgeNamesThatPerson() {
    List<Quote> qs = quotes("Hives along the canal have been emptied by a mite this spring.\n\n"
        + "Oda Fenn, 61, a retired beekeeper, counted the losses on Saturday. She blames the wet winter.\n\n"
        + "\"Half the colonies never woke up,\" the beekeeper said.");
    assertEquals("Oda Fenn", quote(qs, "Half the colonies").speaker());
    qs = quotes("Hives along the canal have been emptied by a mite this spring.\n\n"
        + "Oda Fenn, 61, a retired beekeeper, counted the losses on Saturday. She blames the wet winter.\n\n"
        + "\"Half the colonies never woke up,\" said the retired beekeeper.");
    assertEquals("Oda Fenn", quote(qs, "Half the colonies").speaker());
  }

  @Test
  void aNounRightBeforeTheNameNamesThatPerson() {
    List<Quote> qs = quotes("Ferryman Teodor Lusk has crossed the estuary for thirty years. The last boat leaves "
        + "on Friday.\n\n\"I will miss the fog most of all,\" the ferryman said.");
    assertEquals("Teodor Lusk", quote(qs, "I will miss the fog").speaker());
  }

  @Test
  void aPredicateNounNamesThatPerson() {
    List<Quote> qs = quotes("Teodor Lusk is a ferryman on the estuary crossing. He plans to retire in June.\n\n"
        + "\"I will miss the fog most of all,\" the ferryman said.");
    assertEquals("Teodor Lusk", quote(qs, "I will miss the fog").speaker());
    qs = quotes("Nadia Brill is a potter who works from a barn near the dunes. Her kiln broke last week.\n\n"
        + "\"The glaze cracked overnight,\" the potter told visitors.");
    assertEquals("Nadia Brill", quote(qs, "The glaze cracked").speaker());
  }

  @Test
  void aPartyNounNamesThePersonShownWithThatParty() {
    List<Quote> qs = quotes("Democrat Pia Renner blocked the water bill in committee on Wednesday. Supporters of "
        + "the bill were angry.\n\n\"It helps nobody downstream,\" the Democrat told reporters.");
    assertEquals("Pia Renner", quote(qs, "It helps nobody").speaker());
    qs = quotes("Pia Renner, a Republican who sits for the valley district, blocked the water bill in committee.\n\n"
        + "\"It helps nobody downstream,\" the Republican said.");
    assertEquals("Pia Renner", quote(qs, "It helps nobody").speaker());
  }

  @Test
  void twoPeopleIntroducedWithTheNounLeaveItUnnamed() {
    List<Quote> qs = quotes("Oda Fenn, a beekeeper, and Lars Tovik, a beekeeper from the hills, met the council "
        + "on Monday.\n\n\"Half the colonies never woke up,\" the beekeeper said.");
    assertNull(quote(qs, "Half the colonies").speaker());
    qs = quotes("Democrat Pia Renner and Democrat Hana Mott blocked the water bill in committee.\n\n"
        + "\"It helps nobody downstream,\" the Democrat told reporters.");
    assertNull(quote(qs, "It helps nobody").speaker());
  }

  @Test
  void aNounNobodyWasIntroducedWithNamesNoOne() {
    List<Quote> qs = quotes("Oda Fenn counted the losses on Saturday. The council has not replied.\n\n"
        + "\"Half the colonies never woke up,\" the beekeeper said.");
    assertNull(quote(qs, "Half the colonies").speaker());
    qs = quotes("Pia Renner blocked the water bill in committee on Wednesday.\n\n"
        + "\"It helps nobody downstream,\" the Democrat told reporters.");
    assertNull(quote(qs, "It helps nobody").speaker());
  }

  @Test
  void anUnnamedHolderOfTheNounStaysUnnamed() {
    List<Quote> qs = quotes("Oda Fenn counted the losses on Saturday. A beekeeper who keeps hives nearby agrees.\n\n"
        + "\"Half the colonies never woke up,\" the beekeeper said.");
    assertNull(quote(qs, "Half the colonies").speaker());
    qs = quotes("Oda Fenn, a beekeeper, counted the losses on Saturday. An official at the farm office replied.\n\n"
        + "\"We are testing the hives,\" the official said.");
    assertNull(quote(qs, "We are testing").speaker());
  }

  @Test
  void aContrastiveModifierOrSomeoneElseSalientLeavesItUnnamed() {
    List<Quote> qs = quotes("Oda Fenn, a beekeeper, counted the losses on Saturday.\n\n"
        + "\"Half the colonies never woke up,\" the former beekeeper said.");
    assertNull(quote(qs, "Half the colonies").speaker());
    qs = quotes("Oda Fenn, a beekeeper, counted the losses on Saturday. Lars Tovik, who sells the mite treatment, "
        + "disagrees.\n\n\"Half the colonies never woke up,\" the beekeeper said.");
    assertNull(quote(qs, "Half the colonies").speaker());
  }
}
