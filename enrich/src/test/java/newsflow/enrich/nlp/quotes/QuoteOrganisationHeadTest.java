package newsflow.enrich.nlp.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.Quote;
import newsflow.enrich.nlp.Span;
import newsflow.enrich.nlp.text.TextPipeline;
import org.junit.jupiter.api.Test;

/**
 * "the bank said" for the one organisation named before whose name has "bank" as its head word, and "the
 * Minister said" read like "the minister said".
 */
class QuoteOrganisationHeadTest {

  private static Quote lastQuote(String text, Entity... entities) {
    List<Quote> qs = new QuoteAttributor().attribute(TextPipeline.instance().process(text),
        new ArrayList<>(Arrays.asList(entities)));
    return qs.get(qs.size() - 1);
  }

  private static Entity entity(String text, String id, EntityType type, String name, String... forms) {
    Entity e = new Entity(id, type, name);
    for (String f : forms) {
      for (int i = text.indexOf(f); i >= 0; i = text.indexOf(f, i + 1)) e.addMention(Span.of(text, i, i + f.length()));
    }
    return e;
  }

  private static Entity org(String text, String id, String name) {
    return entity(text, id, EntityType.ORGANIZATION, name, name);
  }

  @Test
  void pluralNameWordIsTheSingularHead() {
    String text = "Northwind Airlines cut three routes.\n\n“We follow every rule there is,” said the airline.";
    assertEquals("Northwind Airlines", lastQuote(text, org(text, "e1", "Northwind Airlines")).speaker());
  }

  @Test
  void lastWordOfTheNameIsTheHead() {
    String text = "Harbor Bank would not talk at first. “We never discuss clients,” the bank said.";
    assertEquals("Harbor Bank", lastQuote(text, org(text, "e1", "Harbor Bank")).speaker());
    String uni = "Kestrel University opened an inquiry. “We take this very seriously,” the university said.";
    assertEquals("Kestrel University", lastQuote(uni, org(uni, "e1", "Kestrel University")).speaker());
    String club = "Dunmore Rovers Football Club let its coach go. “We thank him,” the club said on Monday.";
    assertEquals("Dunmore Rovers Football Club",
        lastQuote(club, org(club, "e1", "Dunmore Rovers Football Club")).speaker());
  }

  @Test
  void wordBeforeOfOrForIsTheHead() {
    String text = "The Society for the Care of Marsh Birds counted nests.\n\n“Numbers keep falling,” the society said.";
    assertEquals("Society for the Care of Marsh Birds",
        lastQuote(text, org(text, "e1", "Society for the Care of Marsh Birds")).speaker());
    String bank = "The Bank of Ruritania held rates. “Prices remain too high,” the bank said.";
    assertEquals("Bank of Ruritania", lastQuote(bank, org(bank, "e1", "Bank of Ruritania")).speaker());
  }

  @Test
  void modifierFromTheNameIsAllowed() {
    String text = "Harbor Bank cut its rates. “We had no choice,” the Harbor bank said.";
    assertEquals("Harbor Bank", lastQuote(text, org(text, "e1", "Harbor Bank")).speaker());
  }

  @Test
  void institutionNamedAsAPlaceSpeaks() {
    String text = "St Brigid's Hospital reopened its ward. “Patients are safe,” the hospital said.";
    Entity hospital = entity(text, "e1", EntityType.PLACE, "St Brigid's Hospital", "St Brigid's Hospital");
    assertEquals("St Brigid's Hospital", lastQuote(text, hospital).speaker());
  }

  @Test
  void schoolNamedByNoEntityIsFoundByItsName() {
    String text = "Greenfield School closed early on Tuesday. “The boiler failed,” the school said.";
    assertEquals("Greenfield School", lastQuote(text).speaker());
  }

  @Test
  void twoOrganisationsWithTheHeadLeaveItUnresolved() {
    String text = "Harbor Bank and Lakeside Bank both cut rates. “We had no choice,” the bank said.";
    assertNull(lastQuote(text, org(text, "e1", "Harbor Bank"), org(text, "e2", "Lakeside Bank")).speaker());
  }

  @Test
  void anotherNameWithTheHeadThatIsNoEntityBlocksIt() {
    String text = "Harbor Bank cut rates, according to Lakeside Bank. “We had no choice,” the bank said.";
    assertNull(lastQuote(text, org(text, "e1", "Harbor Bank")).speaker());
  }

  @Test
  void headNotInTheNameIsNotResolved() {
    String text = "Dunmore Rovers let its coach go. “We thank him,” the club said on Monday.";
    assertNull(lastQuote(text, org(text, "e1", "Dunmore Rovers")).speaker());
    // "FC" is no head word, but it shows the kind: the club is found as the last organisation of its kind
    // (QuoteKindNameWordsTest).
    String fc = "Dunmore Rovers FC let its coach go. “We thank him,” the club said on Monday.";
    assertEquals("Dunmore Rovers FC", lastQuote(fc, org(fc, "e1", "Dunmore Rovers FC")).speaker());
  }

  @Test
  void pluralIndefiniteAndModifiedDescriptionsAreNotResolved() {
    String plural = "Harbor Bank cut rates. “We had no choice,” the banks said.";
    assertNull(lastQuote(plural, org(plural, "e1", "Harbor Bank")).speaker());
    String indefinite = "Harbor Bank cut rates. “We had no choice,” a bank said.";
    assertNull(lastQuote(indefinite, org(indefinite, "e1", "Harbor Bank")).speaker());
    String modified = "Harbor Bank cut rates. “We had no choice,” the central bank said.";
    assertNull(lastQuote(modified, org(modified, "e1", "Harbor Bank")).speaker());
  }

  @Test
  void anUnnamedOrganisationOfThatKindStaysUnnamed() {
    String text = "Harbor Bank cut rates. A rival bank disagreed. “That was too early,” the bank said.";
    assertNull(lastQuote(text, org(text, "e1", "Harbor Bank")).speaker());
  }

  @Test
  void placeWordsAreNoHeads() {
    String text = "The Green House on Elm Road issued a notice. “We are closed,” the house said.";
    assertNull(lastQuote(text, org(text, "e1", "Green House")).speaker());
  }

  @Test
  void nameOnlyInsideQuotesOrLongAgoIsNotUsed() {
    String quoted = "“Harbor Bank cut rates,” said Tom Reed. “We had no choice,” the bank said.";
    assertNull(lastQuote(quoted, org(quoted, "e1", "Harbor Bank"),
        entity(quoted, "e2", EntityType.PERSON, "Tom Reed", "Tom Reed")).speaker());
    String far = "Harbor Bank cut rates.\n\nPrices rose.\n\nShares fell.\n\nTraders shrugged.\n\nAnalysts shrugged.\n\n"
        + "“We had no choice,” the bank said.";
    assertNull(lastQuote(far, org(far, "e1", "Harbor Bank")).speaker());
  }

  @Test
  void capitalisedTitleAfterTheIsReadAsTheTitle() {
    String text = "Immigration Minister Dana Whitfield said the man would leave.\n\n"
        + "“He will be sent home,” the Minister said.";
    Entity minister = entity(text, "e1", EntityType.PERSON, "Dana Whitfield", "Dana Whitfield");
    minister.addTitle("Immigration Minister");
    assertEquals("Dana Whitfield", lastQuote(text, minister).speaker());
  }

  @Test
  void capitalisedTitleWithNoHolderStaysUnresolved() {
    String text = "Dana Whitfield said the man would leave.\n\n“He will be sent home,” the Minister said.";
    assertNull(lastQuote(text, entity(text, "e1", EntityType.PERSON, "Dana Whitfield", "Dana Whitfield")).speaker());
  }

  @Test
  void organisationNamedAloneIsTheItOfItsNextQuote() {
    String text = "Acme said it had moved the launch date. “We shifted the timing,” it said.";
    assertEquals("Acme", lastQuote(text, org(text, "e1", "Acme")).speaker());
  }
}
