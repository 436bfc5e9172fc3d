package newsflow.enrich.nlp.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import newsflow.enrich.nlp.Document;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.ResolvedPlace;
import newsflow.enrich.nlp.Span;
import newsflow.enrich.nlp.text.TextPipeline;
import org.junit.jupiter.api.Test;

class PlaceResolverTest {
  static final Gazetteer GAZETTEER = Gazetteer.shared();
  static final PlaceResolver RESOLVER = new PlaceResolver(GAZETTEER);

  /** Resolves {@code text} with one PLACE entity per name of {@code names} (ids "e0", "e1", ... in that order). */
  static List<ResolvedPlace> resolvePlaces(String text, String... names) {
    return RESOLVER.resolve(TextPipeline.instance().process(text), placeEntities(text, names));
  }

  /** The place resolved for the n-th entity given to {@link #resolvePlaces}, else null. */
  static ResolvedPlace placeOf(List<ResolvedPlace> places, int n) {
    return places.stream().filter(p -> ("e" + n).equals(p.entityId())).findFirst().orElse(null);
  }

  /** Builds one PLACE entity per distinct surface, with every occurrence as a mention. */
  static List<Entity> placeEntities(String text, String... names) {
    List<Entity> out = new ArrayList<>();
    int n = 0;
    for (String name : names) {
      Entity e = new Entity("e" + n++, EntityType.PLACE, name);
      int at = text.indexOf(name);
      while (at >= 0) {
        e.addMention(Span.of(text, at, at + name.length()));
        at = text.indexOf(name, at + 1);
      }
      out.add(e);
    }
    return out;
  }

  static ResolvedPlace resolveOne(String text, String name) {
    List<ResolvedPlace> places = RESOLVER.resolve(new Document(text, List.of(), List.of()), placeEntities(text, name));
    assertEquals(1, places.size());
    return places.get(0);
  }

  @Test
  void countryContextPicksParisFranceInAFrenchArticle() {
    ResolvedPlace p = resolveOne("French officials met in Paris on Monday, the Elysee said.", "Paris");
    assertEquals("FR", p.countryCode());
    assertEquals(48.85, p.lat(), 0.1);
  }

  @Test
  void aDivisionNamedLikeACountryWinsWithItsCities() {
    ResolvedPlace state = resolveOne(
        "Voters in Georgia went to the polls on Tuesday, with Atlanta and Savannah reporting long lines.", "Georgia");
    assertEquals("US", state.countryCode());
    ResolvedPlace country = resolveOne(
        "Diplomats from Georgia and Armenia met in Geneva on Friday, as Tbilisi pressed for talks.", "Georgia");
    assertEquals("GE", country.countryCode());
    ResolvedPlace alone = resolveOne("The president of Georgia spoke on Tuesday.", "Georgia");
    assertEquals("GE", alone.countryCode());
  }

  @Test
  void aProvinceKeepsItsCuratedPointWhenItsCitiesAreNamed() {
    ResolvedPlace p = resolveOne("Toronto and Ottawa lead Ontario in new housing starts.", "Ontario");
    assertEquals("CA", p.countryCode());
    assertEquals(50, p.lat(), 1.0); // the middle of the province, not its population centre near Toronto
  }

  @Test
  void capitalsNamedAfterTheirCountryOrProvinceWithCity() {
    ResolvedPlace quebec = resolveOne("Leaders gathered in Quebec City for the summit.", "Quebec City");
    assertEquals("CA", quebec.countryCode());
    assertEquals(46.8, quebec.lat(), 0.2); // the city, not the province's centre
    ResolvedPlace panama = resolveOne("Talks resumed in Panama City on Tuesday.", "Panama City");
    assertEquals("PA", panama.countryCode());
    ResolvedPlace florida = resolveOne("A storm hit Panama City, Florida, on Tuesday.", "Panama City");
    assertEquals("US", florida.countryCode());
    ResolvedPlace carson = resolveOne("Lawmakers met in Carson City on Monday.", "Carson City");
    assertEquals("Nevada", carson.admin1());
    ResolvedPlace kansas = resolveOne("The team flew to Kansas City overnight.", "Kansas City");
    assertEquals("US", kansas.countryCode());
    assertEquals(39.1, kansas.lat(), 0.3);
  }

  @Test
  void stateContextPicksParisTexas() {
    ResolvedPlace p = resolveOne(
        "Storms hit northeast Texas overnight. In Paris, the county seat, crews cleared roads, "
            + "and Texas officials said more rain was due.", "Paris");
    assertEquals("US", p.countryCode());
    assertEquals("Texas", p.admin1());
  }

  @Test
  void explicitQualifierWinsOverPopulation() {
    ResolvedPlace p = resolveOne("The festival returns to Paris, Texas, next spring.", "Paris");
    assertEquals("US", p.countryCode());
    assertEquals("Texas", p.admin1());
  }

  @Test
  void demonymsInformContextButAreNotPlaceMentions() {
    String text = "Ukrainian soldiers and British volunteers held the line, Ukrainian officials said.";
    List<PlaceMatch> found = new GazetteerPlaceRecognizer(GAZETTEER).find(text);
    assertTrue(found.isEmpty(), "demonyms are not places: " + found);
    ArticleGeoContext ctx = ArticleGeoContext.of(text, found, GAZETTEER);
    assertEquals(2, ctx.countryWeight("UA"));
    assertEquals(1, ctx.countryWeight("GB"));
  }

  @Test
  void demonymContextPicksTheNamesakeInThatCountry() {
    // Odessa, Texas is a city too; Ukrainian context picks the Ukrainian port
    ResolvedPlace p = resolveOne("Ukrainian forces said drones struck Odessa overnight.", "Odessa");
    assertEquals("UA", p.countryCode());
  }

  @Test
  void continentsRegionsAndSeasHaveNoCountry() {
    String text = "Envoys from Europe and East Asia watched the Black Sea, then the Middle East.";
    List<ResolvedPlace> places = RESOLVER.resolve(new Document(text, List.of(), List.of()),
        placeEntities(text, "Europe", "East Asia", "Black Sea", "Middle East"));
    for (ResolvedPlace p : places) {
      assertNull(p.countryCode(), p.name());
      assertNotNull(p.lat(), p.name());
    }
    assertEquals("CONT", places.get(0).featureCode());
  }

  @Test
  void alternativeSpellingsResolveToTheirCountry() {
    String text = "Britain, the U.S., America and the United States of America, Holland and the UK.";
    List<ResolvedPlace> places = RESOLVER.resolve(new Document(text, List.of(), List.of()),
        placeEntities(text, "Britain", "U.S.", "America", "United States of America", "Holland", "UK"));
    assertEquals(List.of("GB", "US", "US", "US", "NL", "GB"), places.stream().map(ResolvedPlace::countryCode).toList());
    assertEquals("United States", places.get(1).name());
  }

  @Test
  void regionsWithoutGazetteerRowsResolveThroughTheRegionsTable() {
    assertEquals("UA", resolveOne("Russia annexed Crimea in 2014.", "Crimea").countryCode());
    assertEquals("RU", resolveOne("Temperatures fell across Siberia.", "Siberia").countryCode());
  }

  @Test
  void firstLevelDivisionsResolveWithTheirCountry() {
    ResolvedPlace p = resolveOne("Floods swept through Texas on Sunday.", "Texas");
    assertEquals("US", p.countryCode());
    assertEquals("ADM1", p.featureCode());
    assertEquals("Texas", p.admin1());
  }

  @Test
  void capitalBeatsTheStateOfTheSameName() {
    ResolvedPlace p = resolveOne("Talks in Washington stalled as the Senate adjourned.", "Washington");
    assertEquals("PPLC", p.featureCode());
    assertEquals(38.9, p.lat(), 0.2);
  }

  @Test
  void aNameThatCannotBeLocatedIsNotListed() {
    String text = "They walked to Zzyzxqua yesterday.";
    assertEquals(List.of(), RESOLVER.resolve(new Document(text, List.of(), List.of()), placeEntities(text, "Zzyzxqua")));
  }

  @Test
  void nonPlaceEntitiesAreNotResolved() {
    String text = "Pete Hegseth spoke in Brussels.";
    List<Entity> entities = new ArrayList<>(placeEntities(text, "Brussels"));
    entities.add(0, new Entity("p", EntityType.PERSON, "Pete Hegseth"));
    List<ResolvedPlace> places = RESOLVER.resolve(new Document(text, List.of(), List.of()), entities);
    assertEquals(1, places.size());
    assertEquals("BE", places.get(0).countryCode());
    assertFalse(places.get(0).entityId().equals("p"));
  }

  @Test
  void unknownNameTakesThePlaceInsideIt() {
    assertEquals("US", resolveOne("A US-based fund bought the shares.", "US-based").countryCode());
    assertEquals("DE", resolveOne("The Berlin-based start-up grew.", "Berlin-based").countryCode());
    ResolvedPlace hospital = resolveOne("She was flown to Graz General Hospital on Friday.", "Graz General Hospital");
    assertEquals("AT", hospital.countryCode());
    assertNull(hospital.geonameId(), "an approximate place carries no GeoNames id");
  }

  @Test
  void aBuildingTakesACityNamedBeforeItOnlyInTheSameSentence() {
    String near = "Fire crews in Winnipeg were called to the Larchmont Arena on Friday.";
    ResolvedPlace arena = resolveOne(near, "Larchmont Arena");
    assertEquals("CA", arena.countryCode());
    assertEquals(49.9, arena.lat(), 0.2);
    String far = "Fire crews in Winnipeg were busy. Later the Oval Chamber of the old hall was closed.";
    assertEquals(List.of(), RESOLVER.resolve(new Document(far, List.of(), List.of()), placeEntities(far, "Oval Chamber")),
        "a room named in another sentence is not pinned at the city of the one before");
  }

  @Test
  void anOrganisationNamedOnlyByAPlaceIsPlacedThereAndKeepsItsType() {
    String text = "The Otters beat Dunedin 31-17 in the semifinal, and Dunedin coaches blamed the travel.";
    Entity team = new Entity("t", EntityType.ORGANIZATION, "Dunedin");
    int at = text.indexOf("Dunedin");
    while (at >= 0) {
      team.addMention(Span.of(text, at, at + "Dunedin".length()));
      at = text.indexOf("Dunedin", at + 1);
    }
    Entity club = new Entity("c", EntityType.ORGANIZATION, "Otters");
    club.addMention(Span.of(text, text.indexOf("Otters"), text.indexOf("Otters") + 6));
    List<ResolvedPlace> places = RESOLVER.resolve(new Document(text, List.of(), List.of()), List.of(team, club));
    assertEquals(1, places.size(), places.toString());
    assertEquals("t", places.get(0).entityId());
    assertEquals("NZ", places.get(0).countryCode());
    assertEquals(EntityType.ORGANIZATION, team.type());
  }

  @Test
  void anOrganisationWithAMentionThatIsNoPlaceMentionIsNotPlaced() {
    String text = "Dunedin Gas and Electric raised prices; Dunedin said the rise was needed.";
    Entity org = new Entity("o", EntityType.ORGANIZATION, "Dunedin Gas and Electric");
    org.addMention(Span.of(text, 0, "Dunedin Gas and Electric".length()));
    int second = text.indexOf("Dunedin", 5);
    org.addMention(Span.of(text, second, second + "Dunedin".length()));
    assertEquals(List.of(), RESOLVER.resolve(new Document(text, List.of(), List.of()), List.of(org)));
  }

  @Test
  void anUnknownPlaceTakesTheCountyWrittenAfterIt() {
    String text = "The next round is at Upperthwaite, Norfolk, in July.";
    ResolvedPlace p = resolveOne(text, "Upperthwaite");
    assertEquals("GB", p.countryCode());
    assertEquals(52.65, p.lat(), 0.5);
    assertNull(p.geonameId());
  }

  static ResolvedPlace placed(String text, String name, String... others) {
    String[] names = new String[others.length + 1];
    names[0] = name;
    System.arraycopy(others, 0, names, 1, others.length);
    return RESOLVER.resolve(new Document(text, List.of(), List.of()), placeEntities(text, names)).stream()
        .filter(p -> p.name().equals(name)).findFirst().orElse(null);
  }

  @Test
  void aSmallTownNameBeforeACityAndItsStateIsPlacedInThatCity() {
    // "X, City, ST": a venue or district of that name in the city written after it, not a far namesake
    ResolvedPlace grove = placed("The band plays the pavilion at Cedar Grove, Columbus, OH on Friday night.",
        "Cedar Grove", "Columbus", "OH");
    assertNotNull(grove);
    assertEquals("Ohio", grove.admin1(), grove.toString());
    assertEquals(39.96, grove.lat(), 0.2);
    ResolvedPlace hill = placed("The conference was held at Oak Hill, Portland, Oregon, on Tuesday.",
        "Oak Hill", "Portland", "Oregon");
    assertNotNull(hill);
    assertEquals("Oregon", hill.admin1(), hill.toString());
    // control: a town qualified by its own state keeps that state's namesake
    ResolvedPlace springfield = placed("He grew up in Springfield, Illinois, and moved away in 1990.", "Springfield", "Illinois");
    assertEquals("Illinois", springfield.admin1(), springfield.toString());
    // control: a list of towns is no container ("Cedar Grove, Columbus and Dayton")
    ResolvedPlace listed = placed("Shows are set for Cedar Grove, Columbus and Dayton next month.", "Cedar Grove", "Columbus", "Dayton");
    assertTrue(listed == null || listed.lat() == null || Math.abs(listed.lat() - 39.96) > 0.2, String.valueOf(listed));
  }

  @Test
  void aVenueAtASmallTownNameBeforeACityAndItsStateLiesInThatCity() {
    String text = "The band plays the Harbour Lake Pavilion at Cedar Grove, Columbus, OH on Friday night.";
    Entity venue = organisation(text, "Harbour Lake Pavilion");
    List<Entity> entities = new ArrayList<>(placeEntities(text, "Cedar Grove", "Columbus", "OH"));
    entities.add(venue);
    ResolvedPlace p = RESOLVER.resolve(new Document(text, List.of(), List.of()), entities).stream()
        .filter(r -> r.name().equals("Harbour Lake Pavilion")).findFirst().orElse(null);
    assertNotNull(p);
    assertEquals("Ohio", p.admin1(), p.toString());
  }

  @Test
  void aTownIsNotOutvotedByADivisionThatOnlySharesItsName() {
    // "Nelson" also names Nelson Region (NZ); those mentions must not count as New Zealand context
    String text = "Jane Roe, MLA for Nelson-Fernie, opened an office in Nelson on Monday. "
        + "Drivers from Fernie no longer travel far: the Nelson office is open daily. Nelson residents cheered.";
    ResolvedPlace p = resolveOne(text, "Nelson");
    assertEquals("CA", p.countryCode(), p.toString());
  }

  static Entity organisation(String text, String name) {
    Entity e = new Entity("o", EntityType.ORGANIZATION, name);
    int at = text.indexOf(name);
    while (at >= 0) {
      e.addMention(Span.of(text, at, at + name.length()));
      at = text.indexOf(name, at + 1);
    }
    return e;
  }

  @Test
  void aClubNamedAfterABigCityKeepsItsPlaceWhereItSpeaks() {
    // "Hobart said" is no place mention on its own (a speaker), but the word is one elsewhere
    String text = "Fans cheered as the visitors beat Hobart 3-1 on Sunday. Hobart said it would appeal.";
    List<ResolvedPlace> places = RESOLVER.resolve(new Document(text, List.of(), List.of()),
        List.of(organisation(text, "Hobart")));
    assertEquals(1, places.size(), places.toString());
    assertEquals("AU", places.get(0).countryCode());
  }

  @Test
  void aBrandSharingASmallTownsNameIsNotPlacedByOneLocativeMention() {
    String text = "Shoppers queued at Fernie on Monday. Fernie said its sales rose by a tenth.";
    assertEquals(List.of(), RESOLVER.resolve(new Document(text, List.of(), List.of()),
        List.of(organisation(text, "Fernie"))));
  }

  /** The place of that name among {@code places}, else null. */
  static ResolvedPlace only(List<ResolvedPlace> places, String name) {
    return places.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
  }

  static List<ResolvedPlace> resolveAll(String text, List<Entity> entities) {
    return RESOLVER.resolve(new Document(text, List.of(), List.of()), entities);
  }

  @Test
  void aPartyAndStateTagAfterAPoliticianIsNoPlace() {
    String text = "The bill was backed by Sen. Jane Roe (D-Ore.), Rep. John Doe (R-Vermont) and Sen. Ann Poe (D., Mont.).";
    assertEquals(List.of(), resolveAll(text, placeEntities(text, "Ore.", "Vermont", "Mont.")));
    String place = "The senator flew home to Vermont on Friday.";
    assertEquals("US", resolveOne(place, "Vermont").countryCode());
  }

  @Test
  void aPartyAndStateTagWithoutParenthesesIsNoPlace() {
    String text = "The bill was backed by Sen. Jane Roe, D-Minn., Rep. John Doe, R-Fla., and Rep. Ann Poe, D-N.Y., "
        + "while Sen. Ty Moe (R-S.C.) opposed it.";
    assertEquals(List.of(), resolveAll(text, placeEntities(text, "D-Minn.", "Fla.", "D-N.Y.", "S.C.")));
  }

  @Test
  void aSaintsNameOrAGivenNamesChurchIsNotPlacedAtATownOfTheName() {
    String text = "Hundreds gathered outside St Mary's hall and beside Mary's chapel in the village on Sunday.";
    assertEquals(List.of(), resolveAll(text, placeEntities(text, "St Mary", "Mary's chapel")));
  }

  @Test
  void institutionsNamedAfterPlacesAreNotPlaces() {
    String text = "An economist from Central Bank of Chicago and a forecaster from Hurricane Research Center "
        + "spoke before a Western District of Ohio judge heard the case.";
    assertEquals(List.of(), resolveAll(text, placeEntities(text,
        "Central Bank of Chicago", "Hurricane Research Center", "Western District")));
  }

  @Test
  void monthsAndWeekdaysAreNeverPlaces() {
    String text = "Tickets go on sale in September for the Denver show.";
    assertEquals(List.of(), resolveAll(text, placeEntities(text, "September")));
  }

  @Test
  void aWordOfAPersonsNameIsNoPlaceUnlessReadAsALocation() {
    String text = "Ellen Burbank, a nurse, said the ward was full. Burbank added that staff were tired.";
    List<Entity> entities = new ArrayList<>(placeEntities(text, "Burbank"));
    Entity person = new Entity("p", EntityType.PERSON, "Ellen Burbank");
    person.addMention(Span.of(text, 0, "Ellen Burbank".length()));
    entities.get(0).mentions().removeIf(m -> m.start() == 6);
    entities.add(person);
    assertEquals(List.of(), resolveAll(text, entities));
  }

  @Test
  void aSmallTownInAnotherCountryIsNotPinnedWithoutItsCountryInTheStory() {
    String text = "Greek archaeologists said the theatre near Sparta was older than thought. Greece will fund the dig.";
    assertEquals(List.of(), resolveAll(text, placeEntities(text, "Sparta")),
        "only small US towns are called Sparta in the gazetteer; the story is about Greece");
    String us = "Sparta, Tenn., opened a new library. Tennessee officials attended.";
    assertEquals("US", resolveOne(us, "Sparta").countryCode());
  }

  @Test
  void aDivisionWordKeepsTheDivision() {
    ResolvedPlace p = resolveOne("The Ohio State Attorney General sued the firm.", "Ohio State");
    assertEquals("ADM1", p.featureCode());
    ResolvedPlace ny = resolveOne("Budget talks across New York State stalled again.", "New York State");
    assertEquals("ADM1", ny.featureCode());
  }

  @Test
  void aGulfTheGazetteerLacksIsNotAnotherGulf() {
    ResolvedPlace p = resolveOne("Ferries crossed the Gulf of Zorlund in a storm.", "Gulf of Zorlund");
    assertNull(p.lat(), "not the Persian Gulf");
    assertNull(p.countryCode());
  }

  @Test
  void placesInTheAuthorsBiographyAreNotTheStorys() {
    String text = "Flooding closed roads across Manitoba on Tuesday.\nCrews worked through the night.\n"
        + "Officials expect the water to fall by Friday.\n"
        + "Dana Reyes is a reporter for the station's bureau in Halifax. She has worked in Calgary and Lyon.";
    List<ResolvedPlace> places = resolveAll(text, placeEntities(text, "Manitoba", "Halifax", "Calgary", "Lyon"));
    assertEquals(1, places.size(), places.toString());
    assertEquals("Manitoba", places.get(0).name());
  }

  @Test
  void aBuildingTakesThePlaceWrittenAfterIt() {
    String text = "The band closes its tour at the Larchmont Pavilion in Knoxville next week.";
    ResolvedPlace p = resolveOne(text, "Larchmont Pavilion");
    assertEquals("US", p.countryCode());
    assertEquals(35.96, p.lat(), 0.2);
  }

  @Test
  void aClubOrGovernmentNamedAfterACityIsTheWellKnownCityNotANamesakeNearby() {
    String text = "Florida voters went to the polls. Later the Otters beat Dunedin 31-17 and Dunedin coaches left.";
    List<ResolvedPlace> places = resolveAll(text, List.of(organisation(text, "Dunedin")));
    assertEquals(1, places.size(), places.toString());
    assertEquals("NZ", places.get(0).countryCode(), "the city, not the small Dunedin in the state the story names");
  }

  @Test
  void aCollegeNamedLikeAFarOffSmallTownIsNotPlaced() {
    String text = "Greek voters went to the polls, said a professor at Cornell, adding that Athens was calm.";
    assertEquals(List.of(), resolveAll(text, List.of(organisation(text, "Cornell"))));
  }

  @Test
  void aGulfNamedAfterACountryIsTheWaterBody() {
    ResolvedPlace gulf = resolveOne("Two tankers collided in the Gulf of Bothnia on Sunday, Sweden said.", "Gulf of Bothnia");
    assertEquals("SEA", gulf.featureCode());
    assertNull(gulf.countryCode());
    assertEquals(20.5, gulf.lon(), 1.0, "not the Persian Gulf");
  }

  @Test
  void newYorkAloneIsTheCityAndOklahomaTheState() {
    assertEquals("PPL", resolveOne("Flights to New York were delayed.", "New York").featureCode());
    assertEquals("ADM1", resolveOne("Storms hit eastern Oklahoma overnight.", "Oklahoma").featureCode());
  }

  /** One sentence of word tokens tagged NN unless {@code tags} says otherwise ("had" -> "VBD"). */
  static Document tagged(String text, java.util.Map<String, String> tags) {
    List<newsflow.enrich.nlp.Token> tokens = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("[\\p{L}.]+|\\S").matcher(text);
    while (m.find()) {
      String w = m.group();
      tokens.add(new newsflow.enrich.nlp.Token(m.start(), m.end(), w, w.toLowerCase(java.util.Locale.ROOT),
          tags.getOrDefault(w, Character.isLetter(w.charAt(0)) ? "NN" : w)));
    }
    return new Document(text, List.of(), List.of(new newsflow.enrich.nlp.Sentence(0, text.length(), 0, tokens)));
  }

  static ResolvedPlace analysedOne(String text, String name, java.util.Map<String, String> tags) {
    List<ResolvedPlace> places = RESOLVER.resolve(tagged(text, tags), placeEntities(text, name));
    return places.isEmpty() ? null : places.get(0);
  }

  @Test
  void aCapitalNamedOnlyForItsGovernmentIsNoPlace() {
    java.util.Map<String, String> verbs = java.util.Map.of("said", "VBD", "had", "VBD", "accused", "VBD", "opened", "VBD");
    assertNull(analysedOne("Officials said Ankara had rejected the offer, and critics accused Ankara of stalling.", "Ankara",
        verbs));
    ResolvedPlace city = analysedOne("Talks opened in Ankara on Monday. Ankara said it was hopeful.", "Ankara", verbs);
    assertNotNull(city);
    assertEquals("TR", city.countryCode());
  }

  @Test
  void aQualifierThatIsTheCityItselfIsNoSecondPlace() {
    String text = "She studied at a college in Washington, D.C. before moving west.";
    assertEquals(List.of(), resolveAll(text, placeEntities(text, "D.C.")));
  }

  @Test
  void aNameInAListOfCountriesIsTheCountry() {
    ResolvedPlace p = resolveOne("Leaders from Finland, Sweden, Moldova and Georgia met U.S. officials; "
        + "Washington promised aid, and a U.S. spokesman said more would come.", "Georgia");
    assertEquals("GE", p.countryCode());
    ResolvedPlace state = resolveOne("Storms hit Alabama, Georgia and Florida overnight.", "Georgia");
    assertEquals("US", state.countryCode());
  }

  @Test
  void aTownOutsideItsQualifierIsPlacedOnlyInTheQualifier() {
    ResolvedPlace p = resolveOne("Crews were sent to Sparta, Alaska, on Monday.", "Sparta");
    assertEquals("US", p.countryCode());
    assertEquals("Alaska", p.admin1());
    assertNull(p.lat(), "no Sparta in Alaska is known: not pinned in another state");
  }

  @Test
  void anUnknownSiteTakesThePlaceAfterItsKind() {
    ResolvedPlace p = analysedOne("Soldiers guarded the Zorvath refugee camp near Hebron on Tuesday.", "Zorvath",
        java.util.Map.of("guarded", "VBD", "near", "IN", "on", "IN", "the", "DT"));
    assertNotNull(p);
    assertEquals(31.5, p.lat(), 0.2);
  }
}
