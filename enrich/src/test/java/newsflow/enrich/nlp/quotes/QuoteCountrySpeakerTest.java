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
 * A country named as the subject of the main clause of a quote's sentence speaks through its government
 * ("Norway said the proposal had “...”"); a country in someone else's reported clause, after a preposition, or
 * before quoted words that only name a thing is no speaker.
 */
class QuoteCountrySpeakerTest {

  private static Quote lastQuote(String text, Entity... entities) {
    List<Quote> qs = new QuoteAttributor().attribute(TextPipeline.instance().process(text),
        new ArrayList<>(Arrays.asList(entities)));
    return qs.get(qs.size() - 1);
  }

  private static Entity entity(String text, String id, EntityType type, String name) {
    Entity e = new Entity(id, type, name);
    for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      e.addMention(Span.of(text, i, i + name.length()));
    }
    return e;
  }

  private static Entity place(String text, String id, String name) {
    return entity(text, id, EntityType.PLACE, name);
  }

  @Test
  void countryAfterAFrontedPhraseIsTheSpeaker() {
    String text = "Fishing talks stall\n\nIn a written reply to the panel, Norway said that the proposal had \"no basis"
        + " in the treaty of 1905\".";
    assertEquals("Norway", lastQuote(text, place(text, "e1", "Norway")).speaker());
  }

  @Test
  void countryOpeningTheSentenceIsTheSpeaker() {
    String text = "Fishing talks stall\n\nSweden has described the new quota as \"a blow to every harbour on the"
        + " coast\".";
    assertEquals("Sweden", lastQuote(text, place(text, "e1", "Sweden")).speaker());
  }

  @Test
  void guardCountryInsideAReportedClause() {
    String text = "Fishing talks stall\n\nThe envoy said Norway would answer \"at a time of its own choosing\".";
    assertNull(lastQuote(text, place(text, "e1", "Norway")).speaker());
  }

  @Test
  void guardThingNamedByAParticiple() {
    String text = "Fishing talks stall\n\nSweden has asked about the new nets, commonly referred to as \"ghost"
        + " catchers\".";
    assertNull(lastQuote(text, place(text, "e1", "Sweden")).speaker());
  }

  @Test
  void guardQuotedWordsBeforeANoun() {
    String text = "Fishing talks stall\n\nNorway said it would keep the \"shared waters\" agreement in force.";
    assertNull(lastQuote(text, place(text, "e1", "Norway")).speaker());
  }
}
