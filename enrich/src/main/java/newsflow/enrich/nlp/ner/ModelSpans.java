package newsflow.enrich.nlp.ner;

import static newsflow.enrich.nlp.ner.NameWords.isDeterminer;
import static newsflow.enrich.nlp.ner.NameWords.isLowerWord;
import static newsflow.enrich.nlp.ner.NameWords.kinship;
import static newsflow.enrich.nlp.ner.NameWords.stripPeriod;
import static newsflow.enrich.nlp.ner.NerLayers.MODEL_SPANS;
import static newsflow.enrich.nlp.ner.NerLayers.MODEL_TAGS;
import static newsflow.enrich.nlp.ner.NerLayers.TOKENS;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import newsflow.enrich.nlp.Annotation;
import newsflow.enrich.nlp.EntityMention;
import newsflow.enrich.nlp.EntityType;

/**
 * MODEL_TAGS, TOKENS -> MODEL_SPANS: the model's mentions on tokens ({@code MentionSource.MODEL}), with
 * the news conventions the model does not know applied to their extent: honorifics and titles are cut
 * from people's names, lower-case words from the edges and compound modifiers ("Paris-based") from the
 * front; a facility word at the end makes a place; idioms ("Uncle Sam"), kinship words and portfolio
 * words inside titles ("State" in "Secretary of State") are dropped.
 */
final class ModelSpans extends NerLayers.Stage {
  private final NerLexicon lex = NerLexicon.instance();
  /** Part-of-speech tags of words that open a sentence without being part of a name. */
  private static final java.util.Set<String> SENTENCE_OPENER_TAGS =
      java.util.Set.of("RB", "RBR", "RBS", "IN", "CC", "WRB", "UH");
  /** Forms of "be" and "have", which end a name in a title-case line. */
  private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("is", "was", "are", "were", "has", "have", "had");

  ModelSpans() {
    super(List.of(TOKENS, MODEL_TAGS), MODEL_SPANS);
  }

  @Override
  public void annotate(Annotation a) {
    TokenIndex d = a.get(TOKENS);
    List<Candidate> out = new ArrayList<>();
    java.util.Set<String> surnames = new java.util.HashSet<>();
    for (EntityMention m : a.get(MODEL_TAGS)) {
      Candidate c = m.type() == EntityType.PERSON ? d.toTokens(m.start(), m.end(), m.type(), MentionSource.MODEL) : null;
      if (c != null && c.to() > c.from() && d.capitalised(c.to())) surnames.add(d.norm(c.to()));
    }
    for (EntityMention m : a.get(MODEL_TAGS)) {
      Candidate whole = d.toTokens(m.start(), m.end(), m.type(), MentionSource.MODEL);
      if (whole == null) continue;
      for (Candidate part : personParts(d, whole)) {
        Candidate c = clean(d, part);
        if (c == null) continue;
        for (Candidate p : personOfOrganisation(d, c, surnames)) if (keep(d, p)) out.add(p);
      }
    }
    a.put(MODEL_SPANS, List.copyOf(out));
  }

  /**
   * A person span is one name: one that runs over a bracket keeps what follows it ("(our defender Ann) Berg":
   * "Berg"), and one that joins two names with "v." or "vs." is two names ("the Cole v. Adams bout").
   */
  private static List<Candidate> personParts(TokenIndex d, Candidate m) {
    if (m.type() != EntityType.PERSON) return List.of(m);
    int from = m.from();
    for (int i = m.from(); i <= m.to(); i++) if (isBracket(d.norm(i))) from = i + 1;
    if (from > m.to()) return List.of();
    List<Candidate> parts = new ArrayList<>();
    int start = from;
    for (int i = from; i <= m.to() + 1; i++) {
      if (i <= m.to() && !isVersus(d.norm(i))) continue;
      if (i > start) parts.add(new Candidate(start, i - 1, m.type(), m.source()));
      start = i + 1;
    }
    return parts;
  }

  /**
   * "Soh of the Ledger wrote": an organisation span that opens with the surname of a person the article
   * names in full, then "of" (and "the"), is that person and the organisation they belong to.
   */
  private static List<Candidate> personOfOrganisation(TokenIndex d, Candidate c, java.util.Set<String> surnames) {
    if (c.type() != EntityType.ORGANIZATION || c.to() < c.from() + 2 || !surnames.contains(d.norm(c.from()))
        || !d.norm(c.from() + 1).equals("of")) {
      return List.of(c);
    }
    int org = c.from() + 2;
    if (org < c.to() && d.norm(org).equals("the")) org++;
    if (!d.capitalised(org)) return List.of(c);
    return List.of(new Candidate(c.from(), c.from(), EntityType.PERSON, c.source()),
        new Candidate(org, c.to(), EntityType.ORGANIZATION, c.source()));
  }

  private static boolean isBracket(String w) {
    return w.equals("(") || w.equals(")") || w.equals("[") || w.equals("]") || w.equals("-LRB-") || w.equals("-RRB-");
  }

  private static boolean isVersus(String w) {
    return w.equals("v.") || w.equals("vs.") || w.equals("vs") || w.equals("versus");
  }

  private Candidate clean(TokenIndex d, Candidate m) {
    int from = m.from();
    int to = m.to();
    // honorifics and titles are not part of a person's name ("Mr.", "Defense Secretary")
    if (m.type() == EntityType.PERSON) {
      while (from <= to && (lex.isHonorific(d.norm(from)) || lex.isTitleWord(stripPeriod(d.norm(from)))
          || isDeterminer(d.norm(from)) || d.norm(from).equalsIgnoreCase("by"))) {
        from++;
      }
      // "Later Jordan said", "However Ann Lee ...": an adverb, preposition or conjunction that opens the
      // sentence is not the first word of the name after it
      if (from < to && d.sentenceStart(from) && SENTENCE_OPENER_TAGS.contains(d.pos(from))) from++;
      from += leadingDemonym(d, from, to);
      // "Ann Lee Is Back" in a title-case line: a capitalised auxiliary ends the name before it
      while (to > from && AUXILIARIES.contains(d.norm(to).toLowerCase(Locale.ROOT))) to--;
    }
    // lower-case words at the edges are not part of a name ("ruling Harbour Party", "Lemsk county"),
    // particles inside it are ("Bank of England", "Ludwig van Beethoven")
    while (from <= to && isLowerWord(d.norm(from))) from++;
    while (to >= from && isLowerWord(d.norm(to))) to--;
    if (from > to) return null;
    // "Paris-based Lumen Partners", "St. Paul-based Acme Holdings Inc.": the modifier is not the name
    for (int i = to - 1; i >= from; i--) {
      if (NameWords.ADJECTIVAL.matcher(d.norm(i).toLowerCase(Locale.ROOT)).find()) {
        from = i + 1;
        break;
      }
    }
    String lastWord = d.norm(to).toLowerCase(Locale.ROOT);
    if (m.type() == EntityType.PLACE && NameWords.ADJECTIVAL.matcher(lastWord).find()) return null; // "New York-based"
    EntityType type = m.type();
    if (type == EntityType.ORGANIZATION && to > from && lex.isFacilitySuffix(d.norm(to)) && d.capitalised(to)) {
      type = EntityType.PLACE; // "Northwestern Memorial Hospital", "Manila Cathedral"
    }
    return new Candidate(from, to, type, m.source());
  }

  /**
   * "Glaswegian Ruth Aird", "New Yorker Dana Blum", "Londoners Ann and Tom Lee": the number of words at
   * {@code from} that name the people of a place ({@link Demonyms}) before a name in the span, or 0. A demonym
   * that is also a name ("Finn Lowe", "Dane Ruiz") counts only after "fellow" and before a name of two words.
   */
  static int leadingDemonym(TokenIndex d, int from, int to) {
    int n = 0;
    if (from + 1 < to && Demonyms.isDemonym(d.norm(from) + " " + d.norm(from + 1))) n = 2;
    else if (from < to && Demonyms.isDemonym(d.norm(from))) n = 1;
    if (n == 0) return 0;
    if (n == 1 && Demonyms.ambiguous(d.norm(from))) {
      boolean fellow = from > 0 && d.sameSentence(from - 1, from) && d.norm(from - 1).equalsIgnoreCase("fellow");
      if (!fellow || to - from < 2) return 0;
    }
    return n;
  }

  private boolean keep(TokenIndex d, Candidate m) {
    String phrase = d.phrase(m.from(), m.to());
    if (lex.isNotPerson(phrase)) return false;
    if (m.from() > 0 && d.sameSentence(m.from() - 1, m.from()) && lex.isNotPerson(d.norm(m.from() - 1) + " " + phrase)) {
      return false; // "SAM" of "UNCLE SAM"
    }
    if (m.type() == EntityType.PERSON && m.from() > 0 && kinship(d.norm(m.from() - 1)) && d.sameSentence(m.from() - 1, m.from())) {
      return false; // "Uncle X": an idiom or a relation, not a name the article is about
    }
    if (m.type() == EntityType.PERSON && kinship(d.norm(m.from()))) return false;
    // portfolio words inside a title: "Defense Secretary", "Secretary of State"
    boolean allModifiers = true;
    for (int i = m.from(); i <= m.to(); i++) allModifiers &= lex.isTitleModifier(d.norm(i));
    if (allModifiers) {
      if (m.to() + 1 < d.size() && d.sameSentence(m.to(), m.to() + 1) && lex.isTitleHead(stripPeriod(d.norm(m.to() + 1)))) {
        return false;
      }
      int p = m.from() - 1;
      if (p >= 0 && d.norm(p).equalsIgnoreCase("the")) p--;
      if (p >= 1 && (d.norm(p).equalsIgnoreCase("of") || d.norm(p).equalsIgnoreCase("for"))
          && lex.isTitleHead(d.norm(p - 1))) {
        return false;
      }
    }
    return true;
  }
}
