package newsflow.enrich.nlp.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import newsflow.enrich.nlp.Document;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityMention;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.lexicon.GivenNames;
import newsflow.enrich.nlp.text.TextPipeline;
import org.junit.jupiter.api.Test;

/** Entity resolution on hand-made mentions, without the statistical model. */
class EntityResolverTest {
  private final EntityResolver resolver = new EntityResolver();

  /** Mentions at every occurrence of each name (whole words). */
  private static List<EntityMention> mentions(String text, EntityType type, String... names) {
    List<EntityMention> out = new ArrayList<>();
    for (String n : names) {
      for (int i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) {
        int e = i + n.length();
        boolean word = (i == 0 || !Character.isLetter(text.charAt(i - 1)))
            && (e == text.length() || !Character.isLetter(text.charAt(e)));
        if (word) out.add(new EntityMention(i, e, n, type, 1));
      }
    }
    return out;
  }

  private List<Entity> resolve(String text, List<EntityMention> m) {
    Document doc = TextPipeline.instance().process(text);
    return resolver.resolve(doc, m);
  }

  private static Entity named(List<Entity> es, String name) {
    return es.stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in " + es));
  }

  @Test
  void aOneWordNameTheSportsReportAlsoTagsAsAClubIsNoPerson() {
    String text = "The hockey season resumed on Saturday. Halden Orient beat the leaders 3-2 in overtime and the "
        + "goaltender was superb. Coach Ivo Pask said Orient deserved the win after the penalty shots.";
    List<EntityMention> m = new ArrayList<>(mentions(text, EntityType.ORGANIZATION, "Halden Orient"));
    m.addAll(mentions(text, EntityType.PERSON, "Ivo Pask"));
    m.addAll(mentions(text, EntityType.PERSON, "Orient").stream().filter(x -> x.start() > 100).toList());
    List<Entity> es = resolve(text, m);
    assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.PERSON && e.name().equals("Orient")), es.toString());
    // a longer name opened by a given name is a person the tagger took for a firm
    String other = "The hockey season resumed on Saturday. Daniel Pask beat the leaders in the shootout and the "
        + "goaltender was superb. The coach said Pask deserved the win after the penalty shots.";
    List<EntityMention> o = new ArrayList<>(mentions(other, EntityType.ORGANIZATION, "Daniel Pask"));
    o.addAll(mentions(other, EntityType.PERSON, "Pask").stream().filter(x -> x.start() > 100).toList());
    List<Entity> kept = resolve(other, o);
    assertTrue(kept.stream().anyMatch(e -> e.type() == EntityType.PERSON && e.name().equals("Pask")), kept.toString());
  }

  @Test
  void honorificAndSurnameJoinTheFullNameWithTheTitleBeforeIt() {
    String text = "Defense Secretary Pete Hegseth spoke on Thursday.\nMr. Hegseth told reporters that Hegseth was right.";
    List<EntityMention> m = new ArrayList<>(mentions(text, EntityType.PERSON, "Pete Hegseth"));
    m.addAll(mentions(text, EntityType.PERSON, "Hegseth").stream().filter(x -> x.start() > 30).toList());
    List<Entity> es = resolve(text, m);
    assertEquals(1, es.size(), es.toString());
    Entity e = named(es, "Pete Hegseth");
    assertEquals(3, e.mentions().size());
    assertTrue(e.titles().contains("Defense Secretary"), e.titles().toString());
  }

  @Test
  void aTitledSurnameSharedByTwoPeopleJoinsTheOneHoldingThatTitle() {
    String text = "Commissioner Nils Varga inspected the pier. His daughter, Mayor Edit Varga, cut the ribbon.\n"
        + "Commissioner Varga closed the gate at dusk.";
    List<EntityMention> m = new ArrayList<>(mentions(text, EntityType.PERSON, "Nils Varga", "Edit Varga"));
    m.addAll(mentions(text, EntityType.PERSON, "Varga").stream().filter(x -> x.start() > text.indexOf('\n')).toList());
    List<Entity> es = resolve(text, m);
    assertEquals(2, named(es, "Nils Varga").mentions().size(), es.toString());
    assertEquals(List.of("Mayor"), named(es, "Edit Varga").titles());
  }

  @Test
  void spellingVariantsOfTheGivenNameMergeUnderTheFirstFullName() {
    String text = "President Volodymyr Zelenskyy spoke.\nUkrainian President Volodomyr Zelenskyy said more.\nMr. Zelenskyy left.";
    List<EntityMention> m = new ArrayList<>(mentions(text, EntityType.PERSON, "Volodymyr Zelenskyy", "Volodomyr Zelenskyy"));
    m.addAll(mentions(text, EntityType.PERSON, "Zelenskyy").stream()
        .filter(x -> text.startsWith("Mr. ", x.start() - 4)).toList());
    List<Entity> es = resolve(text, m);
    assertEquals(1, es.size(), es.toString());
    Entity e = named(es, "Volodymyr Zelenskyy");
    assertEquals(3, e.mentions().size());
    assertTrue(e.titles().contains("Ukrainian President"), e.titles().toString());
  }

  @Test
  void aFullNameJoinsThePersonNamedWithItNotARelativeNamedSince() {
    String text = "Sir Kesh Voss defended the gifts.\nLady Voss, his wife, wore the gown.\n"
        + "Critics said Kesh Voss had broken the rules, and Lady Voss declined to comment.";
    List<EntityMention> m = new ArrayList<>(mentions(text, EntityType.PERSON, "Kesh Voss"));
    m.addAll(mentions(text, EntityType.PERSON, "Voss").stream()
        .filter(x -> text.startsWith("Lady ", x.start() - 5)).toList());
    List<Entity> es = resolve(text, m);
    assertEquals(2, es.size(), es.toString());
    Entity arne = named(es, "Kesh Voss");
    assertEquals(2, arne.mentions().size(), arne.toString());
    for (Entity e : es) {
      if (e != arne) assertTrue(e.mentions().stream().allMatch(x -> x.text().equals("Voss")), e.toString());
    }
  }

  @Test
  void aFamilyNameAloneInAnotherTransliterationJoinsTheFullName() {
    String text = "Ivan Kovalenky spoke first.\nPresident Kovalenkyy said more.\nMark Hanson met Dana Hansen.";
    List<Entity> es = resolve(text, mentions(text, EntityType.PERSON, "Ivan Kovalenky", "Kovalenkyy", "Mark Hanson",
        "Dana Hansen"));
    assertEquals(3, es.size(), es.toString());
    assertEquals(2, named(es, "Ivan Kovalenky").mentions().size());
  }

  @Test
  void differentGivenNamesWithTheSameSurnameStayApart() {
    String text = "Arthur Pell met Marion Pell in the harbour town.";
    List<Entity> es = resolve(text, mentions(text, EntityType.PERSON, "Arthur Pell", "Marion Pell"));
    assertEquals(2, es.size(), es.toString());
  }

  @Test
  void surnameSeenBeforeTheFullNameJoinsIt() {
    String text = "Putin spoke first.\nRussian President Vladimir Putin then left.";
    List<EntityMention> m = new ArrayList<>(mentions(text, EntityType.PERSON, "Vladimir Putin"));
    m.add(new EntityMention(0, 5, "Putin", EntityType.PERSON, 1));
    List<Entity> es = resolve(text, m);
    assertEquals(1, es.size(), es.toString());
    assertEquals("Vladimir Putin", es.get(0).name());
    assertEquals(2, es.get(0).mentions().size());
  }

  @Test
  void titlesFromChainsAppositivesAndBylines() {
    String text = "By Mike Glenn\nSecretary of Commerce Lena Ortiz said so.\nKremlin spokesman Dmitry Peskov agreed."
        + "\nMark Rutte, NATO's secretary-general, said the same.";
    List<Entity> es = resolve(text, mentions(text, EntityType.PERSON, "Mike Glenn", "Lena Ortiz", "Dmitry Peskov", "Mark Rutte"));
    assertEquals(List.of("author"), named(es, "Mike Glenn").titles());
    assertEquals(List.of("Secretary of Commerce"), named(es, "Lena Ortiz").titles());
    assertEquals(List.of("Kremlin spokesman"), named(es, "Dmitry Peskov").titles());
    assertEquals(List.of("NATO's secretary-general", "secretary-general of NATO"), named(es, "Mark Rutte").titles());
  }

  @Test
  void appositiveTitleContinuesThroughACommaListInsideOneProperName() {
    String text = "Anna Berg, director of the Asia, Africa, and Oceania Institute at the Harbor Policy Center, said it was late.";
    List<Entity> es = resolve(text, mentions(text, EntityType.PERSON, "Anna Berg"));
    assertEquals(List.of("director of the Asia, Africa, and Oceania Institute at the Harbor Policy Center"),
        named(es, "Anna Berg").titles());
  }

  @Test
  void appositiveWithANameListEndsAtTheSpeechVerbWhenTheClosingCommaIsMissing() {
    String text = "Tom Reed, head of the Trade, Energy or Water Program at the Grant Foundation said prices rose.";
    List<Entity> es = resolve(text, mentions(text, EntityType.PERSON, "Tom Reed"));
    assertEquals(List.of("head of the Trade, Energy or Water Program at the Grant Foundation"),
        named(es, "Tom Reed").titles());
  }

  @Test
  void appositiveDoesNotSwallowFollowingNamesAfterAComma() {
    String text = "Smith, director of sales, Jones and Brown said the deal was done.";
    List<Entity> es = resolve(text, mentions(text, EntityType.PERSON, "Smith", "Jones", "Brown"));
    assertEquals(List.of("director of sales"), named(es, "Smith").titles());
    assertTrue(named(es, "Jones").titles().isEmpty(), named(es, "Jones").titles().toString());
  }

  @Test
  void capitalisedItemBeforeACommaDoesNotStartAListWithoutAMultiWordLastConjunct() {
    String text = "Lee Park, director of Marketing, Jones and Brown said the deal was done.";
    List<Entity> es = resolve(text, mentions(text, EntityType.PERSON, "Lee Park", "Jones", "Brown"));
    assertEquals(List.of("director of Marketing"), named(es, "Lee Park").titles());
  }

  @Test
  void possessiveOrganisationInAnAppositiveAlsoYieldsTheOfForm() {
    String text = "Ella Stone, the Coastal Rail Authority's chief safety officer, said cases fell.";
    List<Entity> es = resolve(text, mentions(text, EntityType.PERSON, "Ella Stone"));
    assertEquals(List.of("Coastal Rail Authority's chief safety officer",
        "chief safety officer of the Coastal Rail Authority"), named(es, "Ella Stone").titles());
  }

  @Test
  void possessiveOfAnOrdinaryWordIsNotRewritten() {
    String text = "Ella Stone, the company's chief medical officer, said cases fell.";
    List<Entity> es = resolve(text, mentions(text, EntityType.PERSON, "Ella Stone"));
    assertEquals(List.of("company's chief medical officer"), named(es, "Ella Stone").titles());
  }

  @Test
  void definiteDescriptionJoinsThePersonWithAMatchingTitle() {
    String text = "Defense Secretary Pete Hegseth spoke.\nOn Wednesday, the Pentagon chief told allies to lead."
        + "\nGerman Defense Minister Boris Pistorius disagreed.";
    List<Entity> es = resolve(text, mentions(text, EntityType.PERSON, "Pete Hegseth", "Boris Pistorius"));
    Entity hegseth = named(es, "Pete Hegseth");
    assertTrue(hegseth.mentions().stream().anyMatch(s -> s.text().equals("the Pentagon chief")), hegseth.mentions().toString());
    assertTrue(hegseth.titles().contains("Pentagon chief"));
    assertEquals(1, named(es, "Boris Pistorius").mentions().size());
  }

  @Test
  void organisationsMergeByNameIgnoringTheArticle() {
    String text = "The Washington Times reported it. A Washington Times reporter asked.";
    List<Entity> es = resolve(text, mentions(text, EntityType.ORGANIZATION, "The Washington Times", "Washington Times")
        .stream().filter(x -> !(x.text().equals("Washington Times") && x.start() == 4)).toList());
    assertEquals(1, es.size(), es.toString());
    assertEquals("The Washington Times", es.get(0).name());
    assertEquals(2, es.get(0).mentions().size());
  }

  @Test
  void givenNameAfterSirJoinsTheFullName() {
    String text = "Sir Alan Kemble arrived late.\nLater Sir Alan said he was sorry.";
    List<Entity> es = resolve(text, mentions(text, EntityType.PERSON, "Alan Kemble", "Alan").stream()
        .filter(x -> !(x.text().equals("Alan") && x.start() < 10)).toList());
    assertEquals(1, es.size(), es.toString());
    assertEquals(2, named(es, "Alan Kemble").mentions().size());
  }

  @Test
  void givenNameAloneJoinsTheNearestFullNameStartingWithIt() {
    String text = "Priya Natarajan grew up in a port town.\nPriya was 12 when the family moved.";
    List<EntityMention> m = new ArrayList<>(mentions(text, EntityType.PERSON, "Priya Natarajan"));
    m.add(new EntityMention(text.indexOf("Priya was"), text.indexOf("Priya was") + 5, "Priya", EntityType.PERSON, 1));
    List<Entity> es = resolve(text, m);
    assertEquals(1, es.size(), es.toString());
  }

  @Test
  void familyNameWrittenFirstJoinsItsPersonAfterAnHonorific() {
    String text = "Premier Wen Jiabao visited the dam.\nMr. Wen praised the engineers.";
    List<EntityMention> m = new ArrayList<>(mentions(text, EntityType.PERSON, "Wen Jiabao"));
    int i = text.indexOf("Wen praised");
    m.add(new EntityMention(i, i + 3, "Wen", EntityType.PERSON, 1));
    assertEquals(1, resolve(text, m).size());
  }

  @Test
  void honorificsOfDifferentSexKeepASurnameApartFromThePersonNamedInFull() {
    String text = "Sir Alan Kemble opened the show.\nLady Kemble wore a borrowed gown.";
    List<EntityMention> m = new ArrayList<>(mentions(text, EntityType.PERSON, "Alan Kemble"));
    int i = text.indexOf("Kemble wore");
    m.add(new EntityMention(i, i + 6, "Kemble", EntityType.PERSON, 1));
    List<Entity> es = resolve(text, m);
    assertEquals(2, es.size(), es.toString());
  }

  @Test
  void givenNameJoinedByAndToAFullNameSharesItsSurname() {
    String text = "The fund is backed by Anna and Ben Okafor, who live abroad.";
    List<Entity> es = resolve(text, mentions(text, EntityType.PERSON, "Anna", "Ben Okafor"));
    assertEquals(2, es.size(), es.toString());
    named(es, "Anna Okafor");
    named(es, "Ben Okafor");
  }

  @Test
  void aFamilyAMonthAMaskedNameAndACommonWordAreNotPeople() {
    String text = "Ben Okafor sold the farm.\nThe Okafors moved in June.\nNurses praised the move, and the nurses' union agreed."
        + "\n\"Great show!\"\n- Sam**";
    List<EntityMention> m = new ArrayList<>(mentions(text, EntityType.PERSON, "Ben Okafor", "Okafors", "June", "Nurses", "Sam"));
    List<Entity> es = resolve(text, m);
    assertEquals(List.of("Ben Okafor"), es.stream().map(Entity::name).toList());
  }

  @Test
  void rolesAndAbbreviationsBeforeANameAreCut() {
    String text = "League Insider Jo Reyes wrote it. QB Sam Ode threw. Army Staff General Ana Ruiz spoke.";
    List<Entity> es = resolve(text, mentions(text, EntityType.PERSON, "League Insider Jo Reyes", "QB Sam Ode",
        "Army Staff General Ana Ruiz"));
    assertEquals(List.of("Jo Reyes", "Sam Ode", "Ana Ruiz"), es.stream().map(Entity::name).toList());
  }

  @Test
  void aTitleAloneIsNotAPerson() {
    String text = "The President said the talks failed.";
    assertTrue(resolve(text, mentions(text, EntityType.PERSON, "President")).isEmpty());
  }

  @Test
  void aSharedSurnameAloneGoesToTheOneNamedFarMoreOften() {
    String text = "Ines Kahl won the seat. Kahl thanked voters. Kahl spoke of her mother, Rosa Kahl, a nurse. "
        + "Kahl said she would serve all.";
    List<Entity> es = resolve(text, mentions(text, EntityType.PERSON, "Ines Kahl", "Kahl", "Rosa Kahl"));
    Entity ines = named(es, "Ines Kahl");
    Entity rosa = named(es, "Rosa Kahl");
    int last = text.lastIndexOf("Kahl said");
    assertTrue(ines.mentions().stream().anyMatch(m -> m.start() == last), ines.mentions().toString());
    assertEquals(1, rosa.mentions().size(), rosa.mentions().toString());
  }

  @Test
  void aOneWordNameTheArticleAlsoWritesInLowerCaseIsNoPersonWhereverItStands() {
    String text = "Officials from the Harvest's Republic of Norland met. Farmers said the harvest was poor.";
    List<Entity> es = resolve(text, mentions(text, EntityType.PERSON, "Harvest"));
    assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.PERSON), es.toString());
    // A listed given name stays a person although the word is also common ("mark").
    String mark = "The flood left a mark on the town. Later, Mark said the town was safe.";
    assertEquals("Mark", named(resolve(mark, mentions(mark, EntityType.PERSON, "Mark")), "Mark").name());
  }

  @Test
  void aWordOfAQuotedTitleIsNoPersonButANameInAQuotedSentenceIs() {
    String text = "The band played “We Will Not Back Down Ted” outside the hall.";
    assertTrue(resolve(text, mentions(text, EntityType.PERSON, "Ted")).isEmpty());
    String said = "He told them, “Ted will not back down on this,” and left.";
    assertEquals(1, resolve(said, mentions(said, EntityType.PERSON, "Ted")).size());
    assertTrue(EntityResolver.insideQuotedTitle("a “Red for Ted” rally", 11, 14));
  }

  @Test
  void aSurnameWithItsParticleJoinsTheFullName() {
    String text = "Playwright Mike van Horne wrote it. Van Horne has won twice. Dr. Omar al-Rashid agreed, and Rashid "
        + "said so. Biologist Jakob von Lindt added that von Lindt would stay.";
    List<EntityMention> all = mentions(text, EntityType.PERSON, "Mike van Horne", "Van Horne", "Omar al-Rashid",
        "Rashid", "Jakob von Lindt", "von Lindt");
    List<Entity> es = resolve(text, all.stream().filter(m -> all.stream().noneMatch(o -> o != m
        && o.start() <= m.start() && o.end() >= m.end() && o.end() - o.start() > m.end() - m.start())).toList());
    assertEquals(3, es.size(), es.toString());
    assertEquals(2, named(es, "Mike van Horne").mentions().size());
    assertEquals(2, named(es, "Omar al-Rashid").mentions().size());
    assertEquals(2, named(es, "Jakob von Lindt").mentions().size());
    // a given name that is also a particle does not join another given name with the same surname
    String two = "Al Brenner met Tina Brenner.";
    assertEquals(2, resolve(two, mentions(two, EntityType.PERSON, "Al Brenner", "Tina Brenner")).size());
  }

  @Test
  void saidBeforeASurnameIsTheVerbWhenTheArticleNamesThatPersonInFull() {
    String text = "Tom Aldous chaired the panel in 2015. Said Aldous: \"Our work is not done.\"";
    List<Entity> es = resolve(text, mentions(text, EntityType.PERSON, "Tom Aldous", "Said Aldous"));
    assertEquals(1, es.size(), es.toString());
    assertEquals(2, named(es, "Tom Aldous").mentions().size());
    String alone = "Said Karimi, the envoy, arrived on Monday.";
    assertEquals("Said Karimi", resolve(alone, mentions(alone, EntityType.PERSON, "Said Karimi")).get(0).name());
  }

  @Test
  void handlesCodesArticlesAndCompoundAdjectivesAreNotNames() {
    String handle = "Follow @GadgetDeals for more. Tom Reyes wrote this.";
    assertEquals(List.of("Tom Reyes"), names(resolve(handle, mentions(handle, EntityType.PERSON, "GadgetDeals", "Tom Reyes"))));
    String shape = "The coating is Plan-free and the Model7 ships soon, said Ryu Dal-hwan with Qadir-ul-Baqi.";
    assertEquals(List.of("Ryu Dal-hwan", "Qadir-ul-Baqi"),
        names(resolve(shape, mentions(shape, EntityType.PERSON, "Plan-free", "Model7", "Ryu Dal-hwan", "Qadir-ul-Baqi"))));
    String thing = "Someone had a Gripmaster in the tent, said Ann Cole.";
    assertEquals(List.of("Ann Cole"), names(resolve(thing, mentions(thing, EntityType.PERSON, "Gripmaster", "Ann Cole"))));
    String code = "The Corvo X4 beat the Halvard 3-season, said Ann Cole.";
    assertEquals(List.of("Ann Cole"), names(resolve(code, mentions(code, EntityType.PERSON, "Corvo X4", "Halvard 3-season", "Ann Cole"))));
    String adj = "Top-seeded Ruiz lost in the first round.";
    assertEquals(List.of("Ruiz"), names(resolve(adj, mentions(adj, EntityType.PERSON, "Top-seeded Ruiz"))));
  }

  /** A resolver that knows three made-up country names (as the gazetteer's country-of-a-word function does). */
  private final EntityResolver withCountries =
      new EntityResolver(w -> java.util.Set.of("Osmania", "Tirelia", "Vantor").contains(w) ? w : null);

  private static List<String> people(List<Entity> es) {
    return es.stream().filter(e -> e.type() == EntityType.PERSON)
        .map(e -> e.name() + "x" + e.mentions().size()).toList();
  }

  @Test
  void aCountryNameThatIsSomeonesGivenNameIsTheCountryUnlessTheTextMakesItThePerson() {
    Document doc = TextPipeline.instance().process(
        "Minister Osmania Kadar spoke on Monday. Later Osmania said it had closed the border.");
    List<EntityMention> m = new ArrayList<>(mentions(doc.text(), EntityType.PERSON, "Osmania Kadar"));
    m.addAll(mentions(doc.text(), EntityType.PERSON, "Osmania").stream().filter(x -> x.start() > 20).toList());
    List<Entity> es = withCountries.resolve(doc, m);
    assertEquals(List.of("Osmania Kadarx1"), people(es));
    assertTrue(es.stream().anyMatch(e -> e.type() == EntityType.PLACE && e.name().equals("Osmania")), es.toString());

    Document he = TextPipeline.instance().process("Tirelia Moss gave a talk. Tirelia said he would come back next year.");
    List<EntityMention> hm = new ArrayList<>(mentions(he.text(), EntityType.PERSON, "Tirelia Moss"));
    hm.addAll(mentions(he.text(), EntityType.PERSON, "Tirelia").stream().filter(x -> x.start() > 5).toList());
    assertEquals(List.of("Tirelia Mossx2"), people(withCountries.resolve(he, hm)));
  }

  @Test
  void aCountryNameThatIsSomeonesSurnameStaysThePersonUnlessItsPronounIsIt() {
    Document scored = TextPipeline.instance().process("Dana Vantor played well. Vantor scored 30 points for her team.");
    List<EntityMention> m = new ArrayList<>(mentions(scored.text(), EntityType.PERSON, "Dana Vantor"));
    m.addAll(mentions(scored.text(), EntityType.PERSON, "Vantor").stream().filter(x -> x.start() > 5).toList());
    assertEquals(List.of("Dana Vantorx2"), people(withCountries.resolve(scored, m)));

    Document team = TextPipeline.instance().process("Dana Vantor owns the team. Vantor raced with its new engine.");
    List<EntityMention> tm = new ArrayList<>(mentions(team.text(), EntityType.PERSON, "Dana Vantor"));
    tm.addAll(mentions(team.text(), EntityType.PERSON, "Vantor").stream().filter(x -> x.start() > 5).toList());
    assertEquals(List.of("Dana Vantorx2"), people(withCountries.resolve(team, tm)));

    Document border = TextPipeline.instance().process("Dana Vantor flew to Vantor. Vantor closed its border on Monday.");
    List<EntityMention> bm = new ArrayList<>(mentions(border.text(), EntityType.PERSON, "Dana Vantor"));
    bm.add(new EntityMention(20, 26, "Vantor", EntityType.PLACE, 1));
    bm.addAll(mentions(border.text(), EntityType.PERSON, "Vantor").stream().filter(x -> x.start() > 27).toList());
    assertEquals(List.of("Dana Vantorx1"), people(withCountries.resolve(border, bm)));
  }

  @Test
  void blackAloneIsTheAdjectiveUnlessItIsTheSurnameOfSomeoneNamedInFull() {
    String race = "She became the first Black judge on the court, said Ann Cole.";
    assertEquals(List.of("Ann Colex1"), people(resolve(race, mentions(race, EntityType.PERSON, "Black", "Ann Cole"))));
    String name = "Tom Black won the race. Black said he was tired.";
    List<EntityMention> m = new ArrayList<>(mentions(name, EntityType.PERSON, "Tom Black"));
    m.addAll(mentions(name, EntityType.PERSON, "Black").stream().filter(x -> x.start() > 5).toList());
    assertEquals(List.of("Tom Blackx2"), people(resolve(name, m)));
  }

  @Test
  void aQuotedNicknameSitsInsideOneName() {
    String text = "The guests were James Hale, James \u201cAce\u201d Mole and Tom Ward. Mole left early.";
    List<EntityMention> m = new ArrayList<>(mentions(text, EntityType.PERSON, "James Hale", "James", "Mole", "Tom Ward")
        .stream().filter(x -> !(x.text().equals("James") && x.start() < 20)).toList());
    m.addAll(mentions(text, EntityType.OTHER, "Ace")); // the nickname tagged as something else
    List<Entity> es = resolve(text, m);
    assertEquals(List.of("James Halex1", "James Molex3", "Tom Wardx1"), people(es));
  }

  @Test
  void aNameKnownWithItsTitleDoesNotShareTheSurnameAfterAnd() {
    String text = "Prince Arlo and Dana Voss visited the school. Arlo waved.";
    List<Entity> es = resolve(text, mentions(text, EntityType.PERSON, "Arlo", "Dana Voss"));
    assertEquals(List.of("Arlox2", "Dana Vossx1"), people(es));
  }

  @Test
  void aTitleWordAloneIsTheSurnameOfSomeoneNamedInFullWithIt() {
    String text = "Coach Mara Lise King picked the squad. A sore knee kept King out, and President spoke.";
    List<EntityMention> m = new ArrayList<>(mentions(text, EntityType.PERSON, "Mara Lise King", "President"));
    m.addAll(mentions(text, EntityType.PERSON, "King").stream().filter(x -> x.start() > 30).toList());
    assertEquals(List.of("Mara Lise Kingx2"), people(resolve(text, m)));
  }

  private static List<String> names(List<Entity> es) {
    return es.stream().filter(e -> e.type() == EntityType.PERSON).map(Entity::name).toList();
  }

  @Test
  void anUndefinedAcronymSpellingOutOneOrganisationJoinsIt() {
    String text = "The Eastland Water Authority closed the dam.\nOn Monday the EWA said the dam was safe.";
    List<EntityMention> m = new ArrayList<>(mentions(text, EntityType.ORGANIZATION, "Eastland Water Authority", "EWA"));
    List<Entity> es = resolve(text, m);
    assertEquals(1, es.size(), es.toString());
    assertEquals(2, named(es, "Eastland Water Authority").mentions().size());
  }

  @Test
  void anAcronymOfTheLeadingWordsOfOneOrganisationJoinsIt() {
    String text = "The Institute for Alpine Glacier Studies and Mapping opened a hut.\nThe IAG said the ice had thinned.";
    List<EntityMention> m = new ArrayList<>(mentions(text, EntityType.ORGANIZATION,
        "Institute for Alpine Glacier Studies and Mapping", "IAG"));
    List<Entity> es = resolve(text, m);
    assertEquals(1, es.size(), es.toString());
    assertEquals(2, named(es, "Institute for Alpine Glacier Studies and Mapping").mentions().size());
  }

  @Test
  void aLeadingWordsAcronymStaysApartWhenAPersonHasItsInitials() {
    String text = "The Institute for Alpine Glacier Studies and Mapping hired Ivo Anton Gray.\nThe IAG wrote a memoir.";
    List<EntityMention> m = new ArrayList<>(mentions(text, EntityType.ORGANIZATION,
        "Institute for Alpine Glacier Studies and Mapping", "IAG"));
    m.addAll(mentions(text, EntityType.PERSON, "Ivo Anton Gray"));
    List<Entity> es = resolve(text, m);
    assertEquals(3, es.size(), es.toString());
  }

  @Test
  void aLeadingWordsAcronymStaysApartWhenTwoFitOrItIsTooShort() {
    String text = "The Institute for Alpine Glacier Studies and Mapping and the Institute for Alpine Grasslands met.\n"
        + "The IAG said nothing.\n"
        + "The Board of Orchard Tree Pests Pollination Research and Harvest Yields met. The BOT agreed.";
    List<EntityMention> m = new ArrayList<>(mentions(text, EntityType.ORGANIZATION,
        "Institute for Alpine Glacier Studies and Mapping", "Institute for Alpine Grasslands", "IAG",
        "Board of Orchard Tree Pests Pollination Research and Harvest Yields", "BOT"));
    List<Entity> es = resolve(text, m);
    assertEquals(5, es.size(), es.toString());
    assertTrue(EntityResolver.spellsLeadingWords("SRB", "SRBMP"));
    assertFalse(EntityResolver.spellsLeadingWords("SRB", "SRBMPLA"));
    assertFalse(EntityResolver.spellsLeadingWords("SR", "SRB"));
  }

  @Test
  void functionWordsAreSkippedButEveryCapitalisedWordCounts() {
    assertEquals("BLM", EntityResolver.capitalInitials("Bureau of Land Management"));
    assertEquals("ECCRE", EntityResolver.capitalInitials("Eastland Centre for Coastal Research and Education"));
    assertEquals("", EntityResolver.capitalInitials("Bank of the Valley"));
    assertEquals("", EntityResolver.capitalInitials("Eastland"));
  }

  @Test
  void anAcronymTwoOrganisationsSpellOutOrThatSkipsAWordStaysApart() {
    String text = "The Eastland Water Authority and the Eastern Wildlife Association met.\nThe EWA said nothing.\n"
        + "The Northern Coastal Research Institute spoke. The NCI agreed.";
    List<EntityMention> m = new ArrayList<>(mentions(text, EntityType.ORGANIZATION, "Eastland Water Authority",
        "Eastern Wildlife Association", "EWA", "Northern Coastal Research Institute", "NCI"));
    List<Entity> es = resolve(text, m);
    assertEquals(5, es.size(), es.toString());
  }

  @Test
  void mrAndMrsWithOneFamilyNameAreTwoPeopleAndTheFirstNeedNotBeTheFullNameOfUnknownSex() {
    // "Oona" is of unknown sex here: "Mr Lind", met first, is not taken to be her; "Mrs Lind" then is
    String text = "Oona Lind told the court she had lied.\nMr Lind had faked his death.\nMrs Lind said she was sorry.";
    List<EntityMention> m = new ArrayList<>(mentions(text, EntityType.PERSON, "Oona Lind"));
    m.addAll(mentions(text, EntityType.PERSON, "Lind").stream().filter(x -> x.start() > 10).toList());
    List<Entity> es = resolve(text, m);
    assertEquals(2, es.size(), es.toString());
    assertEquals(2, named(es, "Oona Lind").mentions().size(), es.toString());
    assertEquals(1, named(es, "Lind").mentions().size(), es.toString());
  }

  @Test
  void mrAndMrsWithOneFamilyNameJoinTheFullNameOfTheirSex() {
    String text = "Tom Lind and his wife ran the farm.\nMr Lind said the harvest was poor.\nMrs Lind disagreed.";
    List<EntityMention> m = new ArrayList<>(mentions(text, EntityType.PERSON, "Tom Lind"));
    m.addAll(mentions(text, EntityType.PERSON, "Lind").stream().filter(x -> x.start() > 10).toList());
    List<Entity> es = resolve(text, m);
    assertEquals(2, es.size(), es.toString());
    assertEquals(2, named(es, "Tom Lind").mentions().size(), es.toString());
  }

  @Test
  void mrsJoinsTheFullNameOfUnknownSexWhenMrIsAlreadyHerRelative() {
    String text = "Tom Lind and his wife, Oona Lind, ran the farm.\nMs. Lind left him.\nMr. Lind kept the farm.\n"
        + "Ms. Lind declined to comment.";
    List<EntityMention> m = new ArrayList<>(mentions(text, EntityType.PERSON, "Tom Lind", "Oona Lind"));
    m.addAll(mentions(text, EntityType.PERSON, "Lind").stream()
        .filter(x -> text.startsWith(". ", x.start() - 2)).toList());
    List<Entity> es = resolve(text, m);
    assertEquals(2, es.size(), es.toString());
    assertEquals(3, named(es, "Oona Lind").mentions().size(), es.toString());
    assertEquals(2, named(es, "Tom Lind").mentions().size(), es.toString());
  }

  /** The family name after an honorific ("Mr Farrow"), not inside a full name. */
  private static List<EntityMention> afterHonorific(String text, String family) {
    return mentions(text, EntityType.PERSON, family).stream()
        .filter(x -> text.startsWith("r ", x.start() - 2) || text.startsWith("s ", x.start() - 2)
            || text.startsWith(". ", x.start() - 2))
        .toList();
  }

  @Test
  void mrIsNotAWomanOfUnlistedGivenNameThatAPronounAfterHerFullNameShowsFemale() {
    // "Dagny" is not in the given-name list: only "she" after the full name shows her sex
    String text = "Dagny Farrow opened the bakery in 2019 when she left the navy.\n"
        + "Mr Farrow repairs the ovens.\nHe said the flour bill had doubled.";
    List<EntityMention> m = new ArrayList<>(mentions(text, EntityType.PERSON, "Dagny Farrow"));
    m.addAll(afterHonorific(text, "Farrow"));
    List<Entity> es = resolve(text, m);
    assertEquals(2, es.size(), es.toString());
    assertEquals(1, named(es, "Dagny Farrow").mentions().size(), es.toString());
    assertEquals(1, named(es, "Farrow").mentions().size(), es.toString());
  }

  @Test
  void mrJoinsTheMaleNamesakeNotTheLaterWomanAPronounShowsFemale() {
    String text = "Paul Kettle coached the rowing club for a decade.\n"
        + "Sunniva Kettle hopes she can row one more season.\nMr. Kettle watched from the bank.";
    List<EntityMention> m = new ArrayList<>(mentions(text, EntityType.PERSON, "Paul Kettle", "Sunniva Kettle"));
    m.addAll(afterHonorific(text, "Kettle"));
    List<Entity> es = resolve(text, m);
    assertEquals(2, es.size(), es.toString());
    assertEquals(2, named(es, "Paul Kettle").mentions().size(), es.toString());
    assertEquals(1, named(es, "Sunniva Kettle").mentions().size(), es.toString());
  }

  @Test
  void mrIsNotAWomanAKinshipNounInAppositionShowsFemale() {
    String[] texts = {
        "The hotel passed to his widow, Dagny Farrow, in 1998.\nMr Farrow had built the east wing.",
        "Dagny Farrow, their daughter, runs the kitchen now.\nMr Farrow had built the east wing."};
    for (String t : texts) {
      List<EntityMention> m = new ArrayList<>(mentions(t, EntityType.PERSON, "Dagny Farrow"));
      m.addAll(afterHonorific(t, "Farrow"));
      List<Entity> es = resolve(t, m);
      assertEquals(1, named(es, "Dagny Farrow").mentions().size(), t);
      assertEquals(1, named(es, "Farrow").mentions().size(), t);
    }
  }

  @Test
  void aPronounPastAnotherPersonAfterAnObjectOrOfTheHonorificsSexKeepsTheJoin() {
    // "she" after someone else's name, or after the name as an object, says nothing of Farrow; "he" agrees with "Mr"
    String[] texts = {
        "Dagny Farrow hired Ola Brandt, and she began at once.\nMr Farrow said the shop was busy.",
        "The council fined Dagny Farrow on Monday, noting she had been warned.\nMr Farrow said the shop was busy.",
        "Dagny Farrow said he would sell the bakery.\nMr Farrow said the shop was busy."};
    for (String t : texts) {
      List<EntityMention> m = new ArrayList<>(mentions(t, EntityType.PERSON, "Dagny Farrow", "Ola Brandt"));
      m.addAll(afterHonorific(t, "Farrow"));
      assertEquals(2, named(resolve(t, m), "Dagny Farrow").mentions().size(), t);
    }
  }

  @Test
  void boxScoreItemsWrittenFamilyCommaGivenAreOnePersonEach() {
    String text = "HALDEN (9-3): Okafor, Dana 4-7 7-8 17; Lind, Marta 6-6 1-2 13; Berg, Ines 0-2 2-2 2. Totals 10-15 10-12 32.\n"
        + "Okafor said the team never stopped running.";
    List<EntityMention> m = new ArrayList<>(mentions(text, EntityType.PERSON, "Okafor", "Dana", "Marta", "Ines"));
    m.addAll(mentions(text, EntityType.PLACE, "Lind", "Berg"));
    List<Entity> es = resolve(text, m);
    assertEquals(List.of("Dana Okafor", "Marta Lind", "Ines Berg"), es.stream().map(Entity::name).toList());
    assertTrue(es.stream().allMatch(e -> e.type() == EntityType.PERSON), es.toString());
    assertEquals(2, named(es, "Dana Okafor").mentions().size());
    assertEquals("Lind, Marta", named(es, "Marta Lind").mentions().get(0).text());
  }

  @Test
  void commaListsWithoutPlayersStatisticsAreLeftAlone() {
    String text = "Smith, Jones and Brown said the fair in Lowmoor, Westshire would open.\n"
        + "Medals: Lowmoor, Westshire 3, Dunmere, Eastvale 2, Caddock, Northby 1.";
    List<Entity> es = resolve(text, mentions(text, EntityType.PERSON, "Smith", "Jones", "Brown", "Caddock", "Northby"));
    assertEquals(List.of("Smith", "Jones", "Brown", "Caddock", "Northby"), es.stream().map(Entity::name).toList());
    // fewer than three items on the line
    String two = "Okafor, Dana 4-7 7-8 17; Lind, Marta 6-6 1-2 13.";
    assertEquals(List.of("Okafor", "Dana", "Lind", "Marta"),
        resolve(two, mentions(two, EntityType.PERSON, "Okafor", "Dana", "Lind", "Marta")).stream().map(Entity::name).toList());
  }

  /** One sentence of word tokens, tagged as {@code tags} says, else NNP when capitalised and NN otherwise. */
  private static Document tagged(String text, java.util.Map<String, String> tags) {
    List<newsflow.enrich.nlp.Token> tokens = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\p{L}+|\\S").matcher(text);
    while (m.find()) {
      String w = m.group();
      String pos = !Character.isLetter(w.charAt(0)) ? w : Character.isUpperCase(w.charAt(0)) ? "NNP" : "NN";
      tokens.add(new newsflow.enrich.nlp.Token(m.start(), m.end(), w, w.toLowerCase(java.util.Locale.ROOT),
          tags.getOrDefault(w, pos)));
    }
    return new Document(text, List.of(), List.of(new newsflow.enrich.nlp.Sentence(0, text.length(), 0, tokens)));
  }

  @Test
  void aOneWordNameTheTaggerReadsAsAnInterjectionIsNoPerson() {
    String text = "The drummer missed the flight, columnist Gail Minter reports. Oh, the tour may be cut short.";
    List<Entity> es = resolver.resolve(tagged(text, java.util.Map.of("Oh", "UH")),
        mentions(text, EntityType.PERSON, "Gail Minter", "Oh"));
    assertTrue(es.stream().noneMatch(e -> e.name().equals("Oh")), es.toString());
    // a name that opens a sentence is no interjection
    String other = "The drummer missed the flight, columnist Gail Minter reports. Pask said the tour may be cut short.";
    List<Entity> kept = resolver.resolve(tagged(other, java.util.Map.of()),
        mentions(other, EntityType.PERSON, "Gail Minter", "Pask"));
    assertTrue(kept.stream().anyMatch(e -> e.type() == EntityType.PERSON && e.name().equals("Pask")), kept.toString());
  }
}
