package newsflow.enrich.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsflow.enrich.nlp.Annotation;
import newsflow.enrich.nlp.Annotator;
import newsflow.enrich.nlp.AnnotatorPipeline;
import newsflow.enrich.nlp.EntityMention;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.text.TextPipeline;
import org.junit.jupiter.api.Test;

/**
 * The entity recogniser's stages fit together (building it checks that every layer a stage reads is
 * produced before it) and run in the documented order (docs/entities.md); stages alone on made-up text.
 */
class NewsPipelineTest {
  @Test
  void theStagesAreBuiltInTheDocumentedOrder() {
    NewsEntityRecognizer r = new NewsEntityRecognizer(null, null, null); // building runs no model
    List<String> names = r.pipeline().stages().stream().map(Annotator::name).toList();
    assertEquals(List.of("PosTagger", "ModelTagger", "TokenIndexer", "ModelSpans", "UnknownPlaceWords", "TitleNames",
        "BylineNames", "DatelinePlaces", "GazetteerPlaces", "PlacePrecedence", "OverlapResolver", "ConsistentTagging",
        "Retyping", "MentionSpans"), names);
  }

  @Test
  void everyCandidateLayerTakesPartInTheOverlapResolution() {
    assertEquals(List.of(NerLayers.MODEL_MENTIONS, NerLayers.TITLE_NAMES, NerLayers.BYLINE_NAMES,
        NerLayers.DATELINE_PLACES, NerLayers.PLACE_MENTIONS), OverlapResolver.CANDIDATES);
  }

  /** Runs {@code stage} alone over the tokens of {@code text}, with {@code given} layers already there. */
  private static Annotation runAlone(String text, Annotator stage, java.util.function.Consumer<Annotation> given,
      List<newsflow.enrich.nlp.Document.Layer<?>> givenLayers) {
    TokenIndex tokens = new TokenIndex(TextPipeline.instance().process(text));
    List<newsflow.enrich.nlp.Document.Layer<?>> layers = new java.util.ArrayList<>(givenLayers);
    layers.add(0, NerLayers.TOKENS);
    return new AnnotatorPipeline(layers, List.of(stage)).run(a -> {
      a.put(NerLayers.TOKENS, tokens);
      given.accept(a);
    });
  }

  private static List<String> phrases(String text, List<Candidate> found) {
    TokenIndex d = new TokenIndex(TextPipeline.instance().process(text));
    return found.stream().map(c -> d.phrase(c.from(), c.to()) + "/" + c.type() + "/" + c.source()).toList();
  }

  @Test
  void honorificsAndTitlesBeforeCapitalisedWordsMakePeople() {
    String text = "Mr. Tolvan Reese met Foreign Minister Ilse Varga and spokesman Odo Brant on Tuesday.";
    Annotation a = runAlone(text, new TitleNames(), x -> { }, List.of());
    assertEquals(List.of("Tolvan Reese/PERSON/NEWS_CONVENTION", "Ilse Varga/PERSON/TITLE", "Odo Brant/PERSON/TITLE"),
        phrases(text, a.get(NerLayers.TITLE_NAMES)));
  }

  @Test
  void aFacilityWordAloneAfterAnHonorificIsASurname() {
    String text = "Later Mr Hall said the crews were ready, and Dr Park agreed at Lady Margaret Hall.";
    Annotation a = runAlone(text, new TitleNames(), x -> { }, List.of());
    assertEquals(List.of("Hall/PERSON/NEWS_CONVENTION", "Park/PERSON/NEWS_CONVENTION", "Margaret/PERSON/NEWS_CONVENTION"),
        phrases(text, a.get(NerLayers.TITLE_NAMES)));
  }

  @Test
  void aLowerCaseTitleNeedsAFullName() {
    String text = "The report quoted spokesman Brant on the delay.";
    assertEquals(List.of(), runAlone(text, new TitleNames(), x -> { }, List.of()).get(NerLayers.TITLE_NAMES));
  }

  @Test
  void bylinesAndDatelines() {
    String text = "By Mara Quell\n\nVELDHAM, Norland 2024-03-03 - The council met.";
    assertEquals(List.of("Mara Quell/PERSON/NEWS_CONVENTION"),
        phrases(text, runAlone(text, new BylineNames(null), x -> { }, List.of()).get(NerLayers.BYLINE_NAMES)));
    assertEquals(List.of("VELDHAM/PLACE/NEWS_CONVENTION"),
        phrases(text, runAlone(text, new DatelinePlaces(), x -> { }, List.of()).get(NerLayers.DATELINE_PLACES)));
  }

  private static List<String> bylineNames(String text) {
    BylineNames stage = new BylineNames(newsflow.enrich.nlp.places.Gazetteer.shared());
    return phrases(text, runAlone(text, stage, x -> { }, List.of()).get(NerLayers.BYLINE_NAMES)).stream()
        .map(p -> p.substring(0, p.indexOf('/'))).toList();
  }

  @Test
  void aBylineInCapitalsAndEveryAuthorOfABylineAreNames() {
    assertEquals(List.of("LENA MARIA HOLT"), bylineNames("By LENA MARIA HOLT, Staff Writer\n\nThe council met."));
    assertEquals(List.of("LENA MARIA HOLT"), bylineNames("By LENA MARIA HOLT\n\nThe council met."));
    assertEquals(List.of("ODA BRANNE", "KETIL VARG"), bylineNames("By ODA BRANNE AND KETIL VARG\n\nThe council met."));
    assertEquals(List.of("Ann Lee", "Tom Ray"), bylineNames("By Ann Lee and Tom Ray\n\nThe council met."));
    // capitals that run on, or do not end at a comma, a joiner or the paragraph's end, are no byline
    assertEquals(List.of(), bylineNames("By NATO standards the bridge was closed."));
    assertEquals(List.of(), bylineNames("By NOON ON FRIDAY THE BRIDGE WAS SHUT\n\nThe council met."));
  }

  @Test
  void aPlaceThatCannotBeTheSurnameIsCutFromTheBylineName() {
    assertEquals(List.of("Azra Malik"), bylineNames("By Azra Malik New Delhi, May 2 (Wire): The council met."));
    assertEquals(List.of("Ivo Brandt"), bylineNames("By Ivo Brandt Oslo, March 3 - The council met."));
    assertEquals(List.of("Ivo Brandt"), bylineNames("By Ivo Brandt Oslo, Jan 3 - The council met."));
    assertEquals(List.of("Ivo Brandt"), bylineNames("By Ivo Brandt Oslo\n\nIvo Brandt asked the mayor."));
    // a town that may be the surname stays
    assertEquals(List.of("Mary Ann Preston"), bylineNames("By Mary Ann Preston\n\nThe council met."));
  }

  @Test
  void modelSpansLoseTitlesAndIdioms() {
    String text = "Defense Secretary Lon Harlow thanked Uncle Sam.";
    int d = text.indexOf("Defense");
    int u = text.indexOf("Uncle");
    List<EntityMention> tags = List.of(
        new EntityMention(d, d + "Defense Secretary Lon Harlow".length(), "", EntityType.PERSON, 0.9),
        new EntityMention(u, u + "Uncle Sam".length(), "", EntityType.PERSON, 0.9));
    Annotation a = runAlone(text, new ModelSpans(), x -> x.put(NerLayers.MODEL_TAGS, tags), List.of(NerLayers.MODEL_TAGS));
    assertEquals(List.of("Lon Harlow/PERSON/MODEL"), phrases(text, a.get(NerLayers.MODEL_SPANS)));
  }

  @Test
  void aNamedPersonsSurnameBeforeOfTheOrganisationIsThePerson() {
    String text = "Wen-Li Soh of the Harbour Ledger wrote first. Soh of the Ledger reports more. Bank of the West lent.";
    List<EntityMention> tags = new java.util.ArrayList<>();
    for (String[] m : new String[][] {{"Wen-Li Soh", "PERSON"}, {"Harbour Ledger", "ORGANIZATION"},
        {"Soh of the Ledger", "ORGANIZATION"}, {"Bank of the West", "ORGANIZATION"}}) {
      int s = text.indexOf(m[0]);
      tags.add(new EntityMention(s, s + m[0].length(), "", EntityType.valueOf(m[1]), 0.9));
    }
    Annotation a = runAlone(text, new ModelSpans(), x -> x.put(NerLayers.MODEL_TAGS, tags), List.of(NerLayers.MODEL_TAGS));
    assertEquals(List.of("Wen-Li Soh/PERSON/MODEL", "Harbour Ledger/ORGANIZATION/MODEL", "Soh/PERSON/MODEL",
        "Ledger/ORGANIZATION/MODEL", "Bank of the West/ORGANIZATION/MODEL"), phrases(text, a.get(NerLayers.MODEL_SPANS)));
  }

  @Test
  void aLoneNameThatOnlyEverReportsIsAnOutlet() {
    String text = "As both the Courier and Varnholt have reported, the mill will close. Varnholt reported that talks "
        + "failed. Halvorsen reported the theft to police. Ilse Dorn reported that she was fine; Dorn reported it.";
    TokenIndex d = new TokenIndex(TextPipeline.instance().process(text));
    List<Candidate> found = new java.util.ArrayList<>();
    for (String[] m : new String[][] {{"Courier", "ORGANIZATION"}, {"Varnholt", "PERSON"}, {"Varnholt reported", "PERSON"},
        {"Halvorsen", "PERSON"}, {"Ilse Dorn", "PERSON"}, {"Dorn reported it", "PERSON"}}) {
      String name = m[0].split(" reported")[0];
      int s = text.indexOf(m[0]);
      found.add(d.toTokens(s, s + name.length(), EntityType.valueOf(m[1]), MentionSource.MODEL));
    }
    Annotation a = runAlone(text, new Retyping(), x -> {
      x.put(NerLayers.CONSISTENT, List.copyOf(found));
      x.put(NerLayers.GAZETTEER_MATCHES, GazetteerPlaces.Matches.NONE);
    }, List.of(NerLayers.CONSISTENT, NerLayers.GAZETTEER_MATCHES));
    assertEquals(List.of("Courier/ORGANIZATION/MODEL", "Varnholt/ORGANIZATION/MODEL", "Varnholt/ORGANIZATION/MODEL",
        "Halvorsen/PERSON/MODEL", "Ilse Dorn/PERSON/MODEL", "Dorn/PERSON/MODEL"), phrases(text, a.get(NerLayers.RETYPED)));
  }

  @Test
  void overlapsGoToTheEarlierSourceThenTheLongerSpan() {
    String text = "President Ana Velk of Norland spoke.";
    // tokens: President(0) Ana(1) Velk(2) of(3) Norland(4)
    List<Candidate> model = List.of(new Candidate(0, 2, EntityType.ORGANIZATION, MentionSource.MODEL),
        new Candidate(4, 4, EntityType.ORGANIZATION, MentionSource.MODEL));
    List<Candidate> titles = List.of(new Candidate(1, 2, EntityType.PERSON, MentionSource.TITLE));
    List<Candidate> places = List.of(new Candidate(4, 4, EntityType.PLACE, MentionSource.GAZETTEER_STRONG));
    Annotation a = runAlone(text, new OverlapResolver(), x -> {
      x.put(NerLayers.MODEL_MENTIONS, model);
      x.put(NerLayers.TITLE_NAMES, titles);
      x.put(NerLayers.BYLINE_NAMES, List.of());
      x.put(NerLayers.DATELINE_PLACES, List.of());
      x.put(NerLayers.PLACE_MENTIONS, places);
    }, List.copyOf(OverlapResolver.CANDIDATES));
    assertEquals(List.of("Ana Velk/PERSON/TITLE", "Norland/PLACE/GAZETTEER_STRONG"),
        phrases(text, a.get(NerLayers.RESOLVED)));
  }

  @Test
  void aPersonSpanOverABracketKeepsTheWordsAfterItAndVersusJoinsTwoNames() {
    String text = "I felt (our defender Piet) Kramer behind me. The Orla v. Lindqvist bout is off.";
    int p = text.indexOf("Piet");
    int o = text.indexOf("Orla");
    List<EntityMention> tags = List.of(
        new EntityMention(p, p + "Piet) Kramer".length(), "", EntityType.PERSON, 0.9),
        new EntityMention(o, o + "Orla v. Lindqvist".length(), "", EntityType.PERSON, 0.9));
    Annotation a = runAlone(text, new ModelSpans(), x -> x.put(NerLayers.MODEL_TAGS, tags), List.of(NerLayers.MODEL_TAGS));
    assertEquals(List.of("Kramer/PERSON/MODEL", "Orla/PERSON/MODEL", "Lindqvist/PERSON/MODEL"),
        phrases(text, a.get(NerLayers.MODEL_SPANS)));
  }

  @Test
  void aTitleTakesANameWithAHyphenatedParticle() {
    String text = "Foreign Minister Tariq al-Hamdani met Father Oskar Brandt on Sunday.";
    assertEquals(List.of("Tariq al-Hamdani/PERSON/TITLE", "Oskar Brandt/PERSON/NEWS_CONVENTION"),
        phrases(text, runAlone(text, new TitleNames(), x -> { }, List.of()).get(NerLayers.TITLE_NAMES)));
  }

  @Test
  void aLineInTitleCaseIsNoEvidenceOfANameAfterATitle() {
    String text = "Senator Says Budget Talks Will Resume On Monday\n\nFather Wins Appeal Over Fees In Court";
    assertEquals(List.of(), runAlone(text, new TitleNames(), x -> { }, List.of()).get(NerLayers.TITLE_NAMES));
    // a title and a name alone on a line, or in an ordinary sentence, still make a person
    String caption = "President Ilse Varga\n\nThe crowd cheered as President Ortiz arrived.";
    assertEquals(List.of("Ilse Varga/PERSON/TITLE", "Ortiz/PERSON/TITLE"),
        phrases(caption, runAlone(caption, new TitleNames(), x -> { }, List.of()).get(NerLayers.TITLE_NAMES)));
  }
}
