package newsflow.enrich.nlp.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import newsflow.enrich.nlp.Document;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.Quote;
import newsflow.enrich.nlp.Sentence;
import newsflow.enrich.nlp.Span;
import newsflow.enrich.nlp.Token;
import newsflow.enrich.nlp.lexicon.GivenNames;
import newsflow.enrich.nlp.lexicon.Lexicon;
import newsflow.enrich.nlp.lexicon.SpeechVerbs;
import newsflow.enrich.nlp.lexicon.GivenNames.Gender;
import newsflow.enrich.nlp.lexicon.SexNouns;
import newsflow.enrich.nlp.ner.NerLexicon;
import newsflow.enrich.nlp.text.TitleCase;
import newsflow.enrich.nlp.quotes.MentionFinder.Kind;
import newsflow.enrich.nlp.quotes.MentionFinder.Mention;

/**
 * Finds the direct quotes of a document and attributes each to a speaker: the subject of the nearest
 * speech verb ("he said", "said X", "X, the party's chairman, said", "according to X"), a previous quote's
 * speaker for quotes that continue it, pronouns resolved to the last named subject, and nominal mentions
 * ("the Ukrainian president") resolved to the entity holding that title. Stateless and thread-safe.
 */
public final class QuoteAttributor {

  /**
   * Whether a name is a country's (its common name, official name or a conventional short form): a country that is
   * the subject of a speech cue speaks as its government ("Ruritania said the talks had “collapsed”"). Without a
   * gazetteer the country table's names are used.
   */
  private final Predicate<String> country;

  /** An attributor that knows countries by the country table's names only. */
  public QuoteAttributor() {
    this(name -> COUNTRY_NAMES.contains(name.strip().toLowerCase(Locale.ROOT)));
  }

  /** An attributor that knows countries by {@code country} (for example the gazetteer's country names). */
  public QuoteAttributor(Predicate<String> country) {
    this.country = country;
  }

  private static final Set<String> ORG_WORDS = MentionFinder.words(
      "post", "times", "news", "press", "journal", "tribune", "herald", "gazette", "agency", "ministry",
      "department", "committee", "campaign", "party", "association", "institute", "center", "centre",
      "council", "commission", "office", "bureau", "foundation", "university", "inc.", "corp.", "co.",
      "group", "network", "television", "radio", "service", "administration", "house", "senate", "congress",
      "court", "company", "bank", "fund", "union", "organization", "organisation", "league", "federation",
      "reuters", "telegraph", "guardian", "independent", "mail", "express", "review", "magazine", "daily",
      "weekly", "channel", "broadcasting", "media", "pentagon", "kremlin", "cnn", "msnbc", "nbc", "cbs", "abc",
      "bbc", "ap", "afp", "politico", "axios", "bloomberg", "fox", "npr", "pac", "gop", "fbi", "cia", "nato",
      "un", "eu", "police", "army", "navy", "government", "parliament", "cabinet", "tass", "interfax", "xinhua");

  private static final Set<String> ORG_NOMINAL_HEADS = MentionFinder.words(
      "newspaper", "paper", "outlet", "publication", "agency", "network", "broadcaster", "station", "magazine",
      "site", "website", "company", "firm", "campaign", "group", "organization", "organisation", "committee",
      "ministry", "department", "government", "administration", "office", "statement", "report", "spokesman",
      "spokeswoman", "spokesperson");

  /** Written things whose words are their author's ("the group's letter said"). */
  private static final Set<String> DOCUMENT_NOUNS = MentionFinder.words(
      "letter", "statement", "report", "study", "memo", "filing", "complaint", "lawsuit", "post", "tweet", "email",
      "release", "document", "note", "message", "editorial", "ruling", "order", "survey", "poll", "analysis",
      "transcript", "story", "article", "website", "site", "notice", "announcement", "decision", "verdict");

  /** Bodies of a state or organisation that speak for it ("the foreign ministry said"). */
  private static final Set<String> BODY_NOUNS = MentionFinder.words(
      "ministry", "government", "army", "military", "police", "department", "office", "embassy", "council",
      "cabinet", "parliament", "court", "navy", "presidency", "foundation", "institute", "center", "centre",
      "commission", "agency", "service", "bureau", "committee", "authority", "board", "union", "party");

  /** Nominal heads for a public body, which refer back to an organisation named as one. */
  private static final Set<String> PUBLIC_BODY_HEADS = MentionFinder.words(
      "agency", "department", "ministry", "authority", "bureau", "commission", "service", "office", "institute",
      "center", "centre", "council", "committee", "foundation");

  /** Nominal heads for a business. */
  private static final Set<String> BUSINESS_HEADS = MentionFinder.words("company", "firm");

  /** Heads of descriptions of news organisations. */
  private static final Set<String> NEWS_NOUNS = MentionFinder.words(
      "newspaper", "paper", "outlet", "publication", "broadcaster", "network", "magazine", "daily", "tabloid",
      "channel", "station");

  /** Words in the names of news organisations. */
  private static final Set<String> NEWS_NAME_WORDS = MentionFinder.words(
      "post", "times", "news", "press", "journal", "tribune", "herald", "gazette", "telegraph", "guardian",
      "daily", "magazine", "television", "radio", "broadcasting", "network", "channel", "reuters", "afp",
      "bbc", "cnn", "nbc", "cbs", "abc", "npr", "bloomberg", "politico", "axios", "mail", "express");

  /** Words after which a name is an object, not a subject. */
  private static final Set<String> NOT_BEFORE_SUBJECT = MentionFinder.words(
      "of", "to", "with", "by", "for", "from", "about", "at", "on", "in", "between", "against", "and", "or",
      "than", "that", "into", "over", "under", "like", "toward", "towards", "among", "behind", "without", "within", "via", "upon", "onto", "across", "through", "during");

  /** Words after which a new clause, and so a subject, may start. */
  private static final Set<String> CLAUSE_OPENERS = MentionFinder.words(
      ",", ";", ":", "—", "–", "-", "--", "(", "and", "but", "that", "because", "while", "when", "as", "after",
      "before", "since", "if", "although", "though", "so", "then", "where", "whereas", "yet", "once", "until",
      "said", "says", "told", "added", "wrote", "\"", "“", "”", "‘", "’", "'");

  /** Honorifics that state a sex, from the lexicon's one list ("madam" is a form of address, not in it). */
  private static final Set<String> FEMALE_HONORIFICS = Lexicon.with(Lexicon.honorificsStating("female"), "madam");
  private static final Set<String> MALE_HONORIFICS = Lexicon.honorificsStating("male");

  private static final Set<String> AUXILIARIES = MentionFinder.words(
      "was", "is", "has", "had", "will", "would", "did", "does", "do", "could", "should", "can", "may", "might",
      "must", "were", "are", "have");

  private static final Pattern POSSESSIVE_END = Pattern.compile("[’']s$");
  private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?i)(the|a|an)\\s+");
  private static final Pattern LEADING_HONORIFIC =
      Pattern.compile("^(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Pres|Prof|Rev|Lt|Col|Capt|Adm|Sgt|Maj|Messrs)\\.\\s+");
  private static final Pattern INITIALISM = Pattern.compile("(\\p{Lu}\\.)+");

  private final QuoteFinder finder = new QuoteFinder();

  /** How one quote was attributed: the mention's token range and kind, the cue word and a confidence. */
  private record Attribution(Mention mention, String cue, double confidence) {}

  /**
   * Finds and attributes the quotes of {@code doc}. {@code entities} (may be empty, must be mutable) is
   * used to link speaker mentions; named speakers without an entity are appended to it.
   */
  public List<Quote> attribute(Document doc, List<Entity> entities) {
    if (entities == null) entities = new ArrayList<>();
    String text = doc.text();
    List<QuoteSpan> spans = new ArrayList<>();
    List<QuoteSpan> titles = new ArrayList<>();
    for (QuoteSpan s : finder.find(doc)) {
      String q = s.text(text);
      if (looksLikeTitle(q) && !spokenTitleCase(q)) titles.add(s);
      else if (!looksLikeMarkup(q)) spans.add(s);
    }
    if (spans.isEmpty()) return new ArrayList<>();

    List<Token> toks = new ArrayList<>();
    for (Sentence s : doc.sentences()) toks.addAll(s.tokens());
    int n = toks.size();
    int[] sentOf = new int[n];
    int[] paraOf = new int[n];
    {
      int t = 0;
      for (int si = 0; si < doc.sentences().size(); si++) {
        Sentence s = doc.sentences().get(si);
        for (int k = 0; k < s.tokens().size(); k++, t++) {
          sentOf[t] = si;
          paraOf[t] = s.paragraph();
        }
      }
    }
    int[] quoteOf = new int[n];
    Arrays.fill(quoteOf, -1);
    int[] qFirst = new int[spans.size()];
    int[] qLast = new int[spans.size()];
    {
      int t = 0;
      for (int q = 0; q < spans.size(); q++) {
        QuoteSpan s = spans.get(q);
        while (t < n && toks.get(t).end() <= s.markStart()) t++;
        qFirst[q] = t;
        int u = t;
        while (u < n && toks.get(u).start() < s.markEnd()) {
          quoteOf[u] = q;
          u++;
        }
        qLast[q] = u - 1;
        t = u;
      }
    }
    // Tokens in a person's mention, and tokens with the same entity mention on both sides ("Devon and
    // Cornwall Police"), for telling two coordinated people from one name with "and" in it.
    boolean[] person = new boolean[n];
    boolean[] insideName = new boolean[n];
    boolean[] fullPerson = new boolean[n];
    boolean[] organisation = new boolean[n];
    for (Entity e : entities) {
      for (Span sp : e.mentions()) {
        for (int t = 0; t < n; t++) {
          Token tok = toks.get(t);
          if (tok.start() >= sp.start() && tok.end() <= sp.end()) {
            if (e.type() == EntityType.PERSON) person[t] = true;
            if (e.type() == EntityType.PERSON && e.name().trim().contains(" ")) fullPerson[t] = true;
            if (e.type() == EntityType.ORGANIZATION) organisation[t] = true;
            if (tok.start() > sp.start() && tok.end() < sp.end()) insideName[t] = true;
          }
        }
      }
    }
    // Words of a quoted title (“Tom Barrow Returns”), which is no quote: a name in it is a work's, no one named.
    boolean[] inTitle = new boolean[n];
    for (QuoteSpan s : titles) {
      for (int t = 0; t < n; t++) {
        if (toks.get(t).start() >= s.start() && toks.get(t).end() <= s.end()) inTitle[t] = true;
      }
    }
    Ctx ctx = new Ctx(doc, toks, sentOf, paraOf, quoteOf, new MentionFinder(toks, quoteOf, organisation), person, insideName, fullPerson,
        organisation, inTitle);

    Attribution[] attr = new Attribution[spans.size()];
    boolean[] term = new boolean[spans.size()];
    // The sentence subject's attribution that objectOfControl replaced, for a later quote that a speech verb
    // of that subject introduces ("... to describe it as “closed”, and said “we are done”").
    Attribution[] subjectOf = new Attribution[spans.size()];
    // Pass 1: cues adjacent to or in the same sentence as the quote; quoted terms and titles get none.
    for (int q = 0; q < spans.size(); q++) {
      term[q] = spans.get(q).partial() ? isQuotedTerm(ctx, qFirst[q], spans.get(q)) : isNamedThing(ctx, qFirst[q], spans.get(q));
      if (!term[q] && q > 0 && term[q - 1] && spans.get(q).partial() && coordinatedWith(ctx, qLast[q - 1], qFirst[q])) {
        term[q] = true;
      }
      if (!term[q] && isBracketedGloss(text, spans.get(q))) term[q] = true;
      if (!term[q] && (wordingOfFrontedQuestion(ctx, qFirst[q]) || objectOfDeniedCue(ctx, qFirst[q]))) term[q] = true;
      if (!term[q]) {
        Attribution own = quotedSource(ctx, qFirst[q], local(ctx, q, qFirst[q], qLast[q], spans.get(q)));
        attr[q] = objectOfControl(ctx, qFirst[q], own);
        if (attr[q] != own) subjectOf[q] = own;
      }
    }
    boolean[] crossheadFromAbove = new boolean[spans.size()];
    // Pass 2: quotes without a local cue take the speaker of a neighbouring quote or paragraph; a quote
    // inside the author's sentence only the subject of that sentence.
    for (int q = 0; q < spans.size(); q++) {
      if (attr[q] != null || term[q]) continue;
      if (spans.get(q).partial()) {
        // Only within its own sentence: the quote before it there, a possessor of words ("his remark that
        // “...”"), or the sentence's subject.
        boolean sameSentence = q > 0 && attr[q - 1] != null && qLast[q - 1] >= 0
            && ctx.sentOf()[qLast[q - 1]] == ctx.sentOf()[qFirst[q]];
        // "... “a win” while opponents called it “a giveaway”": a clause with its own subject between the two
        // quotes governs the second; its subject, not the first quote's speaker, owns it.
        if (sameSentence && ownSubjectBetween(ctx, qLast[q - 1] + 1, qFirst[q])) continue;
        Attribution a = sameSentence ? carriedPastControl(ctx, attr, subjectOf, qLast, qFirst, q) : null;
        if (a == null) a = cueClosingSentence(ctx, spans, attr, qFirst, qLast, q);
        if (a == null) a = possessorOfWords(ctx, qFirst[q]);
        if (a == null) a = authorOfSpeechNoun(ctx, qFirst[q]);
        if (a == null) a = governingSpeaker(ctx, qFirst[q]);
        if (a == null) a = evaluator(ctx, qFirst[q], spans.get(q));
        if (a == null && subjectMaySpeak(ctx, qFirst[q], spans.get(q))) a = clauseSubject(ctx, qFirst[q]);
        Attribution own = quotedSource(ctx, qFirst[q], a);
        a = objectOfControl(ctx, qFirst[q], own);
        if (a != own) subjectOf[q] = own;
        // "..., Lee said. Then, “we will see.”": the quote before it in the paragraph, when no other
        // name or pronoun stands between them.
        if (a == null && q > 0 && attr[q - 1] != null && spans.get(q - 1).paragraph() == spans.get(q).paragraph()
            && subjectMaySpeak(ctx, qFirst[q], spans.get(q)) && noOtherSpeakerBetween(ctx, qLast[q - 1] + 1, qFirst[q])
            && !ownSubjectBetween(ctx, qLast[q - 1] + 1, qFirst[q])) {
          a = carried(attr[q - 1]);
        }
        attr[q] = a;
        continue;
      }
      int p = spans.get(q).paragraph();
      Attribution a = null;
      boolean startsParagraph = isFirstInParagraph(ctx, qFirst[q]);
      // A quoted heading ("‘Growth is back’: Acme Bank" over the paragraphs that explain it) is nobody's
      // continued speech: no speaker from the quotes or paragraphs around it.
      if (startsParagraph && isLabelledHeading(ctx, qLast[q])) continue;
      // "“...” (Seneca, cited by Montaigne)": the source in brackets right after the quote; nobody else's words.
      if (citedInBrackets(ctx, qLast[q])) {
        attr[q] = bracketedSource(ctx, qLast[q]);
        continue;
      }
      // A quote that continues the open quote of the previous paragraph keeps its speaker.
      if (spans.get(q).continued() && q > 0 && attr[q - 1] != null) a = carried(attr[q - 1]);
      // Previous quote of the same paragraph ("“A,” he said. “B.”").
      // Not past a sentence led by someone else ("“A,” said Osk. Landlord Piet Danner disputes that. “B.”").
      if (a == null && q > 0 && spans.get(q - 1).paragraph() == p && attr[q - 1] != null
          && !otherNameLeadsBetween(ctx, qLast[q - 1] + 1, qFirst[q], attr[q - 1].mention())) {
        a = carriedPastControl(ctx, attr, subjectOf, qLast, qFirst, q);
      }
      // Next quote of the same paragraph ("“A.” “B,” he said.").
      if (a == null) {
        for (int r = q + 1; r < spans.size() && spans.get(r).paragraph() == p; r++) {
          if (attr[r] != null) {
            a = carried(attr[r]);
            break;
          }
        }
      }
      if (a == null && startsParagraph) a = introducedByColon(ctx, qFirst[q]);
      if (a == null && (q + 1 == spans.size() || spans.get(q + 1).paragraph() != p)) a = signedBelow(ctx, qLast[q]);
      // A quote left open at the end of its paragraph takes the cue of the quote that continues it
      // ("“A. ¶ “B,” Lee said."): the same speaker's words, broken only by the paragraph.
      if (a == null && spans.get(q).openAtEnd() && q + 1 < spans.size() && spans.get(q + 1).continued()
          && attr[q + 1] != null) {
        a = carried(attr[q + 1]);
      }
      if (a == null) a = anyCueInParagraph(ctx, qFirst[q], p);
      if (a == null && startsParagraph) {
        a = previousParagraph(ctx, spans, attr, q, qFirst[q]);
        crossheadFromAbove[q] = a != null && isQuotedCrosshead(ctx, spans.get(q));
      }
      if (a == null && startsParagraph) a = answerToQuestion(ctx, spans, attr, qLast, q, qFirst[q]);
      if (a == null) a = clauseSubject(ctx, qFirst[q], spans.get(q));
      if (a == null) a = leadIn(ctx, spans, attr, qLast, q, qFirst[q], entities);
      if (a == null) a = sameSpeakerAfterRemark(ctx, spans, attr, q, qFirst[q]);
      attr[q] = a;
    }
    List<Quote> built = crossheadsOfTheSectionBelow(build(ctx, spans, attr, entities), attr, crossheadFromAbove);
    return withNested(ctx, repeatedWords(built, attr, term));
  }

  /**
   * A quoted crosshead ("‘Harbour closed’" alone between paragraphs) heads the section below it: the speaker of the
   * paragraph above is kept only when the next quote, which opens that section, has the same speaker; otherwise the
   * crosshead goes without one (a pull quote may still find its speaker in {@link #repeatedWords}).
   */
  private static List<Quote> crossheadsOfTheSectionBelow(List<Quote> quotes, Attribution[] attr, boolean[] fromAbove) {
    List<Quote> out = new ArrayList<>(quotes);
    for (int q = 0; q < quotes.size() && q < fromAbove.length; q++) {
      Quote quote = quotes.get(q);
      if (!fromAbove[q] || quote.speakerEntityId() == null) continue;
      Quote below = q + 1 < quotes.size() ? quotes.get(q + 1) : null;
      if (below != null && quote.speakerEntityId().equals(below.speakerEntityId())) continue;
      out.set(q, new Quote(quote.id(), quote.start(), quote.end(), quote.text(), null, null, null, null, quote.partial(),
          0.3));
      attr[q] = null;
    }
    return out;
  }

  /**
   * A quote with no cue of its own whose words recur inside a quote that has a speaker takes that
   * speaker: a pull quote or a quoted subheading ("‘Not a setback’" over a paragraph where Lee says
   * “this is not a setback for us”). Three words at least, matched case-insensitively as a run of whole
   * words; quotes attributed to different speakers leave it unattributed.
   */
  private static List<Quote> repeatedWords(List<Quote> quotes, Attribution[] attr, boolean[] term) {
    List<Quote> out = new ArrayList<>(quotes);
    for (int q = 0; q < quotes.size(); q++) {
      Quote quote = quotes.get(q);
      if (quote.speaker() != null || attr[q] != null || term[q]) continue;
      String words = foldedWords(quote.text());
      if (words.split(" ").length < 3 || quotedAloneElsewhere(quotes, q, words)) continue;
      Quote source = null;
      for (int r = 0; r < quotes.size(); r++) {
        Quote other = quotes.get(r);
        if (r == q || other.speaker() == null || !(" " + foldedWords(other.text()) + " ").contains(" " + words + " ")) {
          continue;
        }
        if (source != null && !source.speaker().equals(other.speaker())) {
          source = null;
          break;
        }
        source = other;
      }
      if (source != null) {
        out.set(q, new Quote(quote.id(), quote.start(), quote.end(), quote.text(), source.speaker(),
            source.speakerEntityId(), source.speakerMention(), source.cue(), quote.partial(),
            Math.min(source.confidence(), 0.6)));
      }
    }
    return out;
  }

  /**
   * True when the same words are also quoted, without a speaker, as a phrase inside the author's own sentence: a
   * slogan or catchphrase the article talks about ("critics mocked “Clean streets. We care.” as vague"), which a
   * campaign text someone shares may repeat, not a pull quote lifted from one person's longer words. A pull quote
   * printed twice on its own does not count: only a copy that is part of a sentence.
   */
  private static boolean quotedAloneElsewhere(List<Quote> quotes, int q, String words) {
    for (int r = 0; r < quotes.size(); r++) {
      Quote other = quotes.get(r);
      if (r != q && other.speaker() == null && other.partial() && foldedWords(other.text()).equals(words)) return true;
    }
    return false;
  }

  /** Lower-case words and numbers of {@code s}, single-space separated, punctuation and apostrophes dropped. */
  private static String foldedWords(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[’'‘]", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /**
   * Adds the quotes nested in single quotation marks inside each quote (“And I said, ‘Buy more.’ They
   * said, ‘We can't.’”), after their outer quote. A nested quote introduced by the outer speaker's own
   * "I said" / "we told them" (or "I rang her and said", the verb joined to an earlier one of "I") is the
   * outer speaker's; any other (“they said, ‘...’”, a quoted term) gets
   * no speaker: the reported speaker is rarely named inside the quote. Titles of works are skipped, as
   * outside quotes.
   */
  /** "... and I thought, ‘Why not?’": the speaker's own thought, quoted inside their words. */
  private static final Set<String> OWN_THOUGHT_VERBS = MentionFinder.words(
      "thought", "think", "thinking", "wondered", "wonder", "realised", "realized");

  private static List<Quote> withNested(Ctx c, List<Quote> quotes) {
    String text = c.doc().text();
    List<Quote> out = new ArrayList<>();
    for (Quote q : quotes) {
      out.add(q);
      for (int[] n : QuoteFinder.nestedSingleQuotes(text, q.start(), q.end())) {
        int open = n[0];
        String inner = text.substring(n[1], n[2]);
        if (looksLikeTitle(inner) || looksLikeMarkup(inner)) continue; // ‘Songs of the Open Road,’ as outside
        Quote nested = null;
        int k = tokenIndexAt(c, open) - 1;
        // "... I said, ‘": the speech verb and its first-person subject right before the mark.
        while (k >= 0 && c.toks().get(k).start() >= q.start() && !c.mf().isWord(k)) k--;
        for (int v = k; v >= 0 && k - v < 4 && c.toks().get(v).start() >= q.start(); v--) {
          if (!SpeechVerbs.isSpeechVerb(c.lower(v)) && !OWN_THOUGHT_VERBS.contains(c.lower(v)) || v == 0) continue;
          // "I never said ‘traitor’": a denied word, not one the speaker said.
          if (deniedBefore(c, v)) break;
          int s = c.mf().skipLeft(v - 1, 0);
          String subj = c.lower(s);
          if ((subj.equals("i") || subj.equals("we") || subj.equals("and") && coordinatedFirstPerson(c, s, q.start())
              || firstPersonThroughAuxiliaries(c, s, q.start()))
              && q.speaker() != null) {
            nested = new Quote(null, n[1], n[2], text.substring(n[1], n[2]), q.speaker(), q.speakerEntityId(),
                q.speakerMention(), c.toks().get(v).text(), false, Math.min(q.confidence(), 0.6));
          }
          break;
        }
        if (nested == null) {
          nested = new Quote(null, n[1], n[2], text.substring(n[1], n[2]), null, null, null, null, false, 0.3);
        }
        out.add(nested);
      }
    }
    if (out.size() == quotes.size()) return quotes;
    List<Quote> numbered = new ArrayList<>(out.size());
    for (int i = 0; i < out.size(); i++) {
      Quote q = out.get(i);
      numbered.add(new Quote("q" + (i + 1), q.start(), q.end(), q.text(), q.speaker(), q.speakerEntityId(),
          q.speakerMention(), q.cue(), q.partial(), q.confidence()));
    }
    return numbered;
  }

  /** Subject pronouns that never stand as objects: a clause of someone else's before the "and". */
  private static final Set<String> OTHER_SUBJECTS = MentionFinder.words("he", "she", "they", "you");

  /**
   * True when the "and" at {@code and} joins the verb after it to an earlier verb of the same sentence whose
   * subject is "I" or "we" ("I rang her up and said, ‘...’", "we packed, locked up and thought, ‘...’"),
   * with no other subject in between: a noun or pronoun followed by a verb ("my son walked in and said"), an
   * infinitive ("I asked him to stand up and say"), a verb whose object does the next one ("I let him sit down
   * and say"), a relative pronoun ("a man who came over and said"), a
   * third-person subject pronoun or a clause break (";", ":", a dash, a nested quote) leaves it false.
   */
  /** Modals, auxiliaries and verbs taking a "to" infinitive that stand between a subject and its speech verb. */
  private static final Set<String> AUXILIARY_CHAIN = MentionFinder.words(
      "to", "should", "could", "might", "must", "can", "may", "shall", "ca", "wo", "n't", "not", "can't", "can’t",
      "couldn't", "couldn’t", "shouldn't", "shouldn’t", "'ve", "’ve", "'m", "’m", "'re", "’re", "was", "were", "am",
      "are", "be", "been", "got", "trying", "try", "tried", "want", "wanted", "need", "needed", "going", "used",
      "able");

  /**
   * True when the word at {@code k} (before a speech verb) starts a chain of modals, auxiliaries and verbs taking an
   * infinitive whose subject is "I" or "we": "we should have said, ‘...’", "I was trying to tell him ‘...’", "I have
   * to think that, ‘...’". Any other word in the chain ("I asked him to say") leaves it false.
   */
  private static boolean firstPersonThroughAuxiliaries(Ctx c, int k, int from) {
    if (k < 0 || !AUXILIARY_CHAIN.contains(c.lower(k))) return false;
    for (int steps = 0; k >= 0 && c.toks().get(k).start() >= from && steps < 8; steps++) {
      String l = c.lower(k);
      if (l.equals("i") || l.equals("we")) return true;
      if (!AUXILIARY_CHAIN.contains(l)) return false;
      k = c.mf().skipLeft(k - 1, 0);
    }
    return false;
  }

  /** Verbs whose object does the next verb ("I let the boy speak and say", "we watched her stand and say"). */
  private static final Set<String> OBJECT_DOES_VERBS = MentionFinder.words(
      "let", "lets", "letting", "make", "makes", "made", "making", "watch", "watches", "watched", "watching",
      "see", "sees", "saw", "seen", "seeing", "hear", "hears", "heard", "hearing", "help", "helps", "helped",
      "helping", "feel", "feels", "felt", "notice", "noticed", "noticing");

  private static boolean coordinatedFirstPerson(Ctx c, int and, int from) {
    for (int k = and - 1, words = 0; k >= 0 && c.toks().get(k).start() >= from && words < 20; k--) {
      if (c.sentOf()[k] != c.sentOf()[and]) return false;
      String l = c.lower(k);
      if (l.equals("i") || l.equals("we")) return true;
      if (!c.mf().isWord(k)) {
        if (l.startsWith("'") || l.startsWith("’")) continue; // "I've", "we'd"
        if (!l.equals(",")) return false;
        continue;
      }
      words++;
      String pos = c.toks().get(k).pos();
      String next = c.toks().get(k + 1).pos();
      if (pos == null || next == null) return false;
      if (OTHER_SUBJECTS.contains(l) || OBJECT_DOES_VERBS.contains(l) || pos.startsWith("W")) return false;
      boolean verbNext = next.startsWith("VB") || next.equals("MD");
      if (verbNext && (pos.startsWith("NN") || pos.startsWith("PRP") || pos.equals("TO"))) return false;
    }
    return false;
  }

  private static int tokenIndexAt(Ctx c, int offset) {
    int lo = 0;
    int hi = c.n();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (c.toks().get(mid).start() < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * A quoted crosshead: the quote is its paragraph's only text and has no punctuation at its end (a heading, not a
   * sentence of speech), and it does not go on with a quote left open above it.
   */
  private static boolean isQuotedCrosshead(Ctx c, QuoteSpan s) {
    if (s.continued() || s.openAtEnd()) return false;
    String text = c.doc().text();
    Span para = c.doc().paragraphs().get(s.paragraph());
    for (int k = para.start(); k < para.end(); k++) {
      if ((k < s.markStart() || k >= s.markEnd()) && !Character.isWhitespace(text.charAt(k))) return false;
    }
    String words = text.substring(s.start(), s.end()).strip();
    return !words.isEmpty() && Character.isLetterOrDigit(words.charAt(words.length() - 1));
  }

  /**
   * A quote of one to three words that fills a pair of brackets right after another quote: a gloss or a translation
   * of the quoted name before it (“nicknamed ‘El Lobo’ (‘The Wolf’)”), nobody's words.
   */
  static boolean isBracketedGloss(String text, QuoteSpan s) {
    int b = s.markStart() - 1;
    while (b >= 0 && text.charAt(b) == ' ') b--;
    if (b < 1 || text.charAt(b) != '(') return false;
    b--;
    while (b >= 0 && text.charAt(b) == ' ') b--;
    if (b < 0 || "’'”\"»".indexOf(text.charAt(b)) < 0) return false;
    int a = s.markEnd();
    while (a < text.length() && text.charAt(a) == ' ') a++;
    if (a >= text.length() || text.charAt(a) != ')') return false;
    return text.substring(s.start(), s.end()).strip().split("\\s+").length <= 3;
  }

  /** A quote followed in its paragraph only by a colon and a short label without a speech verb. */
  private static boolean isLabelledHeading(Ctx c, int last) {
    int k = last + 1;
    if (k >= c.n() || c.paraOf()[k] != c.paraOf()[last] || !c.toks().get(k).norm().equals(":")) return false;
    int words = 0;
    for (k++; k < c.n() && c.paraOf()[k] == c.paraOf()[last]; k++) {
      if (c.quoteOf()[k] >= 0 || isCue(c, k)) return false;
      if (c.mf().isWord(k) && ++words > 6) return false;
    }
    return words > 0;
  }

  /** Words that open a coordinated or contrasting clause after a quote ("“...” while critics said ..."). */
  private static final Set<String> CONTRAST_OPENERS = MentionFinder.words(
      "while", "whilst", "whereas", "but", "and", "yet", "although", "though", ";");

  /**
   * True when, in {@code [from, to)} outside quotes, a clause opener or a sentence start is followed by a
   * subject of its own (not a pronoun, "that" or a preposition) and then its finite verb: "while opponents
   * called it", "but some unions dismissed it as". "and said it was", "and that critics were" have no subject
   * of their own and keep the speaker before.
   */
  private static boolean ownSubjectBetween(Ctx c, int from, int to) {
    return ownSubjectStart(c, from, to) >= 0;
  }

  /** The first token of the subject {@link #ownSubjectBetween} finds, else -1. */
  private static int ownSubjectStart(Ctx c, int from, int to) {
    for (int k = from; k < to; k++) {
      if (c.quoteOf()[k] >= 0) continue;
      boolean sentenceStart = k > from && c.sentOf()[k - 1] != c.sentOf()[k];
      if (CONTRAST_OPENERS.contains(c.lower(k)) && subjectThenVerb(c, k + 1, to, !c.lower(k).equals("and"))) return k + 1;
      // "Lee said the plan, which farmers call a “land grab”, would pass": a relative clause with a subject of its
      // own and a naming verb governs the quote. Only a lower-case subject ("farmers", "many residents"): a named
      // one ("which Ann Vale called") is left to the cue rules, and a pronoun never counts as a subject here.
      if (OBJECT_RELATIVES.contains(c.lower(k)) && lowerCaseSubjectThenVerb(c, k + 1, to)) return k + 1;
      if (sentenceStart && subjectThenVerb(c, k, to)) return k;
    }
    return -1;
  }

  /**
   * Relative pronouns that open a clause on the noun before them, whose object that noun is, and "what", which
   * opens such a clause on no noun ("Lee attacked what builders call a “stopgap”").
   */
  private static final Set<String> OBJECT_RELATIVES = MentionFinder.words("which", "that", "whom", "what");

  /** Naming verbs in the present tense ("which farmers call “...”"), besides the past forms of PASSIVE_NAMING. */
  private static final Set<String> PRESENT_NAMING = MentionFinder.words("call", "calls", "dub", "dubs", "label",
      "labels", "brand", "brands", "term", "terms");

  /**
   * {@link #subjectThenVerb} for a subject of lower-case words only ("farmers", "many in the town"); a present
   * naming verb ("call") counts as governing the quote too.
   */
  private static boolean lowerCaseSubjectThenVerb(Ctx c, int s, int to) {
    if (s >= to || c.quoteOf()[s] >= 0 || c.mf().isCap(s) || c.mf().isPronoun(s)) return false;
    for (int v = s; v < to && v - s <= 5 && c.quoteOf()[v] < 0 && c.mf().isWord(v); v++) {
      if (c.mf().isCap(v) || c.mf().isPronoun(v)) return false;
      if (v > s && PRESENT_NAMING.contains(c.lower(v))) return true;
      if (isFiniteVerb(c.toks().get(v))) break;
    }
    return subjectThenVerb(c, s, to);
  }

  /** Verbs of judging that take a quote as what they call something, besides speech and naming verbs. */
  private static final Set<String> JUDGING_VERBS = MentionFinder.words("dismiss", "dismissed", "dismisses",
      "regard", "regarded", "regards", "see", "saw", "sees", "view", "viewed", "views");

  /**
   * A noun phrase of up to five words from {@code s} (no pronoun, comma or preposition; a time adverbial may
   * follow it) followed by a finite verb that may govern a quote: a speech, naming or judging verb, after auxiliaries and adverbs
   * ("opponents have long called it"). "but opponents were “...”" has no such verb: the words stay the
   * reported speaker's.
   */
  private static boolean subjectThenVerb(Ctx c, int s, int to) {
    return subjectThenVerb(c, s, to, false);
  }

  /**
   * {@link #subjectThenVerb}; with {@code opinion} a verb of opinion counts too, for a clause that contrasts with
   * the cue's ("Ivo Marsh said the pier was safe, but anglers thought it “a death trap”": the anglers' view, not
   * his words). Not after "and" or "that" ("Marsh said that crews felt “ignored”" reports what he said).
   */
  private static boolean subjectThenVerb(Ctx c, int s, int to, boolean opinion) {
    for (int v = s; v < to && v - s <= 5 && c.quoteOf()[v] < 0 && c.mf().isWord(v); v++) {
      // "and critics on Friday called it": a time adverbial between the subject and its verb.
      int time = v > s ? c.mf().timeAfter(v, to) : 0;
      if (time > 0) {
        v += time - 1;
        continue;
      }
      if (isFiniteVerb(c.toks().get(v)) && !c.mf().isCap(v)) {
        return v > s && governsQuote(c, v, to, opinion);
      }
      String pos = c.toks().get(v).pos();
      if (c.mf().isPronoun(v) || NOT_BEFORE_SUBJECT.contains(c.lower(v)) || CLAUSE_BREAKERS.contains(c.lower(v))
          || pos != null && (pos.equals("IN") || pos.equals("WDT") || pos.equals("WP") || pos.startsWith("VB"))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Finite verbs of holding a view (with the plural present and "considered", "deemed", unlike {@link
   * #OPINION_VERBS}): what their subject holds, which a contrasting clause sets against a reported speaker.
   */
  private static final Set<String> VIEW_VERBS = MentionFinder.words("felt", "feel", "feels", "thought", "think",
      "thinks", "believed", "believe", "believes", "considered", "consider", "considers", "deemed", "deem", "deems");

  /**
   * True when the finite verb at {@code v}, or the verb after its auxiliaries and adverbs, may govern a quote; with
   * {@code opinion} a verb of opinion ("felt", "have long believed") counts too.
   */
  private static boolean governsQuote(Ctx c, int v, int to, boolean opinion) {
    int k = v;
    while (k + 1 < to && c.quoteOf()[k + 1] < 0 && (AUXILIARIES.contains(c.lower(k)) || c.lower(k).equals("been")
        || k > v && isAdverb(c, k))) {
      k++;
    }
    String l = c.lower(k);
    return SpeechVerbs.isSpeechVerb(l) || PASSIVE_NAMING.contains(l) || JUDGING_VERBS.contains(l)
        || opinion && VIEW_VERBS.contains(l);
  }

  private static boolean isAdverb(Ctx c, int k) {
    String pos = c.toks().get(k).pos();
    if (c.lower(k).equals("not")) return true;
    return pos != null ? pos.startsWith("RB") : c.lower(k).endsWith("ly");
  }

  /** True when no capitalised word (past the cue's own mention) or personal pronoun lies in {@code [from, to)}. */
  private static boolean noOtherSpeakerBetween(Ctx c, int from, int to) {
    int lastCue = from;
    for (int k = from; k < to; k++) if (isCue(c, k)) lastCue = k;
    for (int k = lastCue + 1; k < to; k++) {
      boolean sentenceStart = k == 0 || c.sentOf()[k - 1] != c.sentOf()[k];
      if (c.mf().isPronoun(k) || c.mf().isCap(k) && !sentenceStart) return false;
    }
    return true;
  }

  /** "His remarks that “...”", "Lee's claim that “...”": the owner of the words named right before the quote. */
  private static Attribution possessorOfWords(Ctx c, int first) {
    for (int k = first - 1; k >= 1 && first - k <= 4 && c.quoteOf()[k] < 0 && c.sentOf()[k] == c.sentOf()[first]; k--) {
      if (!WORDS_NOUNS.contains(c.lower(k))) continue;
      int d = k - 1;
      if (c.mf().isPossessive(d) && d - 1 >= 0) {
        Mention m = namedPossessor(c, d);
        return m == null ? null : new Attribution(m, c.toks().get(k).text(), 0.6);
      }
      String l = c.lower(d);
      if (l.equals("his") || l.equals("her")) return new Attribution(new Mention(d, d, Kind.PRONOUN), c.toks().get(k).text(), 0.6);
      return null;
    }
    return null;
  }

  /** Nouns for someone's words. */
  private static final Set<String> WORDS_NOUNS = MentionFinder.words(
      "remark", "remarks", "comment", "comments", "words", "statement", "claim", "claims", "assertion", "promise",
      "pledge", "warning", "message", "tweet", "argument", "vow", "insistence", "suggestion", "announcement",
      "admission", "complaint", "description", "boast", "quip", "description", "prediction", "charge");

  /**
   * Nouns of saying whose complement carries the words of their author: a "that" clause ("Ines Varo's
   * assertion that the vote was “rigged”"), an infinitive ("Ines Varo's vow to “fight on”") or "of ... as"
   * ("Ines Varo's description of the levy as “daylight robbery”").
   */
  private static final Set<String> AUTHORED_SPEECH_NOUNS = MentionFinder.words(
      "remark", "remarks", "comment", "comments", "statement", "claim", "claims", "assertion", "assertions",
      "promise", "promises", "pledge", "pledges", "warning", "warnings", "vow", "vows", "insistence", "suggestion",
      "announcement", "admission", "description", "prediction", "assurance", "assurances", "denial", "threat",
      "threats", "declaration", "allegation", "allegations", "accusation", "contention", "characterisation",
      "characterization", "portrayal", "dismissal");

  /** Speech nouns that take an infinitive of their author's words ("Ines Varo's pledge to “clean house”"). */
  private static final Set<String> INFINITIVE_SPEECH_NOUNS = MentionFinder.words(
      "promise", "promises", "pledge", "pledges", "vow", "vows", "threat", "threats");

  /** Speech nouns that take "of X as ..." ("Ines Varo's portrayal of the tax as “theft”"). */
  private static final Set<String> AS_SPEECH_NOUNS = MentionFinder.words(
      "description", "characterisation", "characterization", "portrayal", "dismissal");

  /** How many tokens a speech noun's complement may run before the quote. */
  private static final int COMPLEMENT_REACH = 20;

  /**
   * A fragment inside the complement of a speech noun whose named author stands right on it: "Ines Varo's
   * assertion that the count was “deeply flawed”", "the warning from Dunmore Rail that fares would “double”",
   * "Ines Varo's description of the levy as “daylight robbery”". The nearest speech noun
   * before the fragment in its sentence is taken, with no speech verb between ("Varo's claim that Ed Moss had
   * called it “a farce”" is Moss's or nobody's). Its author must be a named person or organisation entity,
   * possessive before it or after "by"/"from"; a noun with no named author ("the claim that ...") gives none.
   */
  private static Attribution authorOfSpeechNoun(Ctx c, int first) {
    int sent = c.sentOf()[first];
    for (int k = first - 1; k >= 0 && first - k <= COMPLEMENT_REACH && c.sentOf()[k] == sent; k--) {
      if (c.quoteOf()[k] >= 0) continue;
      if (isCue(c, k) || isActiveNaming(c, k, 0)) return null;
      if (!AUTHORED_SPEECH_NOUNS.contains(c.lower(k))) continue;
      Mention author = possessiveAuthor(c, k);
      int open = k + 1;
      if (author == null && pronounPossessor(c, k) >= 0) {
        // "Ann Lee ... The minutes contradict her assertion that the ferry was “safe enough”": resolved as "she said" is.
        int d = pronounPossessor(c, k);
        if (!complementHolds(c, k, open, first)) return null;
        return new Attribution(new Mention(d, d, Kind.PRONOUN), c.toks().get(k).text(), 0.6);
      }
      if (author == null) {
        author = byAuthor(c, k, first);
        if (author == null) return null;
        open = author.last() + 1;
      }
      if (!namedPersonOrOrganisation(c, author) || !complementHolds(c, k, open, first)) return null;
      return new Attribution(author, c.toks().get(k).text(), 0.6);
    }
    return null;
  }

  /**
   * The speaker of a fragment that lies inside a speech act of someone other than the clause's subject, else
   * null (no such act; the cue rules decide). Two shapes, the nearest before the fragment in its sentence:
   * a relative clause with a speech or naming verb of its own ({@link #relativeSpeaker}: "Ivo Marsh mocked
   * what his rivals call a “tax on sunshine”", "Ivo Marsh answered farmers who called the levy “theft”"), or
   * the complement of a speech noun ({@link #speechNounSpeaker}: "Ivo Marsh brushed aside claims that the
   * levy was “theft”"). The inner author speaks when it is a named person or organisation; otherwise no one.
   */
  private static Attribution embeddedSpeechAct(Ctx c, int first) {
    int sent = c.sentOf()[first];
    for (int k = first - 1; k >= 0 && first - k <= COMPLEMENT_REACH && c.sentOf()[k] == sent; k--) {
      if (c.quoteOf()[k] >= 0) continue;
      if (isCue(c, k) || PASSIVE_NAMING.contains(c.lower(k)) || PRESENT_NAMING.contains(c.lower(k))) {
        return relativeSpeaker(c, k, first);
      }
      if (EMBEDDING_SPEECH_NOUNS.contains(c.lower(k)) && !isCue(c, k)) return speechNounSpeaker(c, k, first);
    }
    return null;
  }

  /** Speech nouns whose complement may hold someone else's words: those with an author, plus reports and the like. */
  private static final Set<String> EMBEDDING_SPEECH_NOUNS = Lexicon.union(AUTHORED_SPEECH_NOUNS,
      MentionFinder.words("report", "reports", "charge", "charges", "suggestions", "accusations", "descriptions",
          "rumour", "rumours", "rumor", "rumors", "contentions", "predictions", "denials", "statements"));

  /** Relative words that open a clause whose own subject comes after them ("what critics call"). */
  private static final Set<String> FREE_RELATIVES = MentionFinder.words("what", "which", "whom");

  /** Lower-case words for a group of people, not one speaker, that may stand before "who" ("those who say"). */
  private static final Set<String> GROUP_WORDS = MentionFinder.words("those", "people", "anyone", "everyone", "some",
      "many", "others");

  /**
   * The speaker when the active verb at {@code v} heads a relative clause that runs on to the fragment at
   * {@code first} with no comma: "who" right before the verb (past auxiliaries and adverbs) gives the noun before
   * "who" ("Ivo Marsh, who called it", or no speaker for a group: "farmers who called it", "those who say");
   * "what", "which" or "whom" before a subject of its own gives that subject ("what his rivals call"). A named
   * person or organisation speaks; a group or a description is no speaker. Null when {@code v} heads no such
   * clause or the noun before "who" is one person left unnamed ("the pilot, who called it"): the cue rules decide.
   */
  private static Attribution relativeSpeaker(Ctx c, int v, int first) {
    int sent = c.sentOf()[first];
    for (int j = v + 1; j < first; j++) if (c.quoteOf()[j] < 0 && isComma(c, j)) return null;
    int k = v - 1;
    while (k >= 0 && c.sentOf()[k] == sent && c.quoteOf()[k] < 0
        && (AUXILIARIES.contains(c.lower(k)) || c.lower(k).equals("been") || isAdverb(c, k))) {
      if (BE_FORMS.contains(c.lower(k))) return null; // "who is accused of “...”": passive, no one speaks
      k--;
    }
    if (k < 1 || c.sentOf()[k] != sent || c.quoteOf()[k] >= 0) return null;
    int limit = k;
    while (limit > 0 && c.sentOf()[limit - 1] == sent && k - limit < 8) limit--;
    if (c.lower(k).equals("who")) {
      int e = isComma(c, k - 1) ? k - 2 : k - 1;
      Mention m = e >= limit ? c.mf().phraseEndingAt(e, limit) : null;
      if (m != null && m.kind() == Kind.NAME && namedPersonOrOrganisation(c, m)) return innerSpeaker(c, m, v);
      return e >= limit && isGroup(c, e) ? innerSpeaker(c, new Mention(e, e, Kind.NOT_SPEAKER), v) : null;
    }
    for (int r = k; r >= limit && k - r <= 4; r--) {
      if (c.quoteOf()[r] >= 0 || isComma(c, r)) return null;
      if (!FREE_RELATIVES.contains(c.lower(r))) continue;
      if (r == k) return null;
      Mention m = c.mf().phraseEndingAt(k, r + 1);
      if (m == null || m.first() != r + 1 || m.kind() == Kind.PRONOUN) return null;
      return innerSpeaker(c, m, v);
    }
    return null;
  }

  /** True when the lower-case word at {@code e} names a group: a plural noun ("critics") or "those", "people". */
  private static boolean isGroup(Ctx c, int e) {
    if (c.quoteOf()[e] >= 0 || !c.mf().isWord(e) || c.mf().isCap(e)) return false;
    String pos = c.toks().get(e).pos();
    return GROUP_WORDS.contains(c.lower(e)) || pos != null && pos.equals("NNS");
  }

  /** {@code m} as the speaker when it is a named person or organisation, else a no-speaker mention over it. */
  private static Attribution innerSpeaker(Ctx c, Mention m, int cue) {
    if (m.kind() == Kind.NAME && namedPersonOrOrganisation(c, m)) return new Attribution(m, c.toks().get(cue).text(), 0.6);
    return new Attribution(new Mention(m.first(), m.last(), Kind.NOT_SPEAKER), c.toks().get(cue).text(), 0.5);
  }

  /**
   * The speaker of a fragment in the complement of the speech noun at {@code k} (see {@link #complementHolds}):
   * its named author ("Ivo Marsh's claim that", "the warning from Dunmore Rail that"); no speaker for another
   * owner ("the guild's description of the levy as") or, after a verb of rebuttal, for a noun with no owner
   * ("Ivo Marsh laughed off reports that"). Null for a possessive determiner ("his claim that") and for a noun
   * with no owner after any other verb ("Ivo Marsh said in a statement that"): the cue rules decide.
   */
  private static Attribution speechNounSpeaker(Ctx c, int k, int first) {
    int d = k - 1;
    String pos = d >= 0 ? c.toks().get(d).pos() : null;
    if (d >= 1 && pos != null && pos.startsWith("JJ") && c.quoteOf()[d] < 0) d--;
    boolean possessive = d >= 1 && c.mf().isPossessive(d) && c.sentOf()[d] == c.sentOf()[k];
    Mention author = possessive ? namedPossessor(c, d) : byAuthor(c, k, first);
    if (!possessive && author == null) author = agentAfter(c, k, first);
    int open = !possessive && author != null ? author.last() + 1 : k + 1;
    // "Ivo Marsh repeated his claim that": a possessive's owner may well be the clause's subject.
    if (d >= 0 && MentionFinder.POSSESSIVE_DETERMINERS.contains(c.lower(d)) || !complementHolds(c, k, open, first)) {
      return null;
    }
    // "Ivo Marsh dismissed claims that he had lied as “pure spite”": "as" names the outer verb's own judgement.
    if (!AS_SPEECH_NOUNS.contains(c.lower(k)) && c.lower(first - 1).equals("as")) return null;
    String cue = c.toks().get(k).text();
    if (author != null && namedPersonOrOrganisation(c, author)) return new Attribution(author, cue, 0.6);
    if (possessive || author != null) {
      int s = author != null ? author.first() : d - 1;
      return new Attribution(new Mention(s, k, Kind.NOT_SPEAKER), cue, 0.5);
    }
    return rebuttalBefore(c, d) ? new Attribution(new Mention(k, k, Kind.NOT_SPEAKER), cue, 0.5) : null;
  }

  /**
   * Any noun phrase after "by" or "from" (past "the") right after the speech noun at {@code k}, before the
   * fragment at {@code first}: "the study by the Orla Trust", "a warning from local growers"; else null.
   */
  private static Mention agentAfter(Ctx c, int k, int first) {
    if (k + 2 >= first || !(c.lower(k + 1).equals("by") || c.lower(k + 1).equals("from"))) return null;
    int s = c.lower(k + 2).equals("the") ? k + 3 : k + 2;
    Mention m = s < first ? c.mf().phraseStartingAt(s, first) : null;
    return m == null || m.first() > k + 3 || m.kind() == Kind.PRONOUN ? null : m;
  }

  /** Stems of verbs that answer or reject what someone else said ("dismissed", "refutes", "countered"). */
  private static final List<String> REBUTTAL_STEMS = List.of("dismiss", "reject", "deny", "deni", "disput", "refut",
      "rebut", "counter", "contest", "respond", "repl", "answer", "scoff", "mock", "ridicul", "derid", "denounc",
      "debunk", "contradict", "downplay", "decr", "criticis", "criticiz", "condemn");

  /** Verbs that rebut only with a particle after them ("hit back at", "laughed off", "brushed aside"). */
  private static final List<String> PHRASAL_REBUTTAL_STEMS = List.of("hit", "fire", "push", "laugh", "shrug", "brush",
      "play", "wave");

  /** Particles and prepositions between a verb of rebuttal and its object ("responded to", "hit back at"). */
  private static final Set<String> REBUTTAL_PARTICLES = MentionFinder.words("to", "at", "against", "on", "with",
      "off", "aside", "back", "down", "away");

  /**
   * True when a verb of rebuttal stands before the noun phrase whose determiner or first word is at {@code d},
   * past determiners and particles: "dismissed the claims", "hit back at reports", "laughed off suggestions".
   */
  private static boolean rebuttalBefore(Ctx c, int d) {
    int k = d;
    if (k >= 0 && MentionFinder.DETERMINERS.contains(c.lower(k))) k--;
    boolean particle = false;
    while (k >= 0 && d - k <= 4 && REBUTTAL_PARTICLES.contains(c.lower(k))) {
      particle |= !c.lower(k).equals("to") && !c.lower(k).equals("with");
      k--;
    }
    if (k < 0 || c.quoteOf()[k] >= 0 || c.mf().isCap(k)) return false;
    String l = c.lower(k);
    if (REBUTTAL_STEMS.stream().anyMatch(l::startsWith)) return true;
    return particle && PHRASAL_REBUTTAL_STEMS.stream().anyMatch(l::startsWith);
  }

  /**
   * The named possessor of the speech noun at {@code k}, one adjective allowed between ("Ines Varo's repeated
   * claim"), else null.
   */
  private static Mention possessiveAuthor(Ctx c, int k) {
    int d = k - 1;
    String pos = d >= 0 ? c.toks().get(d).pos() : null;
    if (d >= 1 && pos != null && pos.startsWith("JJ") && c.quoteOf()[d] < 0) d--;
    if (d < 1 || !c.mf().isPossessive(d) || c.sentOf()[d] != c.sentOf()[k]) return null;
    return namedPossessor(c, d);
  }

  /** "his" or "her" right before the speech noun at {@code k} (an adjective between: "her repeated claim"), else -1. */
  private static int pronounPossessor(Ctx c, int k) {
    int d = k - 1;
    String pos = d >= 0 ? c.toks().get(d).pos() : null;
    if (d >= 1 && pos != null && pos.startsWith("JJ") && c.quoteOf()[d] < 0) d--;
    if (d < 0 || c.quoteOf()[d] >= 0 || c.sentOf()[d] != c.sentOf()[k]) return -1;
    String l = c.lower(d);
    return l.equals("his") || l.equals("her") ? d : -1;
  }

  /**
   * The name ending right before the possessive mark at {@code d}, within its sentence ("Ines Varo" in "Ines
   * Varo's"; a heading "Ferries" in the paragraph before is no part of it), else null.
   */
  private static Mention namedPossessor(Ctx c, int d) {
    int limit = Math.max(0, d - 6);
    while (limit < d && c.sentOf()[limit] != c.sentOf()[d]) limit++;
    Mention m = c.mf().phraseEndingAt(d - 1, limit);
    return m == null || m.kind() != Kind.NAME ? null : m;
  }

  /** The name after "by" or "from" right after the speech noun at {@code k} ("the warning from Dunmore Rail"), else null. */
  private static Mention byAuthor(Ctx c, int k, int limit) {
    if (k + 2 >= limit || !(c.lower(k + 1).equals("by") || c.lower(k + 1).equals("from"))) return null;
    Mention m = c.mf().phraseStartingAt(k + 2, limit);
    return m == null || m.kind() != Kind.NAME || m.first() != k + 2 ? null : m;
  }

  /** True when the last token of {@code m} belongs to a person or organisation entity. */
  private static boolean namedPersonOrOrganisation(Ctx c, Mention m) {
    return c.person()[m.last()] || c.organisation()[m.last()];
  }

  /**
   * Whether the fragment at {@code first} sits in the complement of the speech noun at {@code noun} that opens at
   * {@code open}, past a time adverbial ("Ines Varo's claim last week that ..."): a "that" clause with at most
   * one finite verb, an infinitive or "of X as" with none, no punctuation or clause turn between.
   */
  private static boolean complementHolds(Ctx c, int noun, int open, int first) {
    int s = open + c.mf().timeAfter(open, first);
    s = pastPlaceOfSaying(c, s, first);
    if (s >= first) return false;
    String head = c.lower(s);
    boolean that = head.equals("that");
    if (!that && !(head.equals("to") && INFINITIVE_SPEECH_NOUNS.contains(c.lower(noun)))
        && !(head.equals("of") && AS_SPEECH_NOUNS.contains(c.lower(noun)) && asBefore(c, s, first))) {
      return false;
    }
    int finite = 0;
    for (int j = s + 1; j < first; j++) {
      if (c.quoteOf()[j] >= 0 || c.mf().isPossessive(j)) continue;
      String pos = c.toks().get(j).pos();
      if (pos == null || !c.mf().isWord(j) || CLAUSE_TURNS.contains(c.lower(j))) return false;
      if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")) finite++;
    }
    return finite <= (that ? 1 : 0);
  }

  /** Prepositions of the occasion of a speech act ("his assertion at the hearing that ..."). */
  private static final Set<String> OCCASION_PREPOSITIONS = MentionFinder.words("in", "during", "at", "on");

  /**
   * The token after a short phrase naming the occasion of the words ("in the same interview", "at the hearing")
   * when "that" follows it; else {@code s}. At most four words of a noun phrase after the preposition.
   */
  private static int pastPlaceOfSaying(Ctx c, int s, int first) {
    if (s >= first || !OCCASION_PREPOSITIONS.contains(c.lower(s))) return s;
    for (int j = s + 1; j < first && j - s <= 5; j++) {
      if (c.quoteOf()[j] >= 0) return s;
      if (c.lower(j).equals("that")) return j > s + 1 ? j : s;
      String pos = c.toks().get(j).pos();
      if (pos == null || !(pos.equals("DT") || pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("CD")
          || pos.equals("PRP$"))) {
        return s;
      }
    }
    return s;
  }

  /** True when "as" stands at most two tokens before the fragment at {@code first}, past {@code s}. */
  private static boolean asBefore(Ctx c, int s, int first) {
    for (int j = first - 1; j > s && first - j <= 3; j--) if (c.lower(j).equals("as")) return true;
    return false;
  }

  /**
   * A quoted term rather than someone's words: a single capitalised word inside the sentence (a name,
   * title or label: the word “Go”, a cap marked “STAFF”), or words right after a naming phrase (the term
   * “...”, so-called “...”, known as “...”, a sign reading “...”, a place dubbed “...”).
   */
  private static boolean isQuotedTerm(Ctx c, int first, QuoteSpan span) {
    String q = span.text(c.doc().text()).strip();
    String core = q.replaceAll("[\\p{Punct}’‘“”]+$", "");
    if (!core.isEmpty() && core.indexOf(' ') < 0 && Character.isUpperCase(core.charAt(0)) && !core.equals("I")
        && first > 0 && c.sentOf()[first - 1] == c.sentOf()[first] && NOUN_SLOT.contains(c.lower(first - 1))) {
      return true;
    }
    // "Ann Lee hailed the “historic” pact": a fragment in an evaluating verb's object is the subject's verdict.
    boolean evaluated = evaluatingVerb(c, first, core) >= 0;
    if (!evaluated && modifiesNounAfter(c, first, core) || sloganBeforeNoun(c, first, core)) return true;
    if (!evaluated && termInCueObject(c, first, core) || wordMentionedAfterArticle(c, first, core)
        || eventNamedByTime(c, first, core)) {
      return true;
    }
    if (titleAfterWorkNoun(c, first, core) || isNickname(c, first, core) || wordAsWord(c, first, core)) return true;
    for (int k = first - 1; k >= 0 && first - k <= 3 && c.quoteOf()[k] < 0 && c.sentOf()[k] == c.sentOf()[first]; k--) {
      String l = c.lower(k);
      if (DISCOURSE_PARTICIPLES.contains(l)) break; // "rejected a second term, saying “...”": the participle's words
      if (TERM_MARKERS.contains(l)) return true;
      if (METALINGUISTIC.contains(l) || k > 0 && METALINGUISTIC.contains(c.lower(k - 1) + " " + l)) return true;
      if (PASSIVE_NAMING.contains(l)) {
        String before = k > 0 ? c.lower(k - 1) : "";
        if (BE_FORMS.contains(before) || before.equals("so") || before.equals(",") && LABEL_PARTICIPLES.contains(l)) {
          return true;
        }
        return k == first - 1 && reducedNaming(c, k, first);
      }
      if (l.equals("as") && k > 0 && (c.lower(k - 1).equals("known") || c.lower(k - 1).equals("referred"))) return true;
      if (l.equals("as") && k == first - 1 && k > 1 && c.lower(k - 1).equals("to") && c.lower(k - 2).equals("referred")
          && reducedNaming(c, k - 2, first)) {
        return true;
      }
      if (l.equals("as") && k == first - 1 && k > 0 && NAMING_AS.contains(c.lower(k - 1))
          && reducedNaming(c, k - 1, first)) {
        return true;
      }
      if (PASSIVE_JUDGING.contains(l) && k > 0 && BE_FORMS.contains(c.lower(k - 1))) return true;
    }
    return false;
  }

  /**
   * A naming participle at {@code p} with nothing but "as" between it and the fragment at {@code first}, used as a
   * passive or reduced relative: after a form of "be" or an adverb of generality ("the vans, often called “...”",
   * "what is widely termed “...”"), after a comma, or after a common noun ("the sheds described as “...”"). The
   * fragment is the name the thing goes by, not the words of the clause's subject. An active verb keeps its words:
   * a name or pronoun before it ("Lee called “...”", "Lee often described as “absurd” the claim"), a relative
   * pronoun ("who called"), a phrasal verb ("called “for calm”"), an object after the fragment ("... the plan"); an
   * agent after it ("by Lee") is left to the passive rules.
   */
  private static boolean reducedNaming(Ctx c, int p, int first) {
    int b = p - 1;
    if (b >= 0 && c.sentOf()[b] == c.sentOf()[p] && c.quoteOf()[b] < 0 && isAdverb(c, b)
        && !c.lower(b).equals("not") && !c.lower(b).equals("never")) {
      b--;
    }
    if (b < 0 || c.sentOf()[b] != c.sentOf()[p] || c.quoteOf()[b] >= 0) return false;
    int q = c.quoteOf()[first];
    if (q < 0) return false;
    int end = first;
    while (end + 1 < c.n() && c.quoteOf()[end + 1] == q) end++;
    int w = first;
    while (w < end && !c.mf().isWord(w)) w++;
    if (PHRASAL_PARTICLES.contains(c.lower(w))) return false;
    int next = end + 1;
    while (next < c.n() && c.sentOf()[next] == c.sentOf()[first] && !c.mf().isWord(next) && !isComma(c, next)
        && !c.terminal(next)) {
      next++;
    }
    // "Lee called “absurd” the claim that ...": the object after the fragment makes the verb active.
    // "... the claim that"; "described as “...” by Lee": a named agent is left to the passive rules.
    if (next < c.n() && c.sentOf()[next] == c.sentOf()[first]
        && (POSTPONED_OBJECT_START.contains(c.lower(next)) || c.lower(next).equals("by"))) {
      return false;
    }
    String lb = c.lower(b);
    if (BE_FORMS.contains(lb) || lb.equals("so") || isComma(c, b)) return b < p - 1 || isComma(c, b);
    if (c.person()[b] || c.insideName()[b] || c.organisation()[b]) return false;
    String pos = c.toks().get(b).pos();
    if (pos == null || !pos.equals("NN") && !pos.equals("NNS")) return false;
    // The noun ends a phrase that is an object: of a preposition ("about the nets called") or of a verb ("opposed
    // the sheds called"). After "what", "which" or a subordinator the phrase is a subject ("what police described
    // as", "because officials called") and the verb is active.
    int d = b - 1;
    while (d >= 0 && c.sentOf()[d] == c.sentOf()[b] && c.quoteOf()[d] < 0 && NOUN_PHRASE_TAGS.contains(posOf(c, d))
        && !c.person()[d] && !c.organisation()[d]) {
      d--;
    }
    if (d < 0 || c.sentOf()[d] != c.sentOf()[b] || c.quoteOf()[d] >= 0) return false;
    String dp = posOf(c, d);
    if (dp.equals("IN")) return !SUBORDINATORS.contains(c.lower(d));
    return dp.startsWith("VB");
  }

  private static String posOf(Ctx c, int k) {
    String pos = c.toks().get(k).pos();
    return pos == null ? "" : pos;
  }

  /** Tags of the words of a plain noun phrase: determiners, numbers, adjectives, nouns, possessives. */
  private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DT", "PDT", "CD", "JJ", "JJR", "JJS", "NN", "NNS",
      "POS", "PRP$");

  /** Words tagged as prepositions that open a clause, after which a noun phrase is a subject. */
  private static final Set<String> SUBORDINATORS = MentionFinder.words("as", "because", "while", "whilst", "although",
      "though", "if", "that", "after", "before", "since", "until", "unless", "whether", "once", "so", "than");

  /** Participles that name with "as" ("the sheds, often described as “...”"). */
  private static final Set<String> NAMING_AS = MentionFinder.words("described", "billed", "branded", "labelled",
      "labeled", "termed");

  /** First words of a fragment that make a naming verb phrasal ("called “for calm”", "called “on the board to ...”"). */
  private static final Set<String> PHRASAL_PARTICLES = MentionFinder.words("for", "on", "upon", "off", "out", "up",
      "back", "in", "into");

  /** Words that open a noun phrase: after a fragment they are an object the naming verb still takes. */
  private static final Set<String> POSTPONED_OBJECT_START = MentionFinder.words("the", "a", "an", "his", "her",
      "their", "its", "this", "these", "those");

  /** How many tokens back from a fragment a governing speech verb may stand in its sentence. */
  private static final int GOVERNING_REACH = 30;

  /**
   * Cues whose clause repeats someone else's wording: one denies, disputes or asks about a term another used
   * ("Lee denied running an “informal” channel", "Lee asked about the “secret” deal").
   */
  private static final Set<String> NOT_OWN_WORDING = MentionFinder.words("deny", "denies", "denied", "denying",
      "dispute", "disputes", "disputed", "disputing", "refute", "refutes", "refuted", "refuting", "rebut", "rebuts",
      "rebutted", "rebutting", "ask", "asks", "asked", "asking", "question", "questions", "questioned", "questioning",
      "wonder", "wonders", "wondered", "wondering");

  /**
   * The contrast openers but "and": they turn to a clause of the narrator or of someone else, which a cue before
   * them does not govern.
   */
  private static final Set<String> CLAUSE_TURNS = CONTRAST_OPENERS.stream().filter(w -> !w.equals("and"))
      .collect(Collectors.toUnmodifiableSet());

  /** Modal verbs: "would have to add", "will say" report no words yet spoken. */
  private static final Set<String> MODALS = MentionFinder.words(
      "will", "would", "can", "could", "should", "must", "may", "might", "shall");

  /**
   * Whether the cue at {@code k} is a verb that has spoken: not "according to", not an infinitive or a modal's
   * verb ("have to add a new “...” tab"), not a participle used as an adjective after a preposition ("of alleged
   * “...” acts"), and not tagged as an adjective.
   */
  private static boolean governingVerbForm(Ctx c, int k, int s) {
    String l = c.lower(k);
    if (l.equals("according")) return false;
    String pos = c.toks().get(k).pos();
    if (pos != null && pos.startsWith("JJ")) return false;
    if (k - 1 < s) return true;
    String prev = c.lower(k - 1);
    if (prev.equals("to") || MODALS.contains(prev)) return false;
    String prevPos = c.toks().get(k - 1).pos();
    return !(l.endsWith("ed") && prevPos != null && prevPos.equals("IN"));
  }

  /**
   * The active speech or naming verb whose clause a fragment sits in, else -1: the nearest cue before the
   * quote in its sentence (earlier quoted fragments skipped), with no clause of a subject of its own in between
   * ("Lee said the so-called “green” levy was “a tax on farming”": "said" governs both fragments).
   * A passive cue ("was described as") names no speaker. Whose the words are is left to the attribution.
   */
  private static int governingCue(Ctx c, int first) {
    int sent = c.sentOf()[first];
    int s = first;
    while (s - 1 >= 0 && c.sentOf()[s - 1] == sent && c.paraOf()[s - 1] == c.paraOf()[first]) s--;
    for (int k = first - 1; k >= s && first - k <= GOVERNING_REACH; k--) {
      if (c.quoteOf()[k] >= 0) continue;
      if (CLAUSE_TURNS.contains(c.lower(k))) return -1; // "..., while the rival's “new” plan ...": not the cue's
      if (!isCue(c, k) && !isActiveNaming(c, k, s)) continue;
      if (passiveCue(c, k, s) || NOT_OWN_WORDING.contains(c.lower(k)) || !governingVerbForm(c, k, s)
          || ownSubjectStart(c, k + 1, first) >= 0) {
        return -1;
      }
      return k;
    }
    return -1;
  }

  /** Conjunctions that may stand before a sentence-opening "asked" ("Once asked to rate the ferry, ..."). */
  private static final Set<String> QUESTION_CLAUSE_OPENERS = MentionFinder.words("when", "if", "once", "after");

  /**
   * A quote inside a fronted question put to the speaker ("Asked whether the levy was “a stealth tax,” Ivo Brandt
   * replied ...", "Once asked to rate the pier as “a white elephant” Brandt laughed"): the words are the question's, not
   * the answer's. The clause runs from a sentence-opening "asked" (after "when", "if", "once" or "after") to the first
   * comma, colon or semicolon outside quotes; a quote after it is the answer ("Asked about it, “...,” Brandt said").
   * A quote right after a possessive ("Asked about his “fire sale” remark") may be the speaker's own earlier words.
   */
  private static boolean wordingOfFrontedQuestion(Ctx c, int first) {
    int sent = c.sentOf()[first];
    int a = first;
    while (a - 1 >= 0 && c.sentOf()[a - 1] == sent) a--;
    if (a < first && QUESTION_CLAUSE_OPENERS.contains(c.lower(a))) a++;
    if (a >= first || c.quoteOf()[a] >= 0 || !c.lower(a).equals("asked")) return false;
    if (c.mf().isPossessive(first - 1) || MentionFinder.POSSESSIVE_DETERMINERS.contains(c.lower(first - 1))) return false;
    for (int k = a + 1; k < first; k++) {
      if (c.quoteOf()[k] < 0 && CLAUSE_BREAKS.contains(c.toks().get(k).norm())) return false;
    }
    return true;
  }

  /** Punctuation that closes a fronted clause. */
  private static final Set<String> CLAUSE_BREAKS = Set.of(",", ":", ";");

  /** How many tokens a denied speech verb's object may run before its quote ("never called the pier “...”"). */
  private static final int DENIED_OBJECT_REACH = 5;

  /**
   * A quote that a negated speech or naming verb takes as its object ("Brandt insists he never said “coward”",
   * "Brandt did not call the pier “a folly”"): the words are denied, someone else's wording, not the subject's.
   * The denial stands right before the verb ({@link #deniedBefore}); "did not just call it “...”" still says it, and
   * a comma, colon or "that" between the verb and the quote leaves the quote to the other rules.
   */
  private static boolean objectOfDeniedCue(Ctx c, int first) {
    int sent = c.sentOf()[first];
    for (int k = first - 1; k >= 0 && first - k <= DENIED_OBJECT_REACH && c.sentOf()[k] == sent && c.quoteOf()[k] < 0;
        k--) {
      if (CLAUSE_BREAKS.contains(c.toks().get(k).norm()) || c.lower(k).equals("that")) return false;
      String l = c.lower(k);
      if (!isCue(c, k) && !PASSIVE_NAMING.contains(l) && !PRESENT_NAMING.contains(l)) continue;
      return deniedBefore(c, k);
    }
    return false;
  }

  /** Auxiliaries of a denied act ("did not say", "has not called"); a modal's negation ("can't say") is no denial. */
  private static final Set<String> DENYING_AUXILIARIES = MentionFinder.words("do", "does", "did", "has", "have", "had");

  /**
   * True when the verb at {@code v} is denied: "never" right before it ("never ever" too), or "not" after a form of
   * "do" or "have" ("did not say", "hasn't called"). "can't say" and "would not say" tell of no act either way.
   */
  private static boolean deniedBefore(Ctx c, int v) {
    int b = v - 1;
    if (b >= 0 && c.lower(b).equals("ever")) b--;
    if (b < 0 || c.sentOf()[b] != c.sentOf()[v]) return false;
    if (c.lower(b).equals("never")) return true;
    return NOT_SERIES_ADVERBS.contains(c.lower(b)) && b > 0 && c.sentOf()[b - 1] == c.sentOf()[v]
        && DENYING_AUXILIARIES.contains(c.lower(b - 1));
  }

  /** Nouns for an act of saying or writing that a quote before them reports ("his “...” reply"). */
  private static final Set<String> SPEECH_ACT_NOUNS = MentionFinder.words("speech", "reply", "replies", "response",
      "answer", "retort", "question", "remark", "quote", "quotes", "line", "lines", "letter", "post", "email", "note",
      "text", "declaration", "plea", "speeches", "interview", "joke", "jibe", "taunt", "insult", "outburst");

  /**
   * A longer quoted phrase used as the modifier of a noun, between a determiner, possessive or adjective and
   * the noun ("her old “buy local, eat local” campaign", "the firm's “no questions asked” policy"): the
   * name of a slogan, scheme or approach, nobody's words here. Left to the speaker when a speech or naming
   * verb governs it ("called it a “once in a lifetime” chance") or when the quote closes a clause inside.
   */
  private static boolean sloganBeforeNoun(Ctx c, int first, String core) {
    if (words(core) < 3 || closesClauseInside(c, first)) return false;
    int before = first - 1;
    if (before < 0 || c.quoteOf()[before] >= 0 || c.sentOf()[before] != c.sentOf()[first]) return false;
    String pos = c.toks().get(before).pos();
    if (c.lower(before).equals(",") && before - 1 >= 0 && c.quoteOf()[before - 1] < 0) {
      pos = c.toks().get(before - 1).pos(); // "her familiar, “...” plan": a list of adjectives before the noun
      if (pos == null || !pos.startsWith("JJ")) return false;
    } else if (!MentionFinder.ARTICLES.contains(c.lower(before)) && !c.mf().isPossessive(before)
        && (pos == null || !pos.startsWith("JJ"))) {
      return false;
    }
    int q = c.quoteOf()[first];
    int after = first;
    while (after < c.n() && c.quoteOf()[after] == q) after++;
    if (after >= c.n() || c.sentOf()[after] != c.sentOf()[first] || c.paraOf()[after] != c.paraOf()[first]) return false;
    Token t = c.toks().get(after);
    if (t.pos() == null || !(t.pos().equals("NN") || t.pos().equals("NNS")) || !Character.isLowerCase(t.text().charAt(0))
        || isCue(c, after) || WORDS_NOUNS.contains(c.lower(after)) || SPEECH_ACT_NOUNS.contains(c.lower(after))) {
      return false; // "her “...” remark", "his “...” reply": the words of someone, not a slogan's name
    }
    // "“...” spokesman Ted Ruiz said": a noun before a name is the speaker's title, not the quote's noun.
    if (after + 1 < c.n() && c.sentOf()[after + 1] == c.sentOf()[after] && c.mf().isCap(after + 1)) return false;
    // "Lee called it a “once in a lifetime” chance": a naming verb makes the wording hers. A plain speech verb does
    // not: in "Lee said she backs the “build it, fill it” plan" the plan is named by its slogan, whoever reports it.
    int cue = governingCue(c, first);
    return cue < 0 || !SLOGAN_NAMING_VERBS.contains(c.lower(cue));
  }

  /** Verbs by which a speaker names something in her own words, a slogan before a noun included. */
  private static final Set<String> SLOGAN_NAMING_VERBS = MentionFinder.words("call", "calls", "called", "calling",
      "describe", "describes", "described", "describing", "dub", "dubs", "dubbed", "dubbing", "brand", "brands",
      "branded", "branding", "label", "labels", "labelled", "labeled", "labelling", "labeling", "term", "terms",
      "termed", "terming", "hail", "hails", "hailed", "hailing");

  /**
   * One or two lower-case words quoted inside a noun phrase, before its noun ("an “informal” channel", "a
   * “temporary” pause in talks"): a borrowed label, not a statement, so nobody's words here. The noun is
   * the token right after the closing mark, in the same sentence: a noun by its part-of-speech tag, or,
   * untagged, a lower-case word that is no function word.
   */
  private static boolean modifiesNounAfter(Ctx c, int first, String core) {
    if (core.isEmpty() || !Character.isLowerCase(core.charAt(0)) || core.split("\\s+").length > 2) return false;
    if (closesClauseInside(c, first)) return false;
    // A quoted possessive is a determiner of the noun after it ("kept the “donor's” name private").
    String word = quotedPossessor(core);
    if (!word.chars().allMatch(ch -> Character.isLetter(ch) || ch == ' ' || ch == '-')) return false;
    int q = c.quoteOf()[first];
    int after = first;
    while (after < c.n() && c.quoteOf()[after] == q) after++;
    if (after >= c.n() || c.sentOf()[after] != c.sentOf()[first] || c.paraOf()[after] != c.paraOf()[first]) return false;
    Token t = c.toks().get(after);
    // A quoted verb before its object ("they have “smeared” teachers") is someone's words; a quoted participle
    // where a noun phrase begins is an adjective ("avoid “renovated” halls").
    boolean participleAdjective = participleInNounPhrase(c, first, after);
    for (int k = first; k < after; k++) {
      String pos = c.toks().get(k).pos();
      if (pos != null && pos.startsWith("VB") && !participleAdjective) return false;
    }
    if (participleAdjective) return true;
    if (t.pos() != null) return t.pos().startsWith("NN");
    String l = c.lower(after);
    return Character.isLowerCase(t.text().charAt(0)) && l.chars().allMatch(Character::isLetter)
        && !MentionFinder.STOP.contains(l) && !MentionFinder.DETERMINERS.contains(l) && !c.mf().isPronoun(after)
        && !SpeechVerbs.isSpeechVerb(l) && !l.endsWith("ly") && !pastParticiple(l);
  }

  /**
   * Whether only "and", "or" or a comma separate a quote ending at {@code last} from the one starting at
   * {@code first}, in one sentence: terms of the same list ("the values of “thrift” and “modesty”"), so a quote
   * coordinated with a term is a term too.
   */
  private static boolean coordinatedWith(Ctx c, int last, int first) {
    if (last < 0 || first - last < 2 || first - last > 3 || c.sentOf()[last] != c.sentOf()[first]) return false;
    boolean conjunction = false;
    for (int k = last + 1; k < first; k++) {
      String l = c.lower(k);
      if (c.quoteOf()[k] >= 0) return false;
      if (l.equals("and") || l.equals("or")) conjunction = true;
      else if (!l.equals(",")) return false;
    }
    return conjunction;
  }

  /**
   * Verbs by which the subject publicly judges or voices something, whose object may carry the subject's own
   * word of judgement in quotation marks ("Ann Lee slammed the “reckless” cuts", "the union voiced “deep
   * unease” about the rota"). Base, -s, past and -ing forms; a form tagged as a noun is not the verb.
   */
  private static final Set<String> EVALUATING_VERBS = MentionFinder.words("praise", "praises", "praised", "hail",
      "hails", "hailed", "welcome", "welcomes", "welcomed", "cheer", "cheers", "cheered", "applaud", "applauds",
      "applauded", "laud", "lauds", "lauded", "commend", "commends", "commended", "salute", "salutes", "saluted",
      "condemn", "condemns", "condemned", "denounce", "denounces", "denounced", "decry", "decries", "decried",
      "slam", "slams", "slammed", "blast", "blasts", "blasted", "criticise", "criticises", "criticised",
      "criticize", "criticizes", "criticized", "blame", "blames", "blamed", "voice", "voices", "voiced", "express",
      "expresses", "expressed", "reject", "rejects", "rejected", "dismiss", "dismisses", "dismissed", "deplore",
      "deplores", "deplored", "mock", "mocks", "mocked", "ridicule", "ridicules", "ridiculed", "deride", "derides",
      "derided", "lambast", "lambasts", "lambasted", "lambaste", "lambastes", "castigate", "castigates",
      "castigated", "berate", "berates", "berated", "lament", "lamented", "laments", "bemoan", "bemoans",
      "bemoaned", "scorn", "scorns", "scorned", "praising", "hailing", "welcoming", "applauding", "commending",
      "condemning", "denouncing", "decrying", "slamming", "blasting", "criticising", "criticizing", "blaming",
      "voicing", "expressing", "rejecting", "dismissing", "deploring", "mocking", "ridiculing", "lambasting",
      "castigating", "lamenting", "bemoaning");

  /** Forms of "describe", which judge only with an "as" after the quote ("described the “tiny” fee as a tax"). */
  private static final Set<String> DESCRIBING = MentionFinder.words("describe", "describes", "described");

  /**
   * Nouns after a quoted word that make it someone else's wording the subject answers, not the subject's own
   * verdict ("rejected the “elitist” tag", "dismissed the “cowardly” accusations").
   */
  private static final Set<String> OTHERS_WORDING_NOUNS = MentionFinder.words("tag", "tags", "accusation",
      "accusations", "allegation", "allegations", "characterisation", "characterization", "charges", "idea",
      "notion", "suggestion", "suggestions", "criticism", "criticisms", "branding", "depiction", "portrayal");

  /** Prepositions that may stand inside an evaluating verb's object ("blamed the coach for the “...” loss"). */
  private static final Set<String> OBJECT_PREPOSITIONS = MentionFinder.words("of", "for", "about", "over", "on",
      "with", "in", "at", "to", "against", "by");

  /**
   * The evaluating verb (see {@link #EVALUATING_VERBS}) whose object noun phrase holds the fragment at
   * {@code first}, else -1: one to three words starting in lower case, reached back from the quote over
   * nothing but words of a noun phrase (articles, possessives, adjectives, nouns, numbers, adverbs, and
   * prepositions with their objects), with no comma, clause word, other verb or earlier quote between
   * ("Rita Moss blamed the board for its “shameful” silence": "blamed"). The verb is tagged as one and is
   * active, not after "to" or a modal; a describing verb counts only with "as" after the quote in the clause.
   * The quote must judge (see {@link #judgingWords}); one right before a noun of someone else's wording ("the
   * “elitist” tag"), one holding a finite verb (a slogan), or one after a term marker ("so-called") stays a term.
   */
  private static int evaluatingVerb(Ctx c, int first, String core) {
    if (core.isEmpty() || !Character.isLowerCase(core.charAt(0)) || words(core) > 3) return -1;
    if (OTHERS_WORDING_NOUNS.contains(nextWordAfterQuote(c, first)) || finiteVerbInside(c, first)
        || !judgingWords(c, first)) {
      return -1;
    }
    int sent = c.sentOf()[first];
    for (int k = first - 1; k >= 1 && first - k <= 12; k--) {
      if (c.quoteOf()[k] >= 0 || c.sentOf()[k] != sent) return -1;
      String l = c.lower(k);
      String pos = c.toks().get(k).pos();
      if (EVALUATING_VERBS.contains(l) || DESCRIBING.contains(l) && asAfterQuote(c, first)) {
        if (pos == null || !pos.startsWith("VB") || passiveCue(c, k, 0) || !governingVerbForm(c, k, 0)) return -1;
        return k;
      }
      if (pos == null || TERM_MARKERS.contains(l) || METALINGUISTIC.contains(l) || !objectWordTag(pos)
          || !OBJECT_PREPOSITIONS.contains(l) && pos.equals("IN")) {
        return -1;
      }
    }
    return -1;
  }

  /** Part-of-speech tags of words inside an object noun phrase ("the club's new “...” badge"). */
  private static boolean objectWordTag(String pos) {
    return pos.startsWith("NN") || pos.startsWith("JJ") || pos.startsWith("PRP$") || pos.equals("DT")
        || pos.equals("POS") || pos.equals("CD") || pos.equals("RB") || pos.equals("IN");
  }

  /**
   * Whether the quote opening at {@code first} holds a verb other than a participle: a slogan or a scheme's
   * name ("the “shop small” drive"), not a word of judgement.
   */
  private static boolean finiteVerbInside(Ctx c, int first) {
    int q = c.quoteOf()[first];
    for (int k = first; k < c.n() && c.quoteOf()[k] == q; k++) {
      String pos = c.toks().get(k).pos();
      if (pos != null && pos.startsWith("VB") && !pos.equals("VBN") && !pos.equals("VBG")) return true;
    }
    return false;
  }

  /**
   * Whether the quote opening at {@code first} judges what it stands in: it leads with an adjective (after
   * any adverbs: "“deeply unfair”", "“grave doubts”") or it modifies the noun right after it ("the “shoddy”
   * repairs"). A bare noun as the whole object ("voiced “worries”", "condemned the “raid”") names the thing
   * itself, the writer's quoted term.
   */
  private static boolean judgingWords(Ctx c, int first) {
    int q = c.quoteOf()[first];
    int after = first;
    while (after < c.n() && c.quoteOf()[after] == q) after++;
    if (after < c.n() && c.sentOf()[after] == c.sentOf()[first]) {
      String next = c.toks().get(after).pos();
      if (next != null && next.startsWith("NN") && !c.mf().isCap(after)) return true;
    }
    for (int k = first; k < after; k++) {
      String pos = c.toks().get(k).pos();
      if (pos == null || !c.mf().isWord(k) || pos.equals("RB")) continue;
      return pos.startsWith("JJ") || pos.equals("VBN") || pos.equals("VBG");
    }
    return false;
  }

  /** The lower-cased word right after the quote opening at {@code first} in its sentence, else "". */
  private static String nextWordAfterQuote(Ctx c, int first) {
    int q = c.quoteOf()[first];
    int after = first;
    while (after < c.n() && c.quoteOf()[after] == q) after++;
    return after < c.n() && c.sentOf()[after] == c.sentOf()[first] ? c.lower(after) : "";
  }

  /**
   * Whether "as" follows the quote at {@code first} in its sentence before any finite verb or other quote
   * ("described the “tiny” fee as a tax").
   */
  private static boolean asAfterQuote(Ctx c, int first) {
    int q = c.quoteOf()[first];
    int k = first;
    while (k < c.n() && c.quoteOf()[k] == q) k++;
    for (; k < c.n() && c.sentOf()[k] == c.sentOf()[first] && c.quoteOf()[k] < 0; k++) {
      if (c.lower(k).equals("as")) return true;
      if (isFiniteVerb(c.toks().get(k)) || c.toks().get(k).norm().equals(",")) return false;
    }
    return false;
  }

  /**
   * The subject of the evaluating verb whose object holds the fragment at {@code first} ("Ivo Brandt mocked the
   * “bold” timetable": Ivo Brandt), found as for a speech cue before a quote; null without such a verb.
   */
  private Attribution evaluator(Ctx c, int first, QuoteSpan span) {
    String core = span.text(c.doc().text()).strip().replaceAll("[\\p{Punct}’‘“”]+$", "");
    int k = evaluatingVerb(c, first, core);
    if (k < 0) return null;
    int s = k;
    while (s - 1 >= 0 && c.sentOf()[s - 1] == c.sentOf()[first] && c.quoteOf()[s - 1] < 0) s--;
    return beforeCue(c, k, s, first);
  }

  /** Verbs whose object may be followed by an "of" phrase of their own ("accused the firm of “fraud”"). */
  private static final Set<String> OF_COMPLEMENT_VERBS = MentionFinder.words("accuse", "accuses", "accused",
      "accusing", "warn", "warns", "warned", "warning", "remind", "reminds", "reminded", "reminding", "inform",
      "informs", "informed", "informing", "convince", "convinces", "convinced", "convincing", "assure", "assures",
      "assured", "assuring", "tell", "tells", "told", "telling", "advise", "advises", "advised", "advising",
      "notify", "notifies", "notified", "notifying", "persuade", "persuades", "persuaded", "persuading", "suspect",
      "suspects", "suspected", "suspecting", "describe", "describes", "described", "describing");

  /**
   * One or two quoted words right after "of" in the noun phrase that a speech verb takes as its object, with no
   * article before them ("she praised the spirit of “teamwork”", "he regretted the years of “austerity”"): the
   * writer names the topic the verb is about with a term, not words the subject said. The noun before "of" is a
   * common noun reached from the verb over determiners, possessives and adjectives only. A verb whose object
   * takes an "of" phrase of its own ("warned the town of “flooding”", "accused the firm of “fraud”") reports the
   * words, and so does a quote inside a reported clause ("said the price of “waiting” would rise") or after a
   * naming verb.
   */
  private static boolean termInCueObject(Ctx c, int first, String core) {
    if (core.isEmpty() || !Character.isLowerCase(core.charAt(0)) || core.split("\\s+").length > 2) return false;
    int of = first - 1;
    if (of < 2 || c.quoteOf()[of] >= 0 || !c.lower(of).equals("of") || c.sentOf()[of] != c.sentOf()[first]) return false;
    String nounPos = c.toks().get(of - 1).pos();
    if (nounPos == null || !(nounPos.equals("NN") || nounPos.equals("NNS"))) return false;
    // "said the price of “waiting” would rise": a verb after the quote makes the phrase a reported clause's subject.
    int q = c.quoteOf()[first];
    int after = first;
    while (after < c.n() && c.quoteOf()[after] == q) after++;
    String afterPos = after < c.n() && c.sentOf()[after] == c.sentOf()[first] ? c.toks().get(after).pos() : null;
    if (afterPos != null && (afterPos.startsWith("VB") || afterPos.equals("MD"))) return false;
    for (int k = of - 2; k >= 0 && of - 2 - k <= 3 && c.quoteOf()[k] < 0 && c.sentOf()[k] == c.sentOf()[first]; k--) {
      String pos = c.toks().get(k).pos();
      String l = c.lower(k);
      if (isCue(c, k)) {
        return !OF_COMPLEMENT_VERBS.contains(l) && !PASSIVE_NAMING.contains(l) && !NAMING_PARTICIPLES.contains(l)
            && !JUDGING_VERBS.contains(l) && governingVerbForm(c, k, 0);
      }
      boolean modifier = MentionFinder.DETERMINERS.contains(l) || MentionFinder.ARTICLES.contains(l)
          || c.mf().isPossessive(k) || pos != null && (pos.startsWith("JJ") || pos.equals("DT") || pos.equals("PRP$")
          || pos.equals("POS") || pos.equals("CD"));
      if (!modifier) return false;
    }
    return false;
  }

  /** Question words, which a text may quote as nouns for what they ask ("the “why” of the plan"). */
  private static final Set<String> QUESTION_WORDS = MentionFinder.words(
      "what", "how", "why", "who", "when", "where", "which", "whether", "if");

  /**
   * A question word quoted alone after an article ("left out the “why”", "a lot of “how” and little “when”"
   * after "the"): the word is mentioned as a noun, not said by anyone.
   */
  private static boolean wordMentionedAfterArticle(Ctx c, int first, String core) {
    if (!QUESTION_WORDS.contains(core.toLowerCase(Locale.ROOT))) return false;
    int before = first - 1;
    return before >= 0 && c.quoteOf()[before] < 0 && c.sentOf()[before] == c.sentOf()[first]
        && MentionFinder.ARTICLES.contains(c.lower(before));
  }

  /** Nouns of a stretch of time that can own an event ("last winter's", "the decade's"). */
  private static final Set<String> TIME_OWNERS = Lexicon.union(Lexicon.weekdays(), Lexicon.months(),
      MentionFinder.words("year", "week", "month", "day", "weekend", "season", "decade", "century", "summer",
          "winter", "spring", "autumn", "fall", "yesterday", "today", "tonight", "tomorrow", "night", "morning",
          "evening", "afternoon", "era", "quarter"));

  /**
   * One quoted lower-case word after a possessive of a time ("last winter's “freeze” of hiring", "Monday's “purge”
   * of the board"), followed by "of": the name an event goes by, owned by the time rather than by a speaker, so
   * a term and nobody's words.
   */
  private static boolean eventNamedByTime(Ctx c, int first, String core) {
    if (core.isEmpty() || !Character.isLowerCase(core.charAt(0)) || core.indexOf(' ') >= 0) return false;
    int poss = first - 1;
    if (poss < 1 || c.quoteOf()[poss] >= 0 || !c.mf().isPossessive(poss) || c.sentOf()[poss] != c.sentOf()[first]) {
      return false;
    }
    if (!TIME_OWNERS.contains(c.lower(poss - 1))) return false;
    int q = c.quoteOf()[first];
    int after = first;
    while (after < c.n() && c.quoteOf()[after] == q) after++;
    return after < c.n() && c.sentOf()[after] == c.sentOf()[first] && c.lower(after).equals("of");
  }

  /**
   * The word of a quoted possessive without its "'s" ("donor's" -> "donor"), else the quoted words unchanged. A
   * pronoun's contraction ("it's", "that's") is no possessive and stays as it is.
   */
  private static String quotedPossessor(String core) {
    if (core.indexOf(' ') >= 0 || !POSSESSIVE_END.matcher(core).find()) return core;
    String stem = core.substring(0, core.length() - 2);
    String l = stem.toLowerCase(Locale.ROOT);
    return stem.isEmpty() || MentionFinder.STOP.contains(l) || MentionFinder.PRONOUNS.contains(l) || l.equals("let")
        ? core : stem;
  }

  /** Verbs that link a subject to a describing word ("felt “betrayed”"), so a participle after them is no noun's. */
  private static final Set<String> LINKING_VERBS = MentionFinder.words("seem", "seems", "seemed", "become",
      "becomes", "became", "becoming", "feel", "feels", "felt", "feeling", "look", "looks", "looked", "remain",
      "remains", "remained", "appear", "appears", "appeared", "sound", "sounds", "sounded", "get", "gets", "got",
      "gotten", "getting", "stay", "stays", "stayed", "grow", "grew", "grown", "prove", "proves", "proved", "been",
      "being", "be", "having");

  /**
   * A single quoted past participle between the start of a noun phrase and its common noun: an adjective, as in
   * "the “sealed” files", "the club's “revised” kit", "with “borrowed” tools" or "avoid “renovated” halls".
   * The word before the quote opens the noun phrase: a determiner, a possessive, a preposition other than "that",
   * or a verb that is neither an auxiliary nor a linking verb. After a subject, an auxiliary or "that" the
   * participle is a verb ("buyers “ignored” it", "have “misled” buyers", "a firm that “misled” buyers").
   */
  private static boolean participleInNounPhrase(Ctx c, int first, int after) {
    int before = first - 1;
    if (before < 0 || c.quoteOf()[before] >= 0 || c.sentOf()[before] != c.sentOf()[first]) return false;
    String nounPos = c.toks().get(after).pos();
    if (nounPos == null || !(nounPos.equals("NN") || nounPos.equals("NNS"))) return false;
    int words = 0;
    String participle = null;
    for (int k = first; k < after; k++) {
      String pos = c.toks().get(k).pos();
      if (!Character.isLetter(c.toks().get(k).text().charAt(0))) continue;
      words++;
      participle = pos;
    }
    if (words != 1 || participle == null || !(participle.equals("VBN") || participle.equals("VBD"))) return false;
    String l = c.lower(before);
    String pos = c.toks().get(before).pos();
    if (MentionFinder.ARTICLES.contains(l) || c.mf().isPossessive(before)) return true;
    if (pos == null || l.equals("that")) return false;
    if (pos.equals("IN")) return true;
    return pos.startsWith("VB") && !AUXILIARIES.contains(l) && !BE_FORMS.contains(l) && !LINKING_VERBS.contains(l);
  }

  /**
   * Whether the quote starting at {@code first} ends with a comma or other clause punctuation inside its marks
   * (“the rules are not “optional extras,” Brandt said”): its words close a clause, so the word after the mark starts the
   * next one (here the speaker) and is no noun the quoted words modify.
   */
  private static boolean closesClauseInside(Ctx c, int first) {
    int q = c.quoteOf()[first];
    int last = first;
    while (last + 1 < c.n() && c.quoteOf()[last + 1] == q) last++;
    for (int k = last; k > first && k >= last - 1; k--) {
      String s = c.toks().get(k).norm();
      if (s.equals(",") || s.equals(";") || s.equals(".") || s.equals("?") || s.equals("!")) return true;
    }
    return false;
  }

  /**
   * An untagged word that reads as a past participle ("aimed", "designed"), which starts a phrase after a
   * noun ("called it “digital sabotage” aimed at the army") rather than being the noun a quoted word
   * modifies. Nouns in -eed ("need", "speed") and "hundred" are not.
   */
  private static boolean pastParticiple(String l) {
    return l.length() >= 5 && l.endsWith("ed") && !l.endsWith("eed") && !l.equals("hundred");
  }

  /** Common names of countries, lower case ("ruritania"), from the gazetteer's country table. */
  private static final Set<String> COUNTRY_NAMES = Nationalities.countryNames();

  /** Verbs of getting in touch ("phoned Tom Brandt to say"): the object is not the speaker. */
  private static final Set<String> CONTACT_VERBS = Lexicon.words("/quotes/contact-verbs.txt");
  /** Nouns for works and products that a title follows ("his book “...”"), from {@code quotes/work-nouns.txt}. */
  private static final Set<String> WORK_NOUNS = Lexicon.words("/quotes/work-nouns.txt");

  /** Words that present a quoted word as a word ("translates as", "rhymes with", "stands for"). */
  private static final Set<String> METALINGUISTIC = Lexicon.words("/quotes/metalinguistic-words.txt");

  /** Verbs after a quoted word that define or gloss it as a word ("“Mofa” means ..."). */
  private static final Set<String> GLOSSING_VERBS = MentionFinder.words("means", "meant", "meaning", "refers");

  /**
   * A capitalised quote right after a noun for a work ("his book “Tidewater”", "the video game, “Lumen.”"):
   * the work's title, not anyone's words. The noun ends the noun phrase the quote is in apposition to.
   */
  private static boolean titleAfterWorkNoun(Ctx c, int first, String core) {
    if (core.isEmpty() || !Character.isUpperCase(core.charAt(0)) || first < 1) return false;
    int k = first - 1;
    if (c.toks().get(k).norm().equals(",")) k--;
    return k >= 0 && c.quoteOf()[k] < 0 && c.sentOf()[k] == c.sentOf()[first] && WORK_NOUNS.contains(c.lower(k))
        && !c.mf().isCap(k);
  }

  /**
   * A nickname inside a name: one or two words quoted between a capitalised given name or initials and a
   * capitalised surname, with nothing else between them ("Tom “Ace” Brody", "J.R. ‘Bud’ Kell").
   */
  private static boolean isNickname(Ctx c, int first, String core) {
    if (core.isEmpty() || core.split("\\s+").length > 2 || !core.chars().allMatch(ch -> Character.isLetter(ch)
        || ch == ' ' || ch == '-' || ch == '.' || ch == '\'' || ch == '’')) {
      return false;
    }
    int q = c.quoteOf()[first];
    int after = first;
    while (after < c.n() && c.quoteOf()[after] == q) after++;
    int before = first - 1;
    if (before < 0 || after >= c.n() || c.quoteOf()[before] >= 0) return false;
    String b = c.toks().get(before).text();
    String a = c.toks().get(after).text();
    boolean initials = b.matches("(\\p{Lu}\\.)+");
    // "the fiddler R.J. “Ace” Morrow": the sentence splitter may end a sentence at the initials' period.
    if (c.sentOf()[before] != c.sentOf()[after] && !(initials && c.sentOf()[first] == c.sentOf()[after])) return false;
    boolean sentenceStart = before == 0 || c.sentOf()[before - 1] != c.sentOf()[before];
    boolean nameBefore = Character.isUpperCase(b.charAt(0)) && !MentionFinder.STOP.contains(c.lower(before))
        && (initials || !sentenceStart && !b.equals(b.toUpperCase(Locale.ROOT)) && b.chars().allMatch(Character::isLetter));
    boolean nameAfter = Character.isUpperCase(a.charAt(0)) && !MentionFinder.STOP.contains(c.lower(after))
        && !Lexicon.months().contains(c.lower(after))
        && a.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-' || ch == '\'' || ch == '’');
    return nameBefore && nameAfter;
  }

  /**
   * A word quoted as a word: one to three words followed by a glossing verb ("“Mofa” means ...", "“ASAP”
   * stands for ...") or glossed right after another such word ("“Mofa” means “sister”").
   */
  /**
   * For a quote not embedded in a word before it (after a comma, an initial's period, or opening its
   * sentence): a title after a work noun, a nickname inside a name, a word quoted as a word, or a slogan in
   * sentence form between an adjective (its comma) and its noun ("her cheerful, “We never close” attitude").
   */
  private static boolean isNamedThing(Ctx c, int first, QuoteSpan span) {
    String core = span.text(c.doc().text()).strip().replaceAll("[\\p{Punct}’‘“”]+$", "");
    return titleAfterWorkNoun(c, first, core) || isNickname(c, first, core) || wordAsWord(c, first, core)
        || labelInApposition(c, first) || sloganBeforeNoun(c, first, core);
  }

  /** Nouns for a label whose wording follows them in apposition ("her nickname, “Lightning,” stuck"). */
  private static final Set<String> APPOSED_LABELS = MentionFinder.words(
      "nickname", "moniker", "slogan", "motto", "hashtag", "catchphrase", "label", "term", "phrase", "byname");

  /** The quote follows a label noun and a comma, in the same sentence: the label's wording, no one's words. */
  private static boolean labelInApposition(Ctx c, int first) {
    int k = first - 1;
    return k >= 1 && c.sentOf()[k - 1] == c.sentOf()[first] && c.toks().get(k).norm().equals(",")
        && c.quoteOf()[k - 1] < 0 && APPOSED_LABELS.contains(c.lower(k - 1));
  }

  private static boolean wordAsWord(Ctx c, int first, String core) {
    if (core.isEmpty() || core.split("\\s+").length > 3) return false;
    int q = c.quoteOf()[first];
    int after = first;
    while (after < c.n() && c.quoteOf()[after] == q) after++;
    if (after < c.n() && c.sentOf()[after] == c.sentOf()[first]
        && (GLOSSING_VERBS.contains(c.lower(after)) || METALINGUISTIC.contains(c.lower(after)))) {
      return true;
    }
    // "with “slack” perhaps defined as spare time": the word given a definition, by the author.
    int d = after < c.n() && c.sentOf()[after] == c.sentOf()[first] && isAdverb(c, after) ? after + 1 : after;
    if (d + 1 < c.n() && c.sentOf()[d + 1] == c.sentOf()[first] && c.lower(d).equals("defined")
        && c.lower(d + 1).equals("as")) {
      return true;
    }
    int k = first - 1;
    if (k >= 1 && GLOSSING_VERBS.contains(c.lower(k)) && c.quoteOf()[k - 1] >= 0 && c.sentOf()[k - 1] == c.sentOf()[first]) {
      int other = c.quoteOf()[k - 1];
      int words = 0;
      for (int t = k - 1; t >= 0 && c.quoteOf()[t] == other; t--) if (c.mf().isWord(t)) words++;
      return words <= 3;
    }
    return false;
  }

  /** Words after which a single capitalised word is a name or label in a noun phrase ("the “Today” show", "use of “Go”"). */
  private static final Set<String> NOUN_SLOT = MentionFinder.words(
      "the", "a", "an", "its", "their", "his", "her", "our", "'s", "’s", "of", "on", "in", "with", "from", "at", "by",
      "for", "about", "into");

  /** Nouns and phrases that introduce a quoted term, name or label. */
  private static final Set<String> TERM_MARKERS = MentionFinder.words(
      "word", "words", "term", "terms", "phrase", "phrases", "label", "labels", "slogan", "slogans", "motto",
      "hashtag", "nickname", "moniker", "so-called", "titled", "entitled", "coined", "catchphrase");

  /** Participles that label the noun before them after a comma ("the prison, dubbed “...”"). */
  private static final Set<String> LABEL_PARTICIPLES = MentionFinder.words("dubbed", "nicknamed", "billed", "emblazoned");

  /** Verbs of naming that introduce a label when passive ("a prison, dubbed “...”"), a quote when active. */
  private static final Set<String> PASSIVE_NAMING = MentionFinder.words(
      "dubbed", "nicknamed", "branded", "labeled", "labelled", "called", "named", "marked", "emblazoned", "billed",
      "termed");

  /**
   * Verbs of judging that introduce a label when passive ("the raids must not be considered “...” protests", "was
   * deemed “...”"); active, they are a thought, not a cue.
   */
  private static final Set<String> PASSIVE_JUDGING = MentionFinder.words("considered", "deemed");

  private static final Set<String> BE_FORMS = MentionFinder.words("is", "are", "was", "were", "be", "been", "being");

  /** Present participles of naming, a cue after a named subject in "with Ann Lee calling it “...”". */
  private static final Set<String> NAMING_PARTICIPLES = MentionFinder.words("calling", "dubbing", "branding",
      "labelling", "labeling", "terming");

  /**
   * A partial quote earlier in a sentence that ends with a quote and its cue (“the danger is “small” but the leak is
   * treated “with great care”, he said.”): the cue after the last quote reports the whole sentence, so the
   * earlier fragment is the same speaker's. Only the next quote of the sentence counts, and only when its speaker
   * stands after it in the same sentence; a cue before it (“Lee said the plan was ...”) is handled as a subject.
   */
  private static Attribution cueClosingSentence(Ctx c, List<QuoteSpan> spans, Attribution[] attr, int[] qFirst,
      int[] qLast, int q) {
    int r = q + 1;
    if (r >= spans.size() || attr[r] == null || attr[r].mention() == null || qFirst[r] >= c.n()) return null;
    int sent = c.sentOf()[qFirst[q]];
    Mention m = attr[r].mention();
    if (c.sentOf()[qFirst[r]] != sent || m.first() <= qLast[r] || c.sentOf()[m.first()] != sent) return null;
    for (int k = qLast[q] + 1; k < qFirst[r]; k++) if (isCue(c, k)) return null;
    return carried(attr[r]);
  }

  private static Attribution carried(Attribution a) {
    return new Attribution(a.mention(), a.cue(), Math.min(a.confidence(), 0.8));
  }

  /** Shared per-document state. */
  private record Ctx(Document doc, List<Token> toks, int[] sentOf, int[] paraOf,
      int[] quoteOf, MentionFinder mf, boolean[] person, boolean[] insideName, boolean[] fullPerson,
      boolean[] organisation, boolean[] inTitle) {
    int n() {
      return toks.size();
    }

    String lower(int i) {
      return mf.lower(i);
    }

    boolean terminal(int i) {
      String s = toks.get(i).norm();
      return s.equals(".") || s.equals("?") || s.equals("!") || s.equals(";");
    }
  }

  private static boolean isFirstInParagraph(Ctx c, int first) {
    return first == 0 || c.paraOf()[first - 1] != c.paraOf()[first];
  }

  /** Attribution from a cue right after the quote, or earlier in the quote's sentence. */
  private Attribution local(Ctx c, int q, int first, int last, QuoteSpan span) {
    int n = c.n();
    int para = span.paragraph();
    String text = c.doc().text();
    char endChar = text.charAt(span.end() - 1);
    boolean endsComma = endChar == ',' || endChar == '—' || endChar == '-' || endChar == '–';
    boolean endsQuestion = endChar == '?' || endChar == '!';
    boolean endsSentence = endChar == '.' || endChar == '…';
    int nextTok = last + 1;
    boolean nextLower = nextTok < n && c.paraOf()[nextTok] == para
        && Character.isLowerCase(c.toks().get(nextTok).text().charAt(0));
    // After a quote that closes its own sentence ("... act.” Of Carson, ...") a new sentence starts.
    boolean afterAllowed = !endsSentence || nextLower || nextTok < n && c.toks().get(nextTok).norm().equals(",");

    // A signature after the quote: "“...” ― Sonya Herridge" / "“...” — Sen. Jane Doe, D-Ohio".
    if (nextTok + 1 < n && c.paraOf()[nextTok] == para && isDash(c.toks().get(nextTok).norm())) {
      int limit = nextTok + 1;
      while (limit < n && c.paraOf()[limit] == para && c.quoteOf()[limit] < 0 && limit - nextTok < 12) limit++;
      Mention m = c.mf().phraseStartingAt(nextTok + 1, limit);
      if (m != null && m.kind() == Kind.NAME && m.first() == nextTok + 1 && !isBareTag(c, m)) {
        return new Attribution(m, null, 0.8);
      }
    }
    // After the closing mark: up to the next quote, terminal punctuation or paragraph end.
    int regionEnd = last + 1;
    while (regionEnd < n && c.paraOf()[regionEnd] == para && c.quoteOf()[regionEnd] < 0
        && !c.terminal(regionEnd) && regionEnd - last <= 30) {
      regionEnd++;
    }
    Attribution after = null;
    boolean afterAdjacent = false;
    if (afterAllowed) {
      for (int i = last + 1; i < regionEnd && i - last <= 25; i++) {
        if (!isCue(c, i) || isParticiple(c, i)) continue;
        Attribution a = cueAttribution(c, i, last + 1, regionEnd);
        if (a == null) continue;
        int gapStart = last + 1;
        if (gapStart < n && c.toks().get(gapStart).norm().equals(",")) gapStart++;
        if (coordinatedSubject(c, gapStart, a.mention())) break;
        after = a;
        afterAdjacent = a.mention().first() <= gapStart + 1 || i <= gapStart + 1 || a.mention().first() > i
            || premodifiesName(c, gapStart, a.mention()) || isNameInApposition(c, gapStart, i, a.mention());
        break;
      }
    }
    boolean partialInside = span.partial() && !endsClause(c, last);
    boolean hearsay = after != null && (isHearsayCue(after.cue()) || isOutletSaying(c, after));
    if (after != null && afterAdjacent && endsComma && !partialInside && !hearsay) return after;
    if (after == null && afterAllowed && endsComma && !span.partial()) {
      Attribution quoted = quotedAsSayingAfter(c, last, regionEnd);
      if (quoted != null) return quoted;
    }

    // "Ivo Marsh rejected critics' description of the levy as “...”": words inside someone else's speech act.
    Attribution embedded = embeddedSpeechAct(c, first);
    if (embedded != null) return embedded;
    // Before the opening mark, within the sentence (or since the previous quote).
    int sent = c.sentOf()[first];
    int regionStart = first;
    while (regionStart - 1 >= 0 && c.sentOf()[regionStart - 1] == sent && c.quoteOf()[regionStart - 1] < 0) {
      regionStart--;
    }
    String beforeMark = first - 1 >= regionStart ? c.toks().get(first - 1).norm() : "";
    boolean introduced = beforeMark.equals(",") || beforeMark.equals(":");
    Attribution before = null;
    for (int i = first - 1; i >= regionStart && before == null; i--) {
      if (!isCue(c, i) && !isActiveNaming(c, i, regionStart) && frontedParticipleSubject(c, i) == null) continue;
      // "Ross said the set by Quill, who designed sets for two revues, has “real wit”": the cue is in a relative
      // clause closed before the quote; look on before the clause for the sentence's own cue.
      int relative = closedRelativeClause(c, i, first);
      if (relative < 0) relative = contactRelativeClause(c, i, regionStart, first);
      if (relative >= 0) {
        i = relative;
        continue;
      }
      // "Lee praised the deal, while opponents called it “a giveaway”": the cue's clause ends before a
      // clause with a subject of its own, which governs the quote; no speaker rather than the cue's.
      int own = ownSubjectStart(c, i + 1, first);
      if (own >= 0) return new Attribution(new Mention(own, own, Kind.NOT_SPEAKER), null, 0.5);
      before = beforeCue(c, i, regionStart, first);
      if (before != null && words(span.text(text)) < 4 && quotedBeforeToldClause(c, i, first, last)) {
        before = reporterOfTelling(c, regionStart, i, before);
      }
    }
    if (before != null && introduced) return before;
    // "Vale was heard shouting “Get out!”, the Courier reported": the one the report is about spoke.
    if (hearsay && before != null) return before;
    if (before == null && beforeMark.equals(":") && regionStart < first - 1) {
      // "Brandt resisted: “...”": the subject of the introducing clause; "HEADLINE - Name:"; "Osei: “...”".
      Mention m = labelBeforeColon(c, regionStart, first - 1);
      if (m == null) m = pastContactClause(c, subjectOfClause(c, regionStart, first - 1), regionStart);
      // "Lee is the town's answer to the old saying: “...”": a subject described, not speaking.
      if (m != null && described(c, m, first - 1, false)) m = new Mention(m.first(), m.last(), Kind.NOT_SPEAKER);
      if (m != null) before = new Attribution(m, null, 0.6);
      if (before != null) return before;
    }
    if (after != null && afterAdjacent && !partialInside) return after;
    if (before != null) return before;
    if (afterAllowed && (endsComma || endsQuestion) && !span.partial()) {
      // ",” Osei shot back" / "?” Brandt went on": a subject right after the quote with any verb.
      Attribution generic = subjectRightAfter(c, last, regionEnd);
      if (generic != null) return generic;
    }
    if (after != null) return after;
    if (span.partial() && regionStart < first && subjectMaySpeak(c, first, span)) {
      // "Lee says his “old friend” Ross ran “a fine race”": the region stops at a quote of the same sentence;
      // a cue before that quote governs the clause, whose subject is no speaker of its own.
      Mention m = subjectOfClause(c, regionStart, first);
      // Only a subject right after the fragment ("..., but rivals called it “...”" has a clause of its own).
      int cut = m == null || m.first() != regionStart ? -1 : cueBeforeCutQuote(c, regionStart);
      if (cut >= 0) {
        int s = cut;
        while (s - 1 >= 0 && c.sentOf()[s - 1] == sent && c.quoteOf()[s - 1] < 0) s--;
        Attribution outer = beforeCue(c, cut, s, first);
        if (outer != null) return outer;
        return new Attribution(new Mention(m.first(), m.last(), Kind.NOT_SPEAKER), null, 0.5);
      }
      if (m != null && (described(c, m, first, true) || openWhoClause(c, m.last() + 1, first)
          || passiveBeforeQuote(c, regionStart, first))) {
        m = new Mention(m.first(), m.last(), Kind.NOT_SPEAKER);
      }
      if (m != null) return new Attribution(m, null, 0.5);
    }
    return null;
  }

  /**
   * The speech cue of the quote's sentence standing before an earlier quote of that sentence which ends the region
   * at {@code regionStart} (the words between the two quotes hold no cue), else -1. Only when the earlier quote
   * is a short fragment inside the sentence (under four words), so the sentence goes on around it.
   */
  private static int cueBeforeCutQuote(Ctx c, int regionStart) {
    int k = regionStart - 1;
    if (k < 0 || c.quoteOf()[k] < 0 || c.sentOf()[k] != c.sentOf()[regionStart]) return -1;
    int q = c.quoteOf()[k];
    int open = k;
    while (open - 1 >= 0 && c.quoteOf()[open - 1] == q) open--;
    int words = 0;
    for (int t = open; t <= k; t++) if (c.mf().isWord(t)) words++;
    if (words >= 4 || open - 1 < 0 || c.sentOf()[open - 1] != c.sentOf()[regionStart]) return -1;
    for (int j = open - 1; j >= 0 && c.sentOf()[j] == c.sentOf()[regionStart] && c.quoteOf()[j] < 0; j--) {
      if (c.terminal(j) || c.toks().get(j).norm().equals(":")) return -1;
      if (isCue(c, j)) return j;
    }
    return -1;
  }

  /**
   * True when, after the subject's finite verb (from {@code from} on), a "who" clause on another noun opens and no
   * comma closes it before the quote at {@code first}: in "Ivo Mark met a pilot who towed the boat and called it
   * “a wreck”" the words may be the pilot's, so the subject is not the speaker.
   */
  private static boolean openWhoClause(Ctx c, int from, int first) {
    boolean verb = false;
    boolean open = false;
    for (int k = from; k < first; k++) {
      if (c.quoteOf()[k] >= 0) return false;
      if (isComma(c, k)) open = false;
      else if (verb && c.lower(k).equals("who")) open = true;
      verb |= isFiniteVerbTag(c, k);
    }
    return open;
  }

  /** Quotation marks, straight and curly, that may stand between a comma and the word after it. */
  private static final String QUOTE_MARKS = "\"'\u201C\u201D\u2018\u2019";

  /** Relative pronouns opening a clause in apposition to the noun before them, after a comma. */
  private static final Set<String> APPOSED_RELATIVES = MentionFinder.words("who", "which");

  /**
   * "Ross said the set by Quill, who designed sets for two revues, has both charm and “real wit”": the cue at
   * {@code i} is the verb of a relative clause (", who" or ", which", at most two words before the cue) that
   * closes before the quote at {@code first}: the first comma after the cue (outside quotation marks, or ending
   * a quoted title) is followed by a finite verb in lower case (an adverb may come first), the sentence's own
   * verb going on. The quote belongs to that outer sentence, not to the clause. Returns the relative pronoun's index,
   * or -1.
   */
  private static int closedRelativeClause(Ctx c, int i, int first) {
    int r = -1;
    for (int k = i - 1; k >= 0 && i - k <= 3; k--) {
      if (c.quoteOf()[k] >= 0 || c.sentOf()[k] != c.sentOf()[i] || !c.mf().isWord(k)) return -1;
      if (APPOSED_RELATIVES.contains(c.lower(k))) {
        r = k;
        break;
      }
    }
    if (r < 1 || !c.toks().get(r - 1).norm().equals(",")) return -1;
    String text = c.doc().text();
    for (int k = i + 1; k < first; k++) {
      if (c.quoteOf()[k] >= 0 || !c.mf().isWord(k)) continue;
      int b = c.toks().get(k).start() - 1;
      boolean closing = false;
      for (; b >= 0 && (Character.isWhitespace(text.charAt(b)) || QUOTE_MARKS.indexOf(text.charAt(b)) >= 0); b--) {
        closing |= QUOTE_MARKS.indexOf(text.charAt(b)) >= 0;
      }
      if (b < 0 || text.charAt(b) != ',') continue;
      // A comma inside a quoted title ("Lights, Camera, Run") is not the one closing the clause.
      int marks = 0;
      for (int x = c.toks().get(i).end(); x < b; x++) {
        if ("\"\u201C\u201D".indexOf(text.charAt(x)) >= 0) marks++;
      }
      if (marks % 2 == 1 && !closing) continue;
      // "..., now covers": an adverb may come before the verb.
      String pos = c.toks().get(k).pos();
      int v = pos != null && pos.equals("RB") && k + 1 < first && c.quoteOf()[k + 1] < 0 ? k + 1 : k;
      return isFiniteVerb(c.toks().get(v)) && !c.mf().isCap(v) && !isCue(c, v) ? r : -1;
    }
    return -1;
  }

  /**
   * A cue inside a relative clause that has no relative pronoun, on the noun phrase that is the subject of a form
   * of "be" right after it: in "the note Paul wrote was “warm”" the quote says what the note was, in someone
   * else's words; Paul wrote the note, not the quote. Returns the first token of the noun phrase ("the"), from
   * which the search for the sentence's own cue goes on, else -1. The noun phrase is a determiner or possessive,
   * up to two modifiers and a common noun, then the subject (a name or a pronoun) and the cue; "What Paul wrote
   * was “...”" (no noun) and "Paul wrote the note was “...”" (no determiner before the subject) are not such clauses.
   */
  private static int contactRelativeClause(Ctx c, int i, int regionStart, int first) {
    if (isParticiple(c, i) || i - 2 < regionStart) return -1;
    int v = i + 1;
    if (v < first && c.quoteOf()[v] < 0 && isAdverb(c, v)) v++;
    if (v >= first || c.quoteOf()[v] >= 0 || !BE_FORMS.contains(c.lower(v))) return -1;
    Mention subject = c.mf().phraseEndingAt(i - 1, regionStart);
    if (subject == null || subject.kind() != Kind.NAME && subject.kind() != Kind.PRONOUN) return -1;
    if (subject.kind() == Kind.NAME && !c.mf().isCap(subject.first())) return -1;
    int noun = subject.first() - 1;
    if (noun < regionStart || c.quoteOf()[noun] >= 0 || c.mf().isCap(noun) || !isCommonNounTag(c, noun)) return -1;
    for (int k = noun - 1; k >= regionStart && noun - k <= 3 && c.quoteOf()[k] < 0 && c.mf().isWord(k); k--) {
      String l = c.lower(k);
      String pos = c.toks().get(k).pos();
      if (MentionFinder.ARTICLES.contains(l) || MentionFinder.DETERMINERS.contains(l) || c.mf().isPossessive(k)
          || pos != null && (pos.equals("DT") || pos.equals("PRP$"))) {
        return k;
      }
      if (pos == null || !(pos.startsWith("JJ") || pos.equals("NN") || pos.equals("NNS"))) return -1;
    }
    return -1;
  }

  /**
   * Speech verbs whose first object is the one addressed and which never stand before their subject as "said"
   * does (",” said Ann Lee"): after a comma, the phrase following them is the addressee.
   */
  private static final Set<String> ADDRESSEE_FIRST_VERBS = MentionFinder.words("told", "tell", "tells", "telling",
      "informed", "informs", "notified", "notifies");

  /** Verbs of telling someone something, whose recipient comes right after them ("told him that ..."). */
  private static final Set<String> TELLING_VERBS = MentionFinder.words("told", "tell", "tells", "warned", "warns",
      "informed", "informs", "assured", "assures", "reminded", "reminds", "advised", "advises", "notified");

  /** Object pronouns that stand for the recipient of a telling. */
  private static final Set<String> RECIPIENT_PRONOUNS = MentionFinder.words("him", "her", "them", "me", "us", "you");

  /**
   * "the landlord assured his tenants “in writing” that the heating would be fixed": a short quote (the caller checks
   * it has fewer than four words, like the fragments of {@link #subjectMaySpeak}) standing between a verb
   * of telling with its recipient (a noun phrase or pronoun, nothing with a verb) and that verb's own
   * "that"-clause. What was told is the clause after the quote; the quoted phrase is a part of the sentence
   * around the telling (a time, a manner), quoted from whoever reports it, so it is not the teller's words.
   * {@code v} is the verb, {@code first} and {@code last} the quote's opening and closing marks.
   */
  private static boolean quotedBeforeToldClause(Ctx c, int v, int first, int last) {
    if (!TELLING_VERBS.contains(c.lower(v)) || last + 1 >= c.n() || c.sentOf()[last + 1] != c.sentOf()[first]
        || !c.lower(last + 1).equals("that") || !clauseSubjectStartsAt(c, last + 2, c.sentOf()[first])) {
      return false;
    }
    boolean recipient = false;
    for (int k = v + 1; k < first; k++) {
      if (!isRecipientWord(c, k)) return false;
      recipient |= RECIPIENT_PRONOUNS.contains(c.lower(k)) || !MentionFinder.DETERMINERS.contains(c.lower(k));
    }
    return recipient;
  }

  /**
   * Whether a clause with a subject may start at {@code k} of sentence {@code sent}: a subject pronoun, a
   * determiner or a capitalised word ("that the fund ...", "that she ..."), not a noun ("that afternoon").
   */
  private static boolean clauseSubjectStartsAt(Ctx c, int k, int sent) {
    if (k >= c.n() || c.sentOf()[k] != sent || c.quoteOf()[k] >= 0 || !c.mf().isWord(k)) return false;
    return MentionFinder.PRONOUNS.contains(c.lower(k)) || MentionFinder.DETERMINERS.contains(c.lower(k))
        || c.mf().isCap(k);
  }

  /** A word of a recipient noun phrase ("him", "Ann Lee", "the committee", "lawmakers"), not a verb. */
  private static boolean isRecipientWord(Ctx c, int k) {
    if (c.quoteOf()[k] >= 0 || !c.mf().isWord(k)) return false;
    if (RECIPIENT_PRONOUNS.contains(c.lower(k)) || MentionFinder.DETERMINERS.contains(c.lower(k))) return true;
    String pos = c.toks().get(k).pos();
    return pos != null && (pos.startsWith("NN") || pos.equals("JJ")) && !c.mf().isPronoun(k);
  }

  /**
   * The speaker of a quote found by {@link #quotedBeforeToldClause}: when the telling is itself reported by
   * someone earlier in the sentence ("Imani says the strike began when the manager informed staff “...” that the
   * shift would close"), the one reporting it, whose account the quoted phrase belongs to; else no speaker
   * rather than the teller. {@code told} is the teller's attribution, found from the verb at {@code v}.
   */
  private Attribution reporterOfTelling(Ctx c, int from, int v, Attribution told) {
    Mention teller = told.mention();
    for (int u = from; u < teller.first() && u < v; u++) {
      if (!isCue(c, u) || isParticiple(c, u) || c.lower(u).equals("according")) continue;
      Attribution outer = cueAttribution(c, u, from, u + 1);
      if (outer == null || outer.mention().last() >= u) return noSpeakerFor(teller);
      Mention m = outer.mention();
      if (m.kind() != Kind.NAME && m.kind() != Kind.PRONOUN && m.kind() != Kind.NOMINAL) return noSpeakerFor(teller);
      return outer;
    }
    return noSpeakerFor(teller);
  }

  /**
   * Verbs that make their object do what the infinitive after it says ("prompted one parent to slam the plan",
   * "led Ivo Brandt to call it", "urged Ines Varo to describe ..."): the object, not the subject, performs it.
   */
  private static final Set<String> OBJECT_CONTROL_VERBS = MentionFinder.words("prompt", "prompts", "prompted",
      "prompting", "urge", "urges", "urged", "urging", "ask", "asks", "asked", "asking", "lead", "leads", "led",
      "leading", "force", "forces", "forced", "forcing", "inspire", "inspires", "inspired", "inspiring", "push",
      "pushes", "pushed", "pushing", "get", "gets", "got", "getting", "persuade", "persuades", "persuaded",
      "persuading", "encourage", "encourages", "encouraged", "encouraging", "spur", "spurs", "spurred", "spurring",
      "drive", "drives", "drove", "driving", "cause", "causes", "caused", "causing", "compel", "compels",
      "compelled", "compelling", "invite", "invites", "invited", "inviting", "provoke", "provokes", "provoked",
      "provoking", "convince", "convinces", "convinced", "convincing", "pressure", "pressures", "pressured",
      "pressuring", "goad", "goads", "goaded", "goading", "challenge", "challenges", "challenged", "challenging");

  /**
   * Verbs that judge their object for something it said ("criticised Ivo Brandt for calling the plan ...",
   * "thanked the nurses for describing ..."): the object said it, not the subject.
   */
  private static final Set<String> JUDGED_FOR_VERBS = Lexicon.union(EVALUATING_VERBS, MentionFinder.words("thank",
      "thanks", "thanked", "thanking", "attack", "attacks", "attacked", "attacking", "rebuke", "rebukes",
      "rebuked", "rebuking", "scold", "scolds", "scolded", "scolding", "fault", "faults", "faulted", "faulting",
      "chide", "chides", "chided", "chiding", "fine", "fines", "fined", "sack", "sacks", "sacked", "suspend",
      "suspends", "suspended", "sue", "sues", "sued", "suing", "censure", "censures", "censured"));

  /** Naming verbs that, like speech verbs, put words in the mouth of their subject ("to call it", "for calling it"). */
  private static final Set<String> NAMING_FORMS = MentionFinder.words("call", "calling", "label", "labelling",
      "labeling", "brand", "branding", "dub", "dubbing", "term", "terming", "liken", "likening");

  /** Words that end the reach of an infinitive or gerund over the quote after it. */
  private static final Set<String> REACH_BREAKERS = MentionFinder.words("and", "but", "or", "while",
      "whilst", "because", "saying", "adding", "noting", "who", "which", "why", "whether", "if", "how", "what");

  /**
   * Control verbs that only request the act ("urged Ines Varo to call it ..."): whether the object ever uttered
   * the words is unknown, and the subject may have proposed them, so neither one is given as the speaker.
   */
  private static final Set<String> REQUEST_VERBS = MentionFinder.words("urge", "urges", "urged", "urging", "ask",
      "asks", "asked", "asking", "encourage", "encourages", "encouraged", "encouraging", "invite", "invites",
      "invited", "inviting", "push", "pushes", "pushed", "pushing", "pressure", "pressures", "pressured",
      "pressuring", "goad", "goads", "goaded", "goading", "challenge", "challenges", "challenged", "challenging");

  /**
   * The speaker of a quote governed by a speech or naming verb whose own subject is the object of another verb
   * before it: "Ann Lee prompted one parent to slam the plan as “...”", "Ann Lee criticised Ivo Brandt for
   * calling the plan “...”". The attribution {@code a} found for the sentence's subject ("Ann Lee") is replaced
   * by the object when it is a named person or organisation and the verb makes it act ("prompted", "led", not
   * a request like "urged"), else by no speaker ("one parent", "her"). Only when
   * the subject's mention stands before the governing verb in the quote's sentence, the object is one to six
   * words with no comma, and nothing between the speech verb and the quote turns the clause ("..., saying",
   * "and told", a finite verb after a pronoun or name). Otherwise {@code a} unchanged.
   */
  private static Attribution objectOfControl(Ctx c, int first, Attribution a) {
    if (a == null || a.mention() == null || first >= c.n()) return a;
    Mention m = a.mention();
    int sent = c.sentOf()[first];
    if (m.last() >= first || c.sentOf()[m.last()] != sent) return a;
    // The subject's mention may have swallowed the controlling verb ("The closure led"): it only has to start
    // before it. The speech verb governing the quote: the last "to VERB" or "for VERBing" before it, past which
    // only object words run to the quote.
    for (int k = first - 2; k > m.first() + 1; k--) {
      if (c.quoteOf()[k] >= 0 || c.quoteOf()[k + 1] >= 0) return a;
      String lk = c.lower(k);
      String lv = c.lower(k + 1);
      String tk = c.toks().get(k).norm();
      if (tk.equals(",") || c.terminal(k) || isDash(tk) || REACH_BREAKERS.contains(lk)) return a;
      boolean speech = SpeechVerbs.isSpeechVerb(lv) || NAMING_FORMS.contains(lv);
      boolean infinitive = speech && lk.equals("to") && isBareForm(lv);
      boolean gerund = speech && lk.equals("for") && lv.endsWith("ing");
      if (!infinitive && !gerund) continue;
      if (c.mf().isCap(k + 1)) return a;
      // No clause of its own between the speech verb and the quote ("to slam the plan she called “...”").
      for (int j = k + 2; j < first; j++) {
        String tj = c.toks().get(j).norm();
        if (tj.equals(",") || isDash(tj) || c.terminal(j) || REACH_BREAKERS.contains(c.lower(j))
            || isFiniteVerb(c.toks().get(j)) && (c.mf().isPronoun(j - 1) || c.person()[j - 1])) {
          return a;
        }
      }
      // The object: one to six words back to the controlling verb, no comma, past the subject's mention.
      int v = k - 1;
      Set<String> controlling = infinitive ? OBJECT_CONTROL_VERBS : JUDGED_FOR_VERBS;
      while (v > m.first() && k - v <= 7) {
        String tw = c.toks().get(v).norm();
        if (tw.equals(",") || c.quoteOf()[v] >= 0 || c.terminal(v)) return a;
        if (v < k - 1 && controlling.contains(c.lower(v)) && !c.mf().isCap(v)) break;
        v--;
      }
      if (v <= m.first() || k - v > 7 || !controlling.contains(c.lower(v))) return a;
      int os = v + 1;
      int oe = k - 1;
      Mention named = c.mf().phraseStartingAt(os, k);
      String cue = c.toks().get(k + 1).text();
      if (!REQUEST_VERBS.contains(c.lower(v)) && named != null && named.kind() == Kind.NAME && named.first() == os
          && named.last() == oe && namedPersonOrOrganisation(c, named)) {
        return new Attribution(named, cue, a.confidence());
      }
      return new Attribution(new Mention(os, oe, Kind.NOT_SPEAKER), null, 0.5);
    }
    return a;
  }

  /**
   * The previous quote's attribution carried to quote {@code q}; when objectOfControl gave the previous quote to
   * a verb's object and a speech verb outside quotes stands between the two ("... asked the judge to describe
   * it as “closed”, and said “we are done”"), the sentence subject's attribution instead.
   */
  private static Attribution carriedPastControl(Ctx c, Attribution[] attr, Attribution[] subjectOf, int[] qLast,
      int[] qFirst, int q) {
    if (subjectOf[q - 1] != null) {
      for (int k = qLast[q - 1] + 1; k < qFirst[q]; k++) {
        if (c.quoteOf()[k] < 0 && SpeechVerbs.isSpeechVerb(c.lower(k)) && !c.mf().isCap(k)) {
          return carried(subjectOf[q - 1]);
        }
      }
    }
    return carried(attr[q - 1]);
  }

  private static Attribution noSpeakerFor(Mention m) {
    return new Attribution(new Mention(m.first(), m.last(), Kind.NOT_SPEAKER), null, 0.5);
  }

  /** Cues by which a reporter passes on what it heard or read: "..., the Courier reported", "according to X". */
  private static final Set<String> HEARSAY_CUES = MentionFinder.words("reported", "reports", "according to");

  /**
   * Whether a cue after the quote only passes the words on. When the quote's own sentence also has a speech
   * verb before it ("Ann Vale was heard shouting “Get out!”, the Tarrow Courier reported", "Councillor Ivo Brandt
   * said “we were not asked,” according to Lowmoor Radio"), the guidelines give the words to their original
   * speaker, the subject of that verb, and the reporter after the quote is only the source of the account.
   */
  private static boolean isHearsayCue(String cue) {
    return cue != null && HEARSAY_CUES.contains(cue.toLowerCase(Locale.ROOT));
  }

  /** Plain speech verbs by which a news outlet passes on words it reports. */
  private static final Set<String> OUTLET_SAYING = MentionFinder.words("said", "says", "wrote", "writes");

  /**
   * "..., the Lowmoor Gazette said", "..., the newspaper said": a news outlet (a name with a news word, or a
   * description headed by a news noun) saying what someone else said before the quote in the same sentence
   * only reports it ("Councillor Ivo Brandt said “...,” the Lowmoor Gazette said").
   */
  private static boolean isOutletSaying(Ctx c, Attribution a) {
    if (a.cue() == null || !OUTLET_SAYING.contains(a.cue().toLowerCase(Locale.ROOT))) return false;
    Mention m = a.mention();
    if (m.kind() == Kind.NAME) {
      for (int k = m.first(); k <= m.last(); k++) if (NEWS_NAME_WORDS.contains(c.lower(k))) return true;
      return false;
    }
    return m.kind() == Kind.NOMINAL && NEWS_NOUNS.contains(c.lower(m.last()));
  }

  /**
   * True when a passive verb governs the quote at {@code first}: a form of "be", at most one adverb, a past
   * participle and an optional "as" right before the mark ("the garden, which was dedicated “to all who tended
   * it”", "the scheme is widely praised as “...”"). The subject of a passive is what was acted on, not the one
   * whose words these are; a "by" agent between them ("was described by Lee as") does not match.
   */
  private static boolean passiveBeforeQuote(Ctx c, int from, int first) {
    int k = first - 1;
    if (k >= from && c.lower(k).equals("as")) k--;
    if (k < from || c.quoteOf()[k] >= 0 || !c.mf().isWord(k)) return false;
    String pos = c.toks().get(k).pos();
    String l = c.lower(k);
    boolean participle = pos != null ? pos.equals("VBN") || pos.equals("VBD") && l.endsWith("ed") : l.endsWith("ed");
    if (!participle) return false;
    int b = k - 1;
    if (b >= from && c.quoteOf()[b] < 0 && c.lower(b).endsWith("ly")) b--;
    return b >= from && c.quoteOf()[b] < 0 && BE_FORMS.contains(c.lower(b));
  }

  /**
   * Whether the subject of a partial quote's clause may be its speaker when no speech verb is there. A
   * fragment of one to three words with no cue ("the journal's “tipping point” warning", "Lee lied about the
   * “informant”") is the author's quoted term far more often than anyone's words; it is the subject's only
   * when the subject characterises something with it: "X as “...”" ("Lee sees the deal as its “last
   * chance”"). Longer fragments keep the subject.
   */
  private static boolean subjectMaySpeak(Ctx c, int first, QuoteSpan span) {
    if (words(span.text(c.doc().text())) >= 4) return true;
    for (int k = first - 1; k >= 0 && first - k <= 3 && c.quoteOf()[k] < 0 && c.sentOf()[k] == c.sentOf()[first]
        && c.mf().isWord(k); k--) {
      if (c.lower(k).equals("as")) return k == 0 || !c.lower(k - 1).equals("such") && !c.lower(k - 1).equals("well");
    }
    // "Lee raised the matter of “ghost fees”, warning that ...": a speech participle of the same clause
    // after the quote makes the subject the one speaking.
    int q = c.quoteOf()[first];
    int k = first;
    while (k < c.n() && c.quoteOf()[k] == q) k++;
    for (; k + 1 < c.n() && c.sentOf()[k] == c.sentOf()[first] && c.quoteOf()[k] < 0; k++) {
      if (c.toks().get(k).norm().equals(",") && isCue(c, k + 1) && isParticiple(c, k + 1)) return true;
    }
    return false;
  }

  /**
   * A fragment whose governing cue stands before an earlier quoted fragment of the same sentence ("Lee told
   * the meeting that the “temporary” berths had become “a permanent eyesore”"): the local search stops at the earlier quote,
   * so the cue's speaker is found here, over the whole sentence before the fragment.
   */
  private Attribution governingSpeaker(Ctx c, int first) {
    int k = governingCue(c, first);
    if (k < 0) return null;
    boolean quoteBetween = false;
    for (int j = k + 1; j < first; j++) if (c.quoteOf()[j] >= 0) quoteBetween = true;
    if (!quoteBetween) return null;
    int sent = c.sentOf()[first];
    int s = k;
    while (s - 1 >= 0 && c.sentOf()[s - 1] == sent && c.paraOf()[s - 1] == c.paraOf()[first]
        && c.quoteOf()[s - 1] < 0) {
      s--;
    }
    return beforeCue(c, k, s, first);
  }

  /** Words of a quote as the quote metric counts them: whitespace chunks with a letter or digit. */
  static int words(String quote) {
    int n = 0;
    for (String w : quote.strip().split("\\s+")) if (w.chars().anyMatch(Character::isLetterOrDigit)) n++;
    return n;
  }

  /**
   * True when the subject {@code m} is followed by a form of "be" that makes it the one described rather
   * than the one speaking: a noun phrase after it ("Lee is the town's answer to ..."), or, when
   * {@code passive} holds, anything but an "-ing" form or the quote itself ("Lee was suspended due to
   * “...”", "Lee was “...”" stays Lee's).
   */
  private static boolean described(Ctx c, Mention m, int to, boolean passive) {
    int j = m.last() + 1;
    while (j < to && (MentionFinder.SKIPPABLE.contains(c.lower(j)) || c.lower(j).equals("not")
        || c.lower(j).endsWith("ly") && !c.mf().isCap(j))) j++;
    if (j >= to || c.quoteOf()[j] >= 0 || !BE_FORMS.contains(c.lower(j))) return false;
    int t = j + 1;
    while (t < to && (c.lower(t).equals("not") || c.lower(t).equals("been") || c.lower(t).equals("being")
        || c.lower(t).endsWith("ly") && !c.mf().isCap(t))) t++;
    if (t >= to || c.quoteOf()[t] >= 0) return false;
    String l = c.lower(t);
    if (MentionFinder.DETERMINERS.contains(l) || c.mf().isPossessive(t + 1 < to ? t + 1 : t) && c.mf().isCap(t)) return true;
    return passive && !l.endsWith("ing");
  }

  /** The participle by which a reporter passes on someone else's words ("..., the paper said, quoting a witness"). */
  private static final String QUOTING = "quoting";

  /**
   * "Quoting police sources, the Courier said ... “...”", "..., the paper reported, quoting a witness": the
   * words are the quoted source's, not the reporter's. When the quote's sentence has "quoting" and a noun
   * phrase after it (outside quotes), that phrase replaces the attribution's mention (an unnamed source then
   * stays unnamed). ("citing" is left alone: it is mostly followed by a reason or a document.)
   */
  private static Attribution quotedSource(Ctx c, int first, Attribution a) {
    if (a == null) return null;
    int sent = c.sentOf()[first];
    int s = first;
    while (s - 1 >= 0 && c.sentOf()[s - 1] == sent) s--;
    for (int k = s; k < c.n() && c.sentOf()[k] == sent; k++) {
      if (c.quoteOf()[k] < 0 && c.lower(k).equals("quoted") && k + 1 < first) {
        // "State television quoted an unnamed source as saying that “...”": the one quoted, not the outlet.
        int as = k + 1;
        while (as < first && as - k < 16 && c.quoteOf()[as] < 0 && !c.lower(as).equals("as")) as++;
        if (as + 1 < first && c.lower(as).equals("as") && c.quoteOf()[as] < 0 && c.lower(as + 1).endsWith("ing")
            && SpeechVerbs.isSpeechVerb(c.lower(as + 1))) {
          Mention src = c.mf().phraseStartingAt(k + 1, as);
          if (src == null || src.first() != k + 1 || src.kind() == Kind.PRONOUN || src.kind() == Kind.RELATIVE) return a;
          return new Attribution(src, a.cue(), Math.min(a.confidence(), 0.6));
        }
      }
      if (c.quoteOf()[k] >= 0 || !c.lower(k).equals(QUOTING)) continue;
      int limit = k + 1;
      while (limit < c.n() && c.sentOf()[limit] == sent && c.quoteOf()[limit] < 0 && !c.lower(limit).equals(",")
          && limit - k < 14) limit++;
      Mention src = c.mf().phraseStartingAt(k + 1, limit);
      if (src == null || src.first() != k + 1 || src.kind() == Kind.PRONOUN || src.kind() == Kind.RELATIVE) return a;
      return new Attribution(src, a.cue(), Math.min(a.confidence(), 0.6));
    }
    return a;
  }

  /**
   * ",” club manager Ann Lee was quoted as saying by the Courier", ",” officials quoted Mr Lee as saying": the one
   * quoted speaks, not the outlet or the officials passing the words on. The passive subject must follow the
   * closing mark directly (a comma between at most); the active object is the phrase between "quoted" and "as".
   */
  private static Attribution quotedAsSayingAfter(Ctx c, int last, int regionEnd) {
    for (int k = last + 2; k + 2 < regionEnd && k - last <= 20; k++) {
      if (c.quoteOf()[k] >= 0 || !c.lower(k).equals("quoted")) continue;
      int as = k + 1;
      while (as < regionEnd && as - k < 10 && !c.lower(as).equals("as")) as++;
      if (as + 1 >= regionEnd || !c.lower(as).equals("as") || !c.lower(as + 1).endsWith("ing")
          || !SpeechVerbs.isSpeechVerb(c.lower(as + 1))) {
        return null;
      }
      Mention m;
      if (BE_FORMS.contains(c.lower(k - 1))) {
        m = k - 2 > last ? c.mf().subjectBefore(k - 2, last + 1) : null;
        int gap = last + 1 < c.n() && c.toks().get(last + 1).norm().equals(",") ? last + 2 : last + 1;
        if (k - 3 > gap && c.toks().get(k - 2).norm().equals(",")) {
          // ",” the minister, Ali Baran, was quoted as saying": the person named in apposition.
          Mention named = nameInApposition(c, gap, k - 1);
          if (named != null && named.last() == k - 3) return new Attribution(named, c.toks().get(k).text(), 0.8);
        }
        if (m == null || m.first() > gap && !premodifiesName(c, gap, m) || m.last() != k - 2) return null;
      } else {
        m = c.mf().phraseStartingAt(k + 1, as);
        if (m == null || m.first() != k + 1 || m.last() != as - 1) return null;
      }
      if (m.kind() == Kind.RELATIVE) return null;
      return new Attribution(m, c.toks().get(k).text(), 0.8);
    }
    return null;
  }

  static boolean isDash(String s) {
    return s.equals("-") || s.equals("--") || s.equals("—") || s.equals("–") || s.equals("―") || s.equals("‒");
  }

  private static boolean isParticiple(Ctx c, int i) {
    String l = c.lower(i);
    return l.endsWith("ing") && !l.equals("according");
  }

  /**
   * The speaker of a cue before the quote. Participles and infinitives ("..., saying", "went on to say")
   * take the subject of their clause rather than the noun right before them ("released a statement saying").
   */
  private Attribution beforeCue(Ctx c, int i, int regionStart, int first) {
    String l = c.lower(i);
    boolean participle = l.endsWith("ing") && !l.equals("according");
    boolean infinitive = i - 1 >= regionStart && c.lower(i - 1).equals("to");
    Mention fronted = participle ? frontedParticipleSubject(c, i) : null;
    if (fronted != null) return new Attribution(fronted, c.toks().get(i).text(), 0.7);
    if (!participle && !infinitive && passiveCue(c, i, regionStart)
        && (!ASKED.contains(c.lower(i)) || questionPutRightAfter(c, i, first))) {
      return passiveAgent(c, i, regionStart, first);
    }
    if (infinitive && i - 2 >= regionStart && c.mf().isCap(i - 2) && c.quoteOf()[i - 2] < 0) {
      // "the remark led Lee to say, “...”", "asked Lee to explain": the one who is to speak.
      Mention object = c.mf().phraseEndingAt(i - 2, regionStart);
      if (object != null && object.kind() == Kind.NAME && object.first() > regionStart) {
        // "Ann Lee phoned Tom Brandt to say ...": the one who got in touch speaks, not the one called;
        // the subject right before the verb (a description too: "her lawyer called ..."), else nobody.
        int v = object.first() - 1;
        if (CONTACT_VERBS.contains(c.lower(v))) {
          Mention subject = v - 1 >= regionStart ? c.mf().subjectBefore(v - 1, regionStart) : null;
          if (subject == null) subject = new Mention(object.first(), object.last(), Kind.NOT_SPEAKER);
          return new Attribution(subject, c.toks().get(i).text(), 0.7);
        }
        return new Attribution(object, c.toks().get(i).text(), 0.7);
      }
    }
    if (!participle && !infinitive) {
      Mention shared = sharedSubject(c, i, regionStart);
      if (shared != null) return new Attribution(shared, c.toks().get(i).text(), 0.7);
    }
    Mention absolute = participle ? absoluteSubject(c, i, regionStart, true) : null;
    if (absolute != null) return new Attribution(absolute, c.toks().get(i).text(), 0.7);
    if (participle && i - 1 >= regionStart && c.toks().get(i - 1).norm().equals(",")) {
      // "The board approved the plan, with some members objecting, saying “...”": the absolute phrase
      // right before the participle has its own subject, which speaks (here unnamed), not the main clause's.
      Mention own = absolutePhraseBefore(c, i - 1, regionStart);
      if (own != null) return new Attribution(own, c.toks().get(i).text(), 0.7);
    }
    if (participle && i - 2 >= regionStart && BE_FORMS.contains(c.lower(i - 1)) && c.quoteOf()[i - 1] < 0) {
      // "wrote back that we were urging them to “...”": a progressive verb, whose subject is right before it;
      // "Advisers to Ann Lee are warning ...": the head before the preposition, as for other cues.
      Mention own = c.mf().subjectBefore(i - 2, regionStart);
      Mention sub = headBeforePreposition(c, own, regionStart, 3);
      if (sub != own && sub.kind() == Kind.NAME && sub.first() == sub.last() && isCommonNounTag(c, sub.first())) {
        sub = new Mention(sub.first(), sub.last(), Kind.NOT_SPEAKER); // "LOWMOOR - Advisers to ...": a capitalised noun
      }
      if (sub != null && sub.first() - 1 >= regionStart && c.lower(sub.first() - 1).equals("that")) {
        // "her warning that Lee is promising “...”": inside a reported clause the words may be the reporter's.
        sub = new Mention(sub.first(), sub.last(), Kind.NOT_SPEAKER);
      }
      if (sub != null) return new Attribution(sub, c.toks().get(i).text(), 0.7);
    }
    if (infinitive) {
      // "Ann Lee conceded the panel would reject her, using her column to denounce “...”": the infinitive belongs to
      // the participle opened after the comma, and so to the main clause's subject.
      int p = participleOpeningBefore(c, i - 2, regionStart);
      Mention inner = p >= 0 ? subjectOfClause(c, regionStart, p - 1, false) : null;
      Mention main = inner != null ? mainSubjectOverComplement(c, regionStart, inner, p) : null;
      if (main != null) return new Attribution(main, c.toks().get(i).text(), 0.7);
    }
    if (participle || infinitive) {
      int end = i;
      int a = participle ? adverbsBefore(c, i, regionStart) : i;
      boolean comma = participle && a - 1 >= regionStart && c.toks().get(a - 1).norm().equals(",");
      if (comma) end = a - 1;
      Mention m = subjectOfClause(c, regionStart, end, participle && !comma);
      Mention reporter = comma && m != null ? reporterOfClause(c, regionStart, m, i) : null;
      if (reporter == null && comma && m != null) reporter = mainSubjectOverComplement(c, regionStart, m, i);
      if (reporter != null) return new Attribution(reporter, c.toks().get(i).text(), 0.7);
      if (m != null) return new Attribution(m, c.toks().get(i).text(), 0.7);
      if (comma) return null;
    }
    Attribution a = cueAttribution(c, i, regionStart, first);
    if (a != null && participle && isRecipient(c, a.mention(), regionStart)) {
      // "sent a letter to Ann Lee demanding ...": the addressee is not the one demanding.
      return null;
    }
    if (a != null) return a;
    Mention m = speakingSubjectOfClause(c, regionStart, i);
    return m == null ? null : new Attribution(m, c.toks().get(i).text(), 0.7);
  }

  /** How far a participial phrase opening a sentence may run before the main clause's subject. */
  private static final int FRONTED_PHRASE_REACH = 40;

  /**
   * "Calling the ruling a “dark day” and a “betrayal”, Lee urged an appeal": a speech or naming participle
   * that opens its sentence belongs to the subject of the main clause after the phrase, the noun phrase right
   * after a comma outside quotes and followed by its finite verb. Else null (the participle does not open the
   * sentence, or no such clause follows).
   */
  private static Mention frontedParticipleSubject(Ctx c, int i) {
    if (c.quoteOf()[i] >= 0 || i > 0 && c.sentOf()[i - 1] == c.sentOf()[i]) return null;
    String l = c.lower(i);
    if (!NAMING_PARTICIPLES.contains(l) && !(isParticiple(c, i) && SpeechVerbs.isSpeechVerb(l))) return null;
    int sent = c.sentOf()[i];
    for (int k = i + 1; k + 1 < c.n() && c.sentOf()[k + 1] == sent && k - i <= FRONTED_PHRASE_REACH; k++) {
      if (c.quoteOf()[k] >= 0 || c.quoteOf()[k + 1] >= 0 || !isComma(c, k)) continue;
      int limit = k + 1;
      while (limit < c.n() && c.sentOf()[limit] == sent && c.quoteOf()[limit] < 0 && limit - k <= 8) limit++;
      Mention m = c.mf().phraseStartingAt(k + 1, limit);
      if (m == null || m.first() != k + 1 || m.kind() == Kind.RELATIVE || m.kind() == Kind.NOT_SPEAKER
          || m.last() + 1 >= limit) {
        continue;
      }
      int v = m.last() + 1;
      if (isFiniteVerb(c.toks().get(v)) && !c.mf().isCap(v)) return m;
    }
    return null;
  }

  /** Participles that go on with what the subject of the sentence says ("..., adding", "..., saying"). */
  private static final Set<String> DISCOURSE_PARTICIPLES = MentionFinder.words("saying", "adding", "noting",
      "insisting", "arguing", "stressing", "explaining", "suggesting");

  /**
   * "Pia Lund says the mayor should have built the dam years ago, saying that without it “...”": a participle that goes on
   * with the speech ("saying", "adding", "noting") after a reported clause belongs to the one who reports it, not to
   * a subject {@code inner} inside the reported clause. Returns the subject (a name or a pronoun other than "it",
   * leading the sentence) of the first speech cue before {@code inner}, when no other speech cue or verb of getting
   * in touch comes between that cue and the participle at {@code cue} ("Lund said Berg had phoned, saying ..." may
   * be Berg's); else null.
   */
  private static Mention reporterOfClause(Ctx c, int from, Mention inner, int cue) {
    if (!DISCOURSE_PARTICIPLES.contains(c.lower(cue)) || inner.kind() == Kind.PRONOUN) return null;
    int v = -1;
    for (int k = from + 1; k < inner.first(); k++) {
      if (c.quoteOf()[k] >= 0) return null;
      if (isCue(c, k)) {
        v = k;
        break;
      }
    }
    if (v < 0 || isParticiple(c, v) || c.lower(v).equals("according")) return null;
    Mention reporter = c.mf().subjectBefore(v - 1, from);
    if (reporter == null || reporter.kind() != Kind.NAME && reporter.kind() != Kind.PRONOUN
        || reporter.first() > from + 1 || c.lower(reporter.first()).equals("it")) {
      return null;
    }
    for (int k = v + 1; k < cue; k++) {
      if (c.quoteOf()[k] >= 0 || isCue(c, k) || CONTACT_VERBS.contains(c.lower(k))) return null;
    }
    return reporter;
  }

  /**
   * Verbs whose object may be a clause with a subject of its own, with or without "that" ("accepted the panel would
   * ...", "believes that the board ..."): that subject belongs to the reported clause, not to the main clause.
   */
  private static final Set<String> COMPLEMENT_VERBS = MentionFinder.words(
      "accept", "accepts", "accepted", "believe", "believes", "believed", "think", "thinks", "thought",
      "know", "knows", "knew", "say", "says", "said", "admit", "admits", "admitted", "concede", "concedes", "conceded",
      "acknowledge", "acknowledges", "acknowledged", "claim", "claims", "claimed", "insist", "insists", "insisted",
      "argue", "argues", "argued", "fear", "fears", "feared", "hope", "hopes", "hoped", "expect", "expects",
      "expected", "feel", "feels", "felt", "assume", "assumes", "assumed", "suspect", "suspects", "suspected",
      "realise", "realises", "realised", "realize", "realizes", "realized", "recognise", "recognises", "recognised",
      "recognize", "recognizes", "recognized", "predict", "predicts", "predicted", "agree", "agrees", "agreed",
      "deny", "denies", "denied", "conclude", "concludes", "concluded", "understand", "understands", "understood",
      "reckon", "reckons", "reckoned", "suggest", "suggests", "suggested");

  /** Verbs that only pass on what someone else did or said ("said", "claimed"). */
  private static final Set<String> PLAIN_REPORTING_VERBS = MentionFinder.words("say", "says", "said", "claim",
      "claims", "claimed");

  /** Words that may stand between a subject and the verb taking a complement clause ("also seemed to", "did not"). */
  private static boolean verbChainWord(Ctx c, int k) {
    if (c.quoteOf()[k] >= 0 || c.mf().isCap(k) || !c.mf().isWord(k) || CLAUSE_BREAKERS.contains(c.lower(k))) {
      return false;
    }
    String l = c.lower(k);
    if (MentionFinder.SKIPPABLE.contains(l) || AUXILIARY_CHAIN.contains(l) || RAISING_VERBS.contains(l) || l.endsWith("ly")) {
      return true;
    }
    String pos = c.toks().get(k).pos();
    return pos != null && (pos.startsWith("VB") || pos.startsWith("RB") || pos.equals("MD") || pos.equals("TO"));
  }

  /** Verbs that pass their subject on to an infinitive ("seemed to accept", "came to believe"). */
  private static final Set<String> RAISING_VERBS = MentionFinder.words("seem", "seems", "seemed", "appear", "appears",
      "appeared", "come", "comes", "came", "is", "has");

  /**
   * "Ann Lee seemed to accept the panel would rule against her, saying “...”": a participle after a comma
   * belongs to the subject of the main clause when the subject {@code inner} that comes last before it stands in a
   * clause reported by the main verb (right after the verb or its "that"). Returns the main clause's subject (a
   * name, a pronoun other than "it", or a description, leading the sentence or following a comma), with only verbs,
   * adverbs and "to" between it and the verb; null when the reported clause has a verb of speaking or getting in
   * touch before the participle at {@code cue} ("Lee said Berg had phoned, saying ..." may be Berg's), or when no
   * such main clause is found.
   */
  private static Mention mainSubjectOverComplement(Ctx c, int from, Mention inner, int cue) {
    int v = inner.first() - 1;
    // "believes that North Vale Growers will ...": capitalised words the name left out are still part of it.
    while (v > from && inner.first() - v <= 3 && inner.kind() == Kind.NAME && c.mf().isCap(v) && c.quoteOf()[v] < 0) v--;
    if (v >= from && c.lower(v).equals("that")) v--;
    if (v <= from || c.quoteOf()[v] >= 0 || c.mf().isCap(v) || !COMPLEMENT_VERBS.contains(c.lower(v))) return null;
    String pos = c.toks().get(v).pos();
    if (pos != null && !pos.startsWith("VB")) return null; // "the claims the panel ...": a noun
    for (int k = inner.last() + 1; k < cue; k++) {
      if (c.quoteOf()[k] >= 0 || isCue(c, k) || CONTACT_VERBS.contains(c.lower(k))) return null;
    }
    if (PLAIN_REPORTING_VERBS.contains(c.lower(v)) && !DISCOURSE_PARTICIPLES.contains(c.lower(cue))
        && inner.last() + 1 < cue && (c.lower(inner.last() + 1).equals("had") || isFiniteVerbTag(c, inner.last() + 1)
        && !BE_FORMS.contains(c.lower(inner.last() + 1)))) {
      // "Lee said Berg had quit, accusing the board ...": a reported deed may come with its doer's own words.
      return null;
    }
    int j = v - 1;
    while (j >= from && v - j <= 6 && verbChainWord(c, j)) j--;
    if (j < from) return null;
    Mention main = c.mf().subjectBefore(j, from);
    if (main == null || main.kind() == Kind.RELATIVE || main.kind() == Kind.NOT_SPEAKER
        || main.last() != j && !isComma(c, j) || main.first() == inner.first() || c.lower(main.first()).equals("it")) {
      return null;
    }
    if (main.first() > from + 1 && !isComma(c, main.first() - 1)) {
      // "Union leader Ivo Sand knew ...": only capitalised words and role words before the name.
      for (int k = from; k < main.first(); k++) {
        if (c.quoteOf()[k] >= 0 || !c.mf().isCap(k) && !c.mf().isRoleWord(k)) return null;
      }
    }
    return main;
  }

  /** Participles whose subject is also the subject of an infinitive after them ("using the radio to say"). */
  private static final Set<String> SUBJECT_CONTROL_PARTICIPLES = MentionFinder.words("using", "taking", "turning",
      "going", "appearing", "returning", "heading", "stepping", "rising", "choosing", "deciding", "vowing",
      "promising", "pledging", "threatening", "seeking", "trying", "hoping", "planning");

  /**
   * The participle after a comma that opens a phrase running on to the infinitive marker after {@code end} (", using
   * her column to", ", taking to the airwaves to"), within a few words and with no comma or quote between; else -1.
   */
  private static int participleOpeningBefore(Ctx c, int end, int from) {
    for (int j = end; j > from && end - j <= 8; j--) {
      if (c.quoteOf()[j] >= 0 || isComma(c, j) || c.terminal(j)) return -1;
      if (SUBJECT_CONTROL_PARTICIPLES.contains(c.lower(j)) && isComma(c, j - 1)) return j;
    }
    return -1;
  }

  /** Words after which a verb has a subject of its own, or is no longer the leading subject's. */
  private static final Set<String> CLAUSE_BREAKERS = MentionFinder.words("that", "which", "who", "whom", "whose",
      "because", "after", "before", "when", "while", "if", "although", "though", "since", "until", "where", "as",
      "whether", "but", "so", "or", "nor", ";", ":", "he", "she", "they", "we", "i", "it", "you");

  /**
   * "Ann Lee, the mayor, toured the plant, praised its workers and called it “...”": a cue that is the last of
   * several predicates joined by "and" or a comma takes the sentence's leading subject, a person's name, when the
   * first predicate's finite verb follows the name or the appositions and relative clauses closed by commas after it
   * ({@link #firstPredicate}), and the predicates run on to the cue as one series ({@link #seriesReachesCue}).
   */
  private static Mention sharedSubject(Ctx c, int i, int from) {
    int a = adverbsBefore(c, i, from);
    if (a - 1 <= from) return null;
    String joint = c.lower(a - 1);
    if (!joint.equals("and") && !joint.equals(",")) return null;
    if (from > 0 && c.sentOf()[from - 1] == c.sentOf()[from]) return null; // a quote earlier in the sentence
    Mention m = c.mf().phraseStartingAt(from, i);
    if (m == null || m.kind() != Kind.NAME || m.first() != from || !isPerson(c, m)) return null;
    int j = firstPredicate(c, m.last() + 1, i);
    if (j < 0 || j >= a - 1) return null;
    Token verb = c.toks().get(j);
    boolean finite = verb.pos() != null ? isFiniteVerb(verb)
        : Character.isLowerCase(verb.text().charAt(0)) && (c.lower(j).endsWith("ed") || SpeechVerbs.isSpeechVerb(c.lower(j)));
    return finite && seriesReachesCue(c, j, i) ? m : null;
  }

  /** Negations, which no adverb skipped before a predicate may be: "and never called it “...”" denies the words. */
  private static final Set<String> NOT_SERIES_ADVERBS = MentionFinder.words("not", "never", "n't");

  /**
   * The index of the first of the lower-case adverbs (tagged RB, at most two, no negation) right
   * before {@code i}: "and later called it “...”", ", then calling it “...”". {@code i} itself when none.
   */
  private static int adverbsBefore(Ctx c, int i, int from) {
    int a = i;
    while (a - 1 > from && i - a < 2 && c.quoteOf()[a - 1] < 0 && "RB".equals(c.toks().get(a - 1).pos())
        && !c.mf().isCap(a - 1) && !NOT_SERIES_ADVERBS.contains(c.lower(a - 1))) {
      a--;
    }
    return a;
  }

  /**
   * The index of the first predicate's verb after a leading name, {@code j} being the token after the name:
   * {@code j} itself, or the word after the commas closing up to four segments in apposition ("Ivo Mark, 58, a
   * ferry pilot who retired when the yard shut, sailed ..." gives "sailed"). A segment with a finite verb
   * that no relative pronoun opens ("Ivo Mark, Una Sole and Bo Tam sailed ...") lists further subjects: -1.
   * Returns -1 when no such word is found before the cue at {@code i}.
   */
  private static int firstPredicate(Ctx c, int j, int i) {
    for (int hop = 0; hop < 4 && j < i && isComma(c, j); hop++) {
      int e = j + 1;
      boolean relative = false;
      for (; e < i && e - j < 30 && !isComma(c, e); e++) {
        if (c.quoteOf()[e] >= 0 || c.terminal(e)) return -1;
        relative |= SERIES_RELATIVES.contains(c.lower(e)) || c.lower(e).equals("whose");
        if (!relative && isFiniteVerbTag(c, e)) return -1;
      }
      if (e + 1 >= i || !isComma(c, e)) return -1;
      if (isFiniteVerbTag(c, e + 1) || c.toks().get(e + 1).pos() == null) return e + 1;
      j = e;
    }
    return j;
  }

  /** Relative pronouns that may open a clause on an object within a series of predicates ("a boat that leaks,"). */
  private static final Set<String> SERIES_RELATIVES = MentionFinder.words("that", "which", "who");

  /**
   * True when the predicates from the verb at {@code j} run on to the cue at {@code i} as one series sharing the
   * subject: "sailed the bay, towed a boat that had sunk, and called the rescue “...”". Between them no quote,
   * person, sentence end or clause opener ("because", "but", "while", a pronoun); a relative clause on an object
   * ("a boat that had sunk", "the bay, which was calm,") only when a comma closes it before the cue, so the cue
   * cannot be its verb ("met a pilot who towed the boat and called it ..." may be the pilot's; ", who" is never
   * passed over); every other finite verb comes after a comma or "and" and agrees in tense with the first one
   * ("sailed the bay, the crew rowed and ..." has a subject of its own), as does the cue.
   */
  private static boolean seriesReachesCue(Ctx c, int j, int i) {
    if (!sameTense(c, j, i)) return false;
    boolean relative = false;
    for (int k = j + 1; k < i - 1; k++) {
      if (c.quoteOf()[k] >= 0 || c.person()[k] || c.terminal(k)) return false;
      String l = c.lower(k);
      if (relative) {
        relative = !isComma(c, k);
        continue;
      }
      boolean restrictive = !isComma(c, k - 1) && c.mf().isWord(k - 1);
      if (SERIES_RELATIVES.contains(l) && (restrictive || l.equals("which"))) {
        relative = true;
        continue;
      }
      if (CLAUSE_BREAKERS.contains(l)) return false;
      if (isFiniteVerbTag(c, k) && !continuesSeries(c, j, k)) return false;
    }
    return !relative || isComma(c, i - 1);
  }

  /**
   * True when the finite verb at {@code k} is one more predicate of the series whose first verb is at {@code j}:
   * right after a comma or "and" (adverbs between: "and then towed") and in the same tense.
   */
  private static boolean continuesSeries(Ctx c, int j, int k) {
    int p = k - 1;
    while (p > j && "RB".equals(c.toks().get(p).pos())) p--;
    return (isComma(c, p) || c.lower(p).equals("and")) && sameTense(c, j, k);
  }

  /**
   * True when the verbs at {@code a} and {@code b} agree in tense: both past ("sailed ... called", a past
   * participle counting as past) or both present ("sails ... calls"); true when a tag is missing.
   */
  private static boolean sameTense(Ctx c, int a, int b) {
    String x = c.toks().get(a).pos();
    String y = c.toks().get(b).pos();
    if (x == null || y == null) return true;
    boolean pastX = x.equals("VBD") || x.equals("VBN");
    boolean pastY = y.equals("VBD") || y.equals("VBN");
    boolean presentX = x.equals("VBZ") || x.equals("VBP");
    boolean presentY = y.equals("VBZ") || y.equals("VBP");
    return pastX && pastY || presentX && presentY;
  }

  /**
   * An active verb of naming with its subject right before it ("Lee had dubbed the plan “...”", "Lee
   * called it “...”"): whoever names a thing with quoted words said them. Passive or participial
   * naming ("a plan dubbed “...”", "was called “...”") is a label and is not a cue.
   */
  private static boolean isActiveNaming(Ctx c, int i, int from) {
    if (c.quoteOf()[i] >= 0 || i - 1 < from) return false;
    // "..., with Arlo Penn calling it “...”": naming in an absolute phrase, whose named subject said the words.
    if (NAMING_PARTICIPLES.contains(c.lower(i))) {
      Mention m = absoluteSubject(c, i, from, false);
      if (m != null && m.first() - 1 >= from && c.lower(m.first() - 1).equals("with")) return true;
      return namingParticipleAfterComma(c, i, from);
    }
    if (!PASSIVE_NAMING.contains(c.lower(i))) return false;
    Token t = c.toks().get(i);
    if (t.pos() != null && !t.pos().equals("VBD") && !t.pos().equals("VBN") && !t.pos().equals("VBZ")) return false;
    int k = i - 1;
    while (k >= from && AUXILIARIES.contains(c.lower(k)) && !BE_FORMS.contains(c.lower(k))) k--;
    if (k < from || BE_FORMS.contains(c.lower(k)) || c.quoteOf()[k] >= 0) return false;
    Mention m = c.mf().subjectBefore(k, from);
    // "Ivo Mark sailed the bay and called the rescue “...”": the last of a series of predicates shares the name.
    return m != null && (m.kind() == Kind.NAME || m.kind() == Kind.PRONOUN) || sharedSubject(c, i, from) != null;
  }

  /**
   * "Ivo Marsh opened the ferry route in May, then calling the timetable “a mess”": a naming participle that opens a phrase
   * after a comma (adverbs between), with an object of its own before the quote, goes on with the main clause,
   * whose subject names the thing. Only when nothing before that comma opens another clause or holds a quote or
   * comma (the subject found could be a reported clause's or a relative clause's), not a participle right before
   * the quote (", calling “...”" may be a title), nor one on a noun without a comma ("a post calling him “...”").
   */
  private static boolean namingParticipleAfterComma(Ctx c, int i, int from) {
    int a = adverbsBefore(c, i, from);
    if (a - 1 <= from || !isComma(c, a - 1) || c.quoteOf()[a - 1] >= 0) return false;
    if (c.sentOf()[from] != c.sentOf()[i] || from > 0 && c.sentOf()[from - 1] == c.sentOf()[from]) return false;
    // "The council insisted that the ferry plan meets every rule, terming the objections “...”": the subject found before
    // the comma would be the reported clause's; only a sentence with no clause opener before the comma counts.
    for (int k = from; k < a - 1; k++) {
      if (c.quoteOf()[k] >= 0 || k > from && CLAUSE_BREAKERS.contains(c.lower(k)) || isComma(c, k)) return false;
    }
    int q = i + 1;
    while (q < c.n() && c.quoteOf()[q] < 0 && q - i <= 5 && c.mf().isWord(q)) q++;
    return q > i + 1 && q < c.n() && c.quoteOf()[q] >= 0 && c.sentOf()[q] == c.sentOf()[i];
  }

  /** True when {@code m} is the object of "to" (after an optional determiner): an addressee. */
  private static boolean isRecipient(Ctx c, Mention m, int from) {
    int k = m.first() - 1;
    if (k >= from && MentionFinder.DETERMINERS.contains(c.lower(k))) k--;
    return k >= from && c.quoteOf()[k] < 0 && c.lower(k).equals("to");
  }

  /** True when the quote ends inside its marks with a comma, question or exclamation mark, or a dash. */
  private static boolean endsClauseInside(Ctx c, int last) {
    for (int i = last; i >= Math.max(0, last - 2); i--) {
      String s = c.toks().get(i).norm();
      if (s.equals(",") || s.equals("?") || s.equals("!") || s.equals("—") || s.equals("--")) return true;
      if (Character.isLetterOrDigit(s.charAt(0))) return false;
    }
    return false;
  }

  /**
   * True when the words in {@code [from, m.first())} premodify the name {@code m}: ",” Acme spokeswoman Ann
   * Lee said", ",” Harbour City head coach Tom Brandt said". Capitalised words and lower-case role words
   * only, at most six, the last a role noun; the name has two words at least (or an honorific).
   */
  private static boolean premodifiesName(Ctx c, int from, Mention m) {
    if (m.kind() != Kind.NAME || m.first() <= from || m.first() - from > 6 || !c.mf().isCap(from)) return false;
    int words = 0;
    for (int t = m.first(); t <= m.last(); t++) if (c.mf().isCap(t) && !c.mf().isHonorific(t)) words++;
    if (words < 2 && !c.mf().isHonorific(m.first())) return false;
    boolean role = false;
    for (int t = from; t < m.first(); t++) {
      String l = c.lower(t);
      if (!c.mf().isWord(t) || c.quoteOf()[t] >= 0 || MentionFinder.STOP.contains(l) || MentionFinder.DETERMINERS.contains(l)
          || c.mf().isPronoun(t) || SpeechVerbs.isSpeechVerb(l)) {
        return false;
      }
      if (!c.mf().isCap(t)) role = true;
    }
    return role;
  }

  /** A mention starting right after the quote's closing mark and followed by a lower-case verb. */
  private static Attribution subjectRightAfter(Ctx c, int last, int regionEnd) {
    int k = last + 1;
    if (k < regionEnd && c.toks().get(k).norm().equals(",")) k++;
    if (k >= regionEnd) return null;
    // Inverted several-word cue: ",” chimed in Ann Lee", "?” shot back Ed Moss", ",” came the reply from Ann Lee".
    int cueEnd = invertedCueEnd(c, k, regionEnd);
    if (cueEnd >= 0) {
      Mention inv = nameStartingAt(c, cueEnd + 1, regionEnd);
      if (inv == null) return null;
      StringBuilder cue = new StringBuilder(c.toks().get(k).text());
      for (int t = k + 1; t <= cueEnd; t++) cue.append(' ').append(c.toks().get(t).text());
      return new Attribution(inv, cue.toString(), 0.7);
    }
    String w0 = c.toks().get(k).text();
    if (Character.isLowerCase(w0.charAt(0)) && !MentionFinder.STOP.contains(c.lower(k)) && !c.mf().isPronoun(k)
        && (w0.endsWith("ed") || w0.endsWith("s")) && k + 1 < regionEnd) {
      // Inverted order with any verb: "?” reacted Brandt."
      Mention inv = nameStartingAt(c, k + 1, regionEnd);
      return inv == null ? null : new Attribution(inv, w0, 0.6);
    }
    Mention m = c.mf().phraseStartingAt(k, regionEnd);
    if (m == null || m.kind() == Kind.NOMINAL && !MentionFinder.DETERMINERS.contains(c.lower(k))) return null;
    int j = m.last() + 1;
    if (j < regionEnd && c.toks().get(j).norm().equals(",")) {
      // Appositive after the name: ",” farm delegate Ed Moss, holding a sign, said".
      int e = j + 1;
      while (e < regionEnd && !c.toks().get(e).norm().equals(",")) e++;
      j = e + 1;
    }
    while (j < regionEnd && MentionFinder.SKIPPABLE.contains(c.lower(j))) j++;
    if (j >= regionEnd) return null;
    // ",” Acme coach Ann Lee said", ",” Acme spokesman Ed Moss told": a role noun after the name
    // premodifies the next name; it is not the verb (the speech verb further on decides).
    if (isRoleNoun(c, j, regionEnd)) return null;
    String w = c.toks().get(j).text();
    String wPos = c.toks().get(j).pos();
    // ",” Acme chairman and chief executive Tom Brandt said": a word tagged as a noun after the name, with a
    // speech cue still to come, is a role, not the verb (a lone ",” Brandt answers." keeps it: taggers misread it).
    if (wPos != null && (wPos.startsWith("NN") || wPos.equals("JJ"))) {
      for (int t = j + 1; t < regionEnd; t++) if (isCue(c, t)) return null;
    }
    if (!Character.isLowerCase(w.charAt(0)) || MentionFinder.STOP.contains(c.lower(j))
        && !Set.of("told", "said", "says", "added", "adds", "tells", "asked", "asks").contains(c.lower(j))) {
      return null;
    }
    return new Attribution(m, w, 0.7);
  }

  /** Several-word cues that stand between a quote and its speaker in inverted order ("chimed in", "shot back"). */
  private static final Set<String> INVERTED_CUES = Lexicon.words("/quotes/inverted-cues.txt");

  /** The longest cue of {@link #INVERTED_CUES} that starts at {@code k}: the index of its last word, or -1. */
  private static int invertedCueEnd(Ctx c, int k, int regionEnd) {
    if (!Character.isLowerCase(c.toks().get(k).text().charAt(0))) return -1;
    StringBuilder words = new StringBuilder(c.lower(k));
    int found = -1;
    for (int t = k + 1; t < regionEnd && t - k < 4; t++) {
      words.append(' ').append(c.lower(t));
      if (INVERTED_CUES.contains(words.toString())) found = t;
    }
    return found;
  }

  /**
   * A name starting exactly at {@code s} after an inverted cue: the noun phrase found there when it is a name
   * or capitalised, else the run of capitalised words of a person's or organisation's entity mention there
   * (",” said Will Ostrander": a given name that is also a function word does not start a phrase by itself).
   */
  private static Mention nameStartingAt(Ctx c, int s, int limit) {
    if (s >= limit) return null;
    Mention m = c.mf().phraseStartingAt(s, limit);
    if (m != null && m.first() == s && (m.kind() == Kind.NAME || c.mf().isCap(s))) return m;
    return m == null ? entityNameAt(c, s, limit) : null;
  }

  /**
   * The capitalised words of one kind of entity mention starting at {@code s} (",” said Will Ostrander": "Will"
   * alone reads as a modal verb), or null when {@code s} does not start such a run.
   */
  private static Mention entityNameAt(Ctx c, int s, int limit) {
    if (s >= limit || !c.mf().isCap(s) || !c.mf().isWord(s)) return null;
    boolean[] kind = c.person()[s] ? c.person() : c.organisation()[s] ? c.organisation() : null;
    if (kind == null || s > 0 && kind[s - 1] && c.mf().isCap(s - 1)) return null;
    int e = s;
    while (e + 1 < limit && kind[e + 1] && c.mf().isCap(e + 1) && c.mf().isWord(e + 1)) e++;
    return new Mention(s, e, Kind.NAME);
  }

  /**
   * "“...,” and Mayor Ines Korda said she agreed": a coordinator right after the quote, then a named subject
   * or a noun phrase of its own (titles and determiners may lead it): a clause of its own, whose cue is not
   * the quote's. A pronoun there ("“...,” but he conceded") may be the quote's speaker going on, and a verb
   * there ("“...” and occurred ..., Justice Lee said") shares the subject; both keep the cue.
   */
  private static boolean coordinatedSubject(Ctx c, int gapStart, Mention m) {
    if (!COORDINATORS.contains(c.lower(gapStart))) return false;
    if (m.first() <= gapStart || m.first() > gapStart + 3 || c.mf().isPronoun(m.first())) return false;
    for (int k = gapStart + 1; k < m.first(); k++) {
      if (!c.mf().isCap(k) && !MentionFinder.DETERMINERS.contains(c.lower(k))) return false;
    }
    return true;
  }

  /**
   * A noun at {@code j} (tagged as one, or a title head: "coach", "spokesman", "director") with a speech verb
   * after it in the region: the start of a role that premodifies a name ("Acme coach Ann Lee said", "Acme
   * director of media relations Ed Moss said"), not the verb.
   */
  private static boolean isRoleNoun(Ctx c, int j, int regionEnd) {
    String pos = c.toks().get(j).pos();
    if (!(pos != null && pos.startsWith("NN") || isTitleWord(c, j))) return false;
    for (int k = j + 1; k < regionEnd; k++) if (isCue(c, k)) return true;
    return false;
  }

  /** A lower-case title head at {@code j} ("coach", "spokesman", "director"). */
  private static boolean isTitleWord(Ctx c, int j) {
    String l = c.lower(j);
    return !c.mf().isCap(j) && (SpeakerResolver.TITLE_WORDS.contains(l) || NerLexicon.instance().isTitleHead(l));
  }

  /** True when the quote's last inner token is clause-final punctuation (",” he said"). */
  private static boolean endsClause(Ctx c, int last) {
    for (int i = last; i >= Math.max(0, last - 2); i--) {
      String s = c.toks().get(i).norm();
      if (s.equals(",") || s.equals(".") || s.equals("?") || s.equals("!")) return true;
    }
    return false;
  }

  /**
   * Nouns naming the content of speech, never its utterer ("the query asked of the tribunal", "the doubts
   * raised by residents", "remarks made at a rally"). Nouns for documents, which can be a cue's subject
   * ("the letter reads"), are left out.
   */
  private static final Set<String> SAID_THING_NOUNS = MentionFinder.words("question", "questions", "concern",
      "concerns", "issue", "issues", "point", "points", "remark", "remarks", "comment", "comments", "claim", "claims",
      "allegation", "allegations", "accusation", "accusations", "criticism", "criticisms", "objection", "objections",
      "doubt", "doubts", "fear", "fears", "query", "queries", "demand", "demands", "request", "requests",
      "suggestion", "suggestions", "words", "argument", "arguments", "grievance", "grievances");

  private static boolean isCue(Ctx c, int i) {
    if (c.quoteOf()[i] >= 0) return false;
    Token t = c.toks().get(i);
    String l = c.lower(i);
    if (l.equals("according")) return i + 1 < c.n() && c.lower(i + 1).equals("to");
    if (!SpeechVerbs.isSpeechVerb(l) && particleAfter(c, i) == 0) return false;
    // "the club will continue to be “a home for everyone”": keeping on being something; the quote describes the
    // subject ("“...,” she continued" stays a cue).
    if (l.startsWith("continu") && i + 2 < c.n() && c.lower(i + 1).equals("to") && c.lower(i + 2).equals("be")
        && c.quoteOf()[i + 1] < 0 && c.quoteOf()[i + 2] < 0) {
      return false;
    }
    // "the board agreed to “review every contract”": agreeing to do something is a commitment, not speech.
    if (l.startsWith("agree") && i + 1 < c.n() && c.lower(i + 1).equals("to") && c.quoteOf()[i + 1] < 0) return false;
    // "demanding answers", "a flurry of calls": tagged as a noun, so not the verb (but "with Ann Lee
    // warning of ...", where a tagger may read "Lee warning" as a compound, is the verb).
    if (t.pos() != null && (t.pos().equals("NN") || t.pos().equals("NNS"))
        && absoluteSubject(c, i, Math.max(0, i - 12), false) == null && !presentTenseAfterSubject(c, i)) {
      return false;
    }
    if (i > 0 && (c.mf().isPossessive(i - 1) || MentionFinder.DETERMINERS.contains(c.lower(i - 1))
        && !c.lower(i - 1).equals("one"))) {
      return false; // "the mayor's comments", "a report": nouns, not verbs
    }
    String two = i > 1 ? c.lower(i - 2) : "";
    if (i > 1 && isBareForm(l) && (two.equals("a") || two.equals("an") || c.mf().isPossessive(i - 2))
        && !c.lower(i - 1).endsWith("s") && c.mf().isWord(i - 1) && !c.mf().isPronoun(i - 1)) {
      return false; // "in an annual report", "the union's new post": a bare form after "a X" or "Y's X" is a noun
    }
    // "the query asked of the tribunal", "the doubts raised by residents": a past form straight after a noun
    // naming uttered content modifies that noun; such a noun never utters anything, so the verb is no cue.
    if (i > 0 && !l.endsWith("ing") && !l.endsWith("s") && c.quoteOf()[i - 1] < 0
        && c.sentOf()[i - 1] == c.sentOf()[i] && SAID_THING_NOUNS.contains(c.lower(i - 1)) && !c.mf().isCap(i - 1)) {
      return false;
    }
    // "Said" capitalised mid-sentence is usually part of a name.
    return !Character.isUpperCase(t.text().charAt(0)) || i == 0 || c.sentOf()[i - 1] != c.sentOf()[i]
        || c.quoteOf()[i - 1] >= 0;
  }

  /**
   * "Ivo Brandt counters that ...", "she maintains that ...": a speech verb's -s form that a tagger read as a plural
   * noun is the verb when a person's name or "he"/"she" stands right before it and "that" or a colon right after it
   * (a plural noun is not followed by "that" or a colon straight after a person's name). Lower-case, same sentence.
   */
  private static boolean presentTenseAfterSubject(Ctx c, int i) {
    if (i - 1 < 0 || i + 1 >= c.n() || c.mf().isCap(i) || !c.lower(i).endsWith("s")) return false;
    if (c.sentOf()[i - 1] != c.sentOf()[i] || c.sentOf()[i + 1] != c.sentOf()[i] || c.quoteOf()[i - 1] >= 0) return false;
    String next = c.lower(i + 1);
    if (!next.equals("that") && !next.equals(":")) return false;
    String prev = c.lower(i - 1);
    return c.person()[i - 1] || prev.equals("he") || prev.equals("she");
  }

  /**
   * 1 when the verb at {@code i} and the particle after it are a phrasal speech verb ("Ivo Sand pointed out that
   * ...", "Ivo Sand hit back at his rivals", "Ivo Sand went on:"; see {@link SpeechVerbs#isPhrasalSpeechVerb}),
   * else 0. The verb is lower-case and not tagged as a noun ("the backfire", "a point out of reach" are none);
   * the particle is outside quotes, in the same sentence.
   */
  private static int particleAfter(Ctx c, int i) {
    if (i + 1 >= c.n() || c.quoteOf()[i + 1] >= 0 || c.sentOf()[i + 1] != c.sentOf()[i] || c.mf().isCap(i)) return 0;
    String pos = c.toks().get(i).pos();
    if (pos != null && pos.startsWith("NN")) return 0;
    String next = i + 2 < c.n() && c.sentOf()[i + 2] == c.sentOf()[i] ? c.lower(i + 2) : "";
    return SpeechVerbs.isPhrasalSpeechVerb(c.lower(i), c.lower(i + 1), next) ? 1 : 0;
  }

  /**
   * "the yard will continue to build ferries": "continue" before "to" and a lower-case verb outside quotes means
   * keeping on doing something, not speaking ("“...,” he continued" is a cue). Used where a cue of another
   * sentence of the paragraph is borrowed; in the quote's own sentence the verb still anchors its subject.
   */
  private static boolean aspectualContinue(Ctx c, int i) {
    if (!c.lower(i).startsWith("continu") || i + 2 >= c.n() || !c.lower(i + 1).equals("to")) return false;
    int v = i + 2;
    return c.sentOf()[v] == c.sentOf()[i] && c.quoteOf()[v] < 0 && c.mf().isWord(v) && !c.mf().isCap(v);
  }

  /**
   * The subject of an absolute phrase: "..., with Foreign Minister Ann Lee warning of “...”" names who is
   * speaking, although the sentence's main clause has another subject. A name, right after "with", right
   * before the participle at {@code i}.
   */
  private static Mention absoluteSubject(Ctx c, int i, int from, boolean anyPhrase) {
    if (i - 2 < from || !c.lower(i).endsWith("ing") || c.quoteOf()[i - 1] >= 0) return null;
    Mention subject = c.mf().phraseEndingAt(i - 1, from);
    if (subject == null || subject.last() != i - 1 || subject.first() - 1 < from) return null;
    // "..., with his rivals shouting “...”": a description or pronoun there is the (unnamed) speaker too; only a
    // name lets a word tagged as a noun count as the participle (isCue).
    if (subject.kind() != Kind.NAME && !(anyPhrase && (subject.kind() == Kind.NOMINAL || subject.kind() == Kind.PRONOUN))) {
      return null;
    }
    return c.lower(subject.first() - 1).equals("with") && c.quoteOf()[subject.first() - 1] < 0 ? subject : null;
  }

  /**
   * The subject of an absolute phrase that ends at the comma {@code comma}: ", with some members objecting,"
   * (the segment since the previous comma starts with "with", then a noun phrase, then a participle, tagged
   * VBG, and maybe its complement). Null when the segment is no such phrase.
   */
  private static Mention absolutePhraseBefore(Ctx c, int comma, int from) {
    int s = comma - 1;
    while (s - 1 >= from && c.quoteOf()[s - 1] < 0 && !c.toks().get(s - 1).norm().equals(",")
        && !c.toks().get(s - 1).norm().equals(";")) s--;
    if (s < from || c.quoteOf()[s] >= 0 || !c.lower(s).equals("with") || s + 2 >= comma) return null;
    for (int t = s + 2; t < comma; t++) {
      if (c.quoteOf()[t] >= 0) return null;
      Token tok = c.toks().get(t);
      boolean ing = tok.pos() != null ? tok.pos().equals("VBG") : c.lower(t).endsWith("ing");
      if (!ing || c.mf().isCap(t)) continue;
      Mention np = c.mf().phraseStartingAt(s + 1, t);
      if (np != null && np.last() == t - 1) return np;
    }
    return null;
  }

  /** A speech word without an inflection ("report", "note"), as opposed to "reports", "noted", "noting". */
  private static boolean isBareForm(String l) {
    return !l.endsWith("s") && !l.endsWith("ed") && !l.endsWith("ing") && !l.equals("said") && !l.equals("told")
        && !l.equals("wrote") && !l.equals("spoke") && !l.equals("written");
  }

  /** The subject of the verb at {@code v} in its sentence, as a cue's subject is found ("X, a lawyer, wrote"). */
  private static Mention subjectOfVerb(Ctx c, int v) {
    int from = v;
    while (from > 0 && c.sentOf()[from - 1] == c.sentOf()[v]) from--;
    if (v - 1 < from) return null;
    return coordinated(c, headBeforePreposition(c, c.mf().subjectBefore(v - 1, from), from, 3), from, true);
  }

  /** The speaker mention of the cue at {@code i}, searching within {@code [from, to)}. */
  private Attribution cueAttribution(Ctx c, int i, int from, int to) {
    MentionFinder mf = c.mf();
    String cue = c.toks().get(i).text();
    if (c.lower(i).equals("according")) {
      int limit = Math.max(to, Math.min(c.n(), i + 14));
      Mention m = mf.phraseStartingAt(i + 2, limit);
      Mention named = m == null ? null : nameInApposition(c, i + 2, limit);
      if (named != null) m = named; // "according to her cousin, Nils Orban,"
      return m == null ? null : new Attribution(m, "according to", 0.8);
    }
    if (passiveCue(c, i, from)) return null; // "she was described as", "Lee was told": not the subject's words
    Mention reported = reportedToHave(c, i, from);
    if (reported != null) return new Attribution(reported, cue, 0.8);
    Mention left = i - 1 >= from ? mf.subjectBefore(i - 1, from) : null;
    Mention dashed = subjectBeforeDashes(c, i, from);
    if (dashed != null) left = dashed;
    left = headBeforePreposition(c, left, from, 3);
    left = leaderOfTeam(c, left, from);
    left = coordinated(c, left, from, true);
    if (left != null && left.kind() == Kind.NOMINAL && !MentionFinder.DETERMINERS.contains(c.lower(left.first()))) {
      // "a ministry official who asked not to be named because the talks were private said": the phrase before "who".
      for (int k = left.first() - 1; k > from && left.first() - k < 15; k--) {
        String l = c.lower(k);
        if (c.quoteOf()[k] >= 0 || l.equals(",") || l.equals(".") || l.equals(";")) break;
        if (l.equals("who")) {
          Mention ante = mf.phraseEndingAt(k - 1, from);
          if (ante != null && ante.kind() != Kind.PRONOUN) left = ante;
          break;
        }
      }
    }
    if (left != null && left.kind() == Kind.NOMINAL && from > 0 && c.quoteOf()[from - 1] >= 0) {
      Mention named = unclosedApposition(c, from, left.first(), i);
      if (named != null) left = named;
    }
    if (left != null && left.kind() != Kind.PRONOUN && left.kind() != Kind.RELATIVE) {
      Mention named = nameBeforeUnclosedDescription(c, from, left, i);
      if (named != null) left = named;
    }
    if (left != null && left.kind() != Kind.PRONOUN && left.kind() != Kind.RELATIVE && !isPerson(c, left)) {
      Mention named = nameBeforeListedDescription(c, from, left, i);
      if (named != null) left = named;
    }
    if (left != null && (left.kind() == Kind.NAME || left.kind() == Kind.NOMINAL)) {
      Mention named = nameBeforeCapitalisedRole(c, from, left, i);
      if (named != null) left = named;
    }
    if (left != null && left.kind() == Kind.NAME) {
      Mention head = personBeforeOfDescription(c, from, left);
      if (head != null) left = head;
    }
    if (left != null) return new Attribution(left, cue, 0.9);
    // Inversion right after a quote: ",” said Mr. X" / "said the official".
    int k = i - 1;
    boolean afterComma = false;
    while (k >= from && c.toks().get(k).norm().equals(",")) {
      k--;
      afterComma = true;
    }
    if (afterComma && k >= from && c.quoteOf()[k] < 0 && ADDRESSEE_FIRST_VERBS.contains(c.lower(i))) {
      // "Ann Lee, a tutor at Holt College who was not on the panel, told the Courier: “...”": "tell" never inverts,
      // so the phrase after it is the one told, not the speaker; the subject before the comma was not found.
      return null;
    }
    // ",” pointed out Ivo Sand": the phrase starts after the particle of a phrasal speech verb.
    int r = i + 1 + particleAfter(c, i);
    if (k < from || c.quoteOf()[k] >= 0 || afterComma) {
      int limit = r;
      while (limit < c.n() && c.quoteOf()[limit] < 0 && !c.terminal(limit) && limit - r < 14
          && c.paraOf()[limit] == c.paraOf()[i]) limit++;
      Mention right = mf.phraseStartingAt(r, limit);
      // ",” said Will Ostrander": a given name that is also a function word starts no phrase of its own.
      if (right == null) right = entityNameAt(c, r, limit);
      // "said Acme coach Ann Lee": the name after the role noun, not the team or firm before it.
      if (right != null && right.kind() == Kind.NAME && right.last() + 2 < limit && isTitleWord(c, right.last() + 1)
          && mf.isCap(right.last() + 2)) {
        Mention named = mf.phraseStartingAt(right.last() + 2, limit);
        if (named != null && named.kind() == Kind.NAME && named.first() == right.last() + 2) right = named;
      }
      // "said the council's chair, Lotte Varga.": the person named in apposition, not the description.
      // "said the firm's CFO, Ali Baran": the phrase found may be the capitalised title alone.
      Mention appositive = right != null && (right.first() == r
          || right.first() <= r + 4 && isAcronymTitle(c, right.first())) ? nameInApposition(c, r, limit) : null;
      // "says writer, Anna Berg.": a bare title word, a comma and the name closing the apposition.
      if (appositive == null && right != null && right.first() == r && right.last() == r
          && right.kind() == Kind.NOMINAL && !mf.isCap(r) && SpeakerResolver.isPersonRoleNoun(c.lower(r))) {
        appositive = nameClosingApposition(c, r + 1, limit);
      }
      if (appositive != null) right = appositive;
      right = coordinated(c, right, limit, false);
      if (right != null) return new Attribution(right, cue, 0.9);
    }
    return null;
  }

  /** Participles that report words at second hand: "X is reported to have said". */
  private static final Set<String> HEARSAY_PARTICIPLES = MentionFinder.words(
      "reported", "said", "understood", "believed", "thought", "known", "alleged", "rumoured", "rumored");

  /**
   * ",” Mr Hale is reported to have replied", ",” Lee is said to have told friends": the subject of a form of
   * "be", a hearsay participle and "to have" right before the cue (the words are still the subject's), else null.
   */
  private static Mention reportedToHave(Ctx c, int i, int from) {
    int be = i - 4;
    if (be - 1 < from || !c.lower(i - 1).equals("have") || !c.lower(i - 2).equals("to")
        || !HEARSAY_PARTICIPLES.contains(c.lower(i - 3)) || !BE_FORMS.contains(c.lower(be))) {
      return null;
    }
    for (int k = be; k < i; k++) if (c.quoteOf()[k] >= 0) return null;
    Mention m = c.mf().subjectBefore(be - 1, from);
    if (m == null || m.last() != be - 1 || m.kind() == Kind.RELATIVE || m.kind() == Kind.NOT_SPEAKER) return null;
    return m;
  }

  /** Determiners that make a description definite: one bearer of the role, whom a name after it can identify. */
  private static final Set<String> DEFINITE_DETERMINERS = MentionFinder.words(
      "the", "his", "her", "their", "its", "our", "my", "your");

  /** First words of region names ("North Westshire", "Upper Lowmoor"), which continue a place, not name a person. */
  private static final Set<String> REGION_WORDS = MentionFinder.words("north", "south", "east", "west", "northern",
      "southern", "eastern", "western", "central", "upper", "lower", "greater", "new");

  /** Prepositions that may attach an organisation to a description named in apposition ("publisher of the X"). */
  private static final Set<String> AFFILIATION_PREPOSITIONS = MentionFinder.words("of", "for", "at");

  /**
   * "said the council's chair, Lotte Varga.", "according to her cousin, Nils Orban, “...”", "“...,” the
   * bakery's head chef, Rosa Imre, told": a definite or possessive description starting at {@code d}
   * (see {@link #definiteDescriptionEnd}), a comma, and a person's name (its last word in a person's entity
   * mention, outside quotes) that closes the apposition: a comma, colon, dash, sentence end, quote or speech
   * verb follows. The named person is the one described. Null when the name is followed by anything else
   * ("Ann Lee and Bo Park", "Ann Lee's lawyer") or is the first of a list of names ("Ann Lee, Bo Park and ...").
   */
  private static Mention nameInApposition(Ctx c, int d, int limit) {
    int end = definiteDescriptionEnd(c, d, limit);
    return end < 0 ? null : nameClosingApposition(c, end + 1, limit);
  }

  /**
   * The person's name after the comma at {@code comma} that closes an apposition (see {@link #nameInApposition}),
   * else null.
   */
  private static Mention nameClosingApposition(Ctx c, int comma, int limit) {
    if (comma + 1 >= limit || !c.toks().get(comma).norm().equals(",")) return null;
    Mention name = c.mf().phraseStartingAt(comma + 1, limit);
    if (name != null && name.kind() == Kind.NAME) {
      // "Piet van Loon": a lower-case particle inside a person's mention does not end the name.
      int e = name.last();
      while (e + 2 < limit && c.insideName()[e + 1] && c.person()[e + 1] && c.quoteOf()[e + 1] < 0) e++;
      if (e > name.last() && c.person()[e + 1] && c.quoteOf()[e + 1] < 0) name = new Mention(name.first(), e + 1, Kind.NAME);
    }
    if (name == null || name.kind() != Kind.NAME || name.first() != comma + 1 || !c.person()[name.last()]) return null;
    for (int k = name.first(); k <= name.last(); k++) if (c.quoteOf()[k] >= 0) return null;
    int after = name.last() + 1;
    if (after >= c.n() || c.sentOf()[after] != c.sentOf()[name.last()] || c.quoteOf()[after] >= 0
        || c.terminal(after) || isCue(c, after)) {
      return name;
    }
    String n = c.toks().get(after).norm();
    if (n.equals(":") || isDash(n)) return name;
    if (!n.equals(",")) return null;
    // "the club's chair, Ann Lee, and her deputy", "the club's owner, Ann Lee, Bo Park and ...": more than one.
    if (after + 1 < c.n() && (c.lower(after + 1).equals("and") || c.lower(after + 1).equals("or"))) return null;
    Mention next = after + 1 < c.n() && c.quoteOf()[after + 1] < 0 ? c.mf().phraseStartingAt(after + 1, c.n()) : null;
    boolean list = next != null && next.kind() == Kind.NAME && next.first() == after + 1 && c.person()[next.last()];
    return list ? null : name;
  }

  /** True when {@code m} is the name {@link #nameInApposition} finds after a description at {@code d}. */
  private static boolean isNameInApposition(Ctx c, int d, int limit, Mention m) {
    Mention named = nameInApposition(c, d, limit);
    return named != null && named.first() == m.first() && named.last() == m.last();
  }

  /**
   * The last token of a definite description of one person starting at {@code d}: an article or possessive
   * determiner first ("the retired publisher", "her cousin") or a possessor ("the council's chair", "Acme's chief
   * executive"), a singular lower-case head, and at most one "of"/"for"/"at" phrase naming an organisation or
   * place ("of the Harbour Courier", "for the union"), never a person ("the mother of the goalkeeper, Ann Lee" may
   * name either). -1 when there is none.
   */
  private static int definiteDescriptionEnd(Ctx c, int d, int limit) {
    Mention m = c.mf().phraseStartingAt(d, limit);
    if (m != null && m.kind() == Kind.NAME && m.first() >= d) {
      // "the company's CEO", "Acme's CEO": a title written in capitals, read as a name, heads the description.
      int head = m.first();
      while (head <= m.last() && !isAcronymTitle(c, head)) head++;
      if (head > m.last() || head == d || head - d > 4) return -1;
      for (int k = d; k < head; k++) {
        if (c.quoteOf()[k] >= 0 || !c.mf().isWord(k) && !c.mf().isPossessive(k)) return -1;
      }
      m = new Mention(d, head, Kind.NOMINAL);
    }
    if (m == null || m.kind() != Kind.NOMINAL || m.first() != d || m.last() == d) return -1;
    boolean definite = DEFINITE_DETERMINERS.contains(c.lower(d));
    for (int k = d; k <= m.last(); k++) {
      if (c.quoteOf()[k] >= 0) return -1;
      if (c.mf().isPossessive(k)) definite = true;
    }
    int head = m.last();
    String pos = c.toks().get(head).pos();
    boolean plural = pos != null ? pos.startsWith("NNS") || pos.startsWith("NNPS") : c.lower(head).endsWith("s");
    if (!definite || plural || c.mf().isCap(head) && !isAcronymTitle(c, head) || !c.mf().isWord(head)) return -1;
    int p = head + 1;
    if (p + 1 >= limit || !AFFILIATION_PREPOSITIONS.contains(c.lower(p)) || c.quoteOf()[p] >= 0) return head;
    Mention of = c.mf().phraseStartingAt(p + 1, limit);
    boolean adjacent = of != null && (of.first() == p + 1 || of.first() == p + 2 && MentionFinder.ARTICLES.contains(c.lower(p + 1)));
    if (!adjacent || coversPerson(c, of.first(), of.last())) return -1;
    boolean organisation;
    if (of.kind() == Kind.NAME) {
      // "of the Harbour Courier", "of Acme Holdings Inc.": a name after "the" or with a word of an organisation's
      // name; a bare name may be a person's the tagger missed ("the mother of Kyle, Ann Lee").
      organisation = of.first() == p + 2 && c.lower(p + 1).equals("the");
      for (int k = of.first(); k <= of.last(); k++) if (isOrganisationNoun(c.lower(k))) organisation = true;
      // "the CEO of Acme, Ali Baran,": a bare name the recogniser found as an organisation.
      boolean tagged = true;
      for (int k = of.first(); k <= of.last(); k++) tagged &= c.organisation()[k];
      organisation |= tagged;
      // "the chief executive of Nordwave, Ali Baran,": after a title head the bare name is whom the title is held
      // in, a body or a place, and the name after the comma is the title's holder.
      // Not when the next name starts like a region ("the mayor of Lowmoor, North Westshire"): a place continued.
      organisation |= (isTitleWord(c, head) || isAcronymTitle(c, head)) && !(of.last() + 2 < limit
          && REGION_WORDS.contains(c.lower(of.last() + 2)));
    } else {
      organisation = !c.mf().isCap(of.last()) && isOrganisationNoun(c.lower(of.last()));
    }
    return organisation ? of.last() : -1;
  }

  /** A title head written as capitals ("CEO" in "the bakery's CEO, Rosa Imre, told"): a role, not a name. */
  private static boolean isAcronymTitle(Ctx c, int k) {
    String w = c.toks().get(k).text();
    return w.length() >= 2 && w.length() <= 5 && w.chars().allMatch(Character::isUpperCase)
        && NerLexicon.instance().isTitleHead(w);
  }

  /** A noun for a body or organisation ("union", "company", "family"), or a word of an organisation's name. */
  private static boolean isOrganisationNoun(String l) {
    return BODY_NOUNS.contains(l) || ORG_WORDS.contains(l) || BUSINESS_HEADS.contains(l) || NEWS_NOUNS.contains(l)
        || l.equals("family");
  }

  /**
   * "Tom Brandt — a producer before anyone knew the show — told her, “...”", "The Harbour Union - which speaks for
   * dockers - said:": an aside between two dashes (no quote, colon or sentence end in it, at most 30 tokens) right
   * before the cue (adverbs skipped); the subject is the name, pronoun or description before the first dash, when
   * it opens its clause, else null.
   */
  private static Mention subjectBeforeDashes(Ctx c, int i, int from) {
    int j = c.mf().skipLeft(i - 1, from);
    if (j <= from || c.quoteOf()[j] >= 0 || !isDash(c.toks().get(j).norm())) return null;
    for (int k = j - 2; k > from && j - k <= 30; k--) {
      String n = c.toks().get(k).norm();
      if (c.quoteOf()[k] >= 0 || c.terminal(k) || n.equals(":") || n.equals(";")) return null;
      if (!isDash(n)) continue;
      Mention m = c.mf().subjectBefore(k - 1, from);
      if (m == null || m.last() != k - 1 || m.kind() == Kind.RELATIVE || m.kind() == Kind.NOT_SPEAKER) return null;
      // The subject of its clause ("It was a loss for Tom Brandt — and the club — said ...": no).
      boolean clauseStart = m.first() == from || c.sentOf()[m.first() - 1] != c.sentOf()[m.first()]
          || CLAUSE_OPENERS.contains(c.lower(m.first() - 1)) && !isDash(c.toks().get(m.first() - 1).norm());
      return clauseStart ? m : null;
    }
    return null;
  }

  /**
   * ",” Ann Lee, a nurse from Lowmoor said": right after a quote, a name followed by an apposition whose
   * closing comma is missing ("a"/"an" + a description running up to the cue, with no comma, quote or other
   * cue in it). The name is the speaker, not the description's last noun.
   */
  private static Mention unclosedApposition(Ctx c, int from, int descriptionEnd, int cue) {
    Mention name = c.mf().phraseStartingAt(from, cue);
    if (name == null || name.kind() != Kind.NAME || name.first() != from || name.last() + 2 > descriptionEnd) return null;
    if (!c.lower(name.last() + 1).equals(",")) return null;
    String article = c.lower(name.last() + 2);
    if (!article.equals("a") && !article.equals("an")) return null;
    for (int k = name.last() + 2; k < cue; k++) {
      if (c.lower(k).equals(",") || c.quoteOf()[k] >= 0 || c.terminal(k) || isCue(c, k)) return null;
    }
    return name;
  }

  /**
   * A speech verb in the passive ("she was described as", "Lee was told", "it is said"): its subject did not
   * say anything. A form of "be" (adverbs and "not" skipped) right before a cue that is no "-ing" form.
   */
  private static boolean passiveCue(Ctx c, int i, int from) {
    if (c.lower(i).endsWith("ing") || c.lower(i).equals("according")) return false;
    int k = i - 1;
    while (k >= from && (c.lower(k).equals("not") || c.lower(k).endsWith("ly") && !c.mf().isCap(k)
        || MentionFinder.SKIPPABLE.contains(c.lower(k)) && !AUXILIARIES.contains(c.lower(k)))) k--;
    return k >= from && c.quoteOf()[k] < 0 && BE_FORMS.contains(c.lower(k));
  }

  /**
   * "Ann Lee was asked, “Will you run?”", "Lee was asked by the host, “Why now?”": the quote right after a passive
   * "asked" (only a comma or colon, or the agent after "by", between them) holding a question mark is the
   * question put to the subject, so the asker's (the agent, else nobody), not the one who answers.
   */
  private static boolean questionPutRightAfter(Ctx c, int i, int first) {
    if (i + 1 > first || c.quoteOf()[first] < 0) return false;
    String next = i + 1 < first ? c.lower(i + 1) : "";
    if (i + 1 < first && !next.equals(",") && !next.equals(":") && !next.equals("by")) return false;
    if (next.equals("by")) {
      for (int k = i + 2; k < first; k++) if (c.quoteOf()[k] >= 0 || c.terminal(k) || isCue(c, k)) return false;
    } else if (i + 2 < first) {
      return false;
    }
    int q = c.quoteOf()[first];
    for (int k = first; k < c.n() && c.quoteOf()[k] == q; k++) if (c.toks().get(k).norm().equals("?")) return true;
    return false;
  }

  /** A passive "asked" makes its subject the one who answers ("Lee was asked why ... (“...”)"). */
  private static final Set<String> ASKED = MentionFinder.words("asked", "questioned");
  /** Words that join a new clause with a subject of its own to the one before. */
  private static final Set<String> COORDINATORS = MentionFinder.words("and", "but", "or", "while", "whereas", ";");

  /**
   * The speaker of a passive speech verb before a quote ("the board was informed that “...”", "the bridge was
   * described as “...”"): the agent after "by" ("was told by Ann Lee that “...”"), else nobody (the subject, or
   * without one the passive verb, is kept as a mention that is no speaker). The subject did not say the words,
   * and neither did the subject of an earlier verb of the sentence.
   */
  private Attribution passiveAgent(Ctx c, int i, int from, int first) {
    String cue = c.toks().get(i).text();
    if (i + 2 < first && c.lower(i + 1).equals("by") && c.quoteOf()[i + 1] < 0) {
      Mention agent = c.mf().phraseStartingAt(i + 2, first);
      if (agent != null && agent.first() == i + 2 && agent.kind() != Kind.RELATIVE) return new Attribution(agent, cue, 0.6);
    }
    // "Lee wrote in a memo that the figures must be described as “...”", "Acme says that the fault, which was
    // reported in spring, cost “...”": the passive clause is reported by an active cue before it, with no
    // coordination between them ("after Lee warned of delays and the bridge was described as “...”" is not hers).
    for (int j = i - 1; j >= from; j--) {
      if (c.quoteOf()[j] >= 0 || COORDINATORS.contains(c.lower(j))) break;
      if (!isCue(c, j) || isParticiple(c, j) || passiveCue(c, j, from)) continue;
      Attribution reporter = cueAttribution(c, j, from, first);
      if (reporter != null) return reporter;
      break;
    }
    Mention subject = i - 1 >= from ? c.mf().subjectBefore(i - 1, from) : null;
    if (subject == null) {
      int be = i - 1;
      while (be > from && !BE_FORMS.contains(c.lower(be))) be--;
      subject = new Mention(be, i, Kind.NOT_SPEAKER); // "who is accused of “...”": the passive verb itself
    }
    return new Attribution(new Mention(subject.first(), subject.last(), Kind.NOT_SPEAKER), cue, 0.6);
  }

  /**
   * "Pell and Davison wrote", "said Pell and Davison": a subject of two coordinated names or pronouns is
   * two sources, so the quote has no one speaker. Returns a {@code NOT_SPEAKER} mention over both, else {@code m}.
   * {@code before}: the mention ends before the cue (look left of it), else it starts after the cue (look right).
   */
  private static Mention coordinated(Ctx c, Mention m, int bound, boolean before) {
    if (m == null) return m;
    MentionFinder mf = c.mf();
    if (before && isOrganisationName(c, m)) {
      // "the Harbour Guild and the Dock Union said": two bodies speaking together, neither alone.
      int and = m.first() - 1;
      if (and >= bound && MentionFinder.ARTICLES.contains(c.lower(and))) and--;
      if (and - 1 < bound || !c.lower(and).equals("and") || c.quoteOf()[and] >= 0 || c.insideName()[and]) return m;
      Mention other = mf.phraseEndingAt(and - 1, bound);
      if (other == null || other.last() != and - 1 || !isOrganisationName(c, other) && !isPerson(c, other)) return m;
      // "North and West Marsh Police said": a one-word place-like name before "and" may open one body's name.
      if (other.first() == other.last() && !isPerson(c, other) && !isAcronym(c.toks().get(other.first()).text())) {
        return m;
      }
      return new Mention(other.first(), m.last(), Kind.NOT_SPEAKER);
    }
    if (!isPerson(c, m)) return m;
    if (before) {
      int and = m.first() - 1;
      if (and - 1 < bound || !c.lower(and).equals("and") || c.quoteOf()[and] >= 0 || c.insideName()[and]) return m;
      // "Ann Lee, Bo Park, and Cy Dunn said": a serial comma before the "and" of a list.
      int otherEnd = isComma(c, and - 1) && and - 2 >= bound ? and - 2 : and - 1;
      Mention other = mf.phraseEndingAt(otherEnd, bound);
      if (other == null || other.last() != otherEnd || !isPerson(c, other)) return m;
      // "Ann Lee, Bo Park and Cy Dunn said": the earlier people of the list, one comma each.
      int listed = 0;
      for (Mention o = other; o != null; listed++) {
        other = o;
        int comma = o.first() - 1;
        o = comma - 1 >= bound && isComma(c, comma) ? mf.phraseEndingAt(comma - 1, bound) : null;
        if (o != null && (o.last() != comma - 1 || !isPerson(c, o))) o = null;
      }
      // "Ann Lee, and she said" joins two clauses: a comma before "and" needs a list of three.
      if (otherEnd != and - 1 && (listed < 2 || m.kind() == Kind.PRONOUN)) return m;
      return new Mention(other.first(), m.last(), Kind.NOT_SPEAKER);
    }
    int and = m.last() + 1;
    // "said Ann Lee, Bo Park and Cy Dunn": skip the people listed between commas up to the list's "and".
    for (int k = and; k + 1 < bound && isComma(c, k); ) {
      Mention o = mf.phraseStartingAt(k + 1, bound);
      if (o == null || !rolesOnly(c, k + 1, o.first()) || !isPerson(c, o) && !titledName(c, o)) break;
      k = o.last() + 1;
      and = isComma(c, k) && k + 1 < bound && c.lower(k + 1).equals("and") ? k + 1 : k;
    }
    if (and + 1 >= bound || !c.lower(and).equals("and") || c.quoteOf()[and] >= 0 || c.insideName()[and]) return m;
    Mention other = mf.phraseStartingAt(and + 1, bound);
    if (other == null || !rolesOnly(c, and + 1, other.first()) || !isPerson(c, other)) return m;
    return new Mention(m.first(), other.last(), Kind.NOT_SPEAKER);
  }

  /**
   * "Councillor Bo Kern" in "said Mayor Ann Lee, Councillor Bo Kern and Cy Dunn": a title and a name of two or
   * more words lists a person even when the recogniser missed the name.
   */
  private static boolean titledName(Ctx c, Mention m) {
    boolean titled = c.mf().isHonorific(m.first()) || NerLexicon.instance().isTitleHead(c.lower(m.first()));
    if (m.kind() != Kind.NAME || !titled) return false;
    int words = 0;
    for (int t = m.first() + 1; t <= m.last(); t++) if (c.mf().isCap(t) && !c.mf().isHonorific(t)) words++;
    return words >= 2 && words == m.last() - m.first();
  }

  /**
   * True when {@code [from, to)} holds nothing or only lower-case role words: "said Ann Lee and engineer Cy Dunn"
   * lists a titled second person as much as "said Ann Lee and Cy Dunn" lists a plain one.
   */
  private static boolean rolesOnly(Ctx c, int from, int to) {
    if (to < from || to - from > 3) return false;
    for (int k = from; k < to; k++) if (!c.mf().isRoleWord(k)) return false;
    return true;
  }

  private static boolean isComma(Ctx c, int k) {
    return c.toks().get(k).norm().equals(",") && c.quoteOf()[k] < 0;
  }

  /** Words for the people someone works with ("Ann Lee and her team"). */
  private static final Set<String> TEAM_NOUNS = MentionFinder.words(
      "team", "colleagues", "co-authors", "coauthors", "collaborators");

  /**
   * ",” Ann Lee and her team wrote": the person named before "and" + "his"/"her"/"their" + a word for the people
   * she works with, when that phrase is the subject found; else {@code m} unchanged.
   */
  private static Mention leaderOfTeam(Ctx c, Mention m, int bound) {
    if (m == null || m.last() != m.first() + 1 || !TEAM_NOUNS.contains(c.lower(m.last()))) return m;
    String det = c.lower(m.first());
    int and = m.first() - 1;
    if (!det.equals("his") && !det.equals("her") && !det.equals("their") || and - 1 < bound
        || !c.lower(and).equals("and") || c.quoteOf()[and] >= 0) {
      return m;
    }
    Mention leader = c.mf().phraseEndingAt(and - 1, bound);
    if (leader == null || leader.last() != and - 1 || leader.kind() != Kind.NAME || !isPerson(c, leader)) return m;
    // "Tom Reddy, Ann Lee and her team": a list, not one leader.
    if (leader.first() - 1 >= bound && c.toks().get(leader.first() - 1).norm().equals(",")) return m;
    return leader;
  }

  /** A personal pronoun, or a name whose last word is in a person's entity mention. */
  /** True for a word of two or more capitals and no lower-case letter ("SAG", "NHS"). */
  private static boolean isAcronym(String w) {
    return w.length() >= 2 && w.chars().noneMatch(Character::isLowerCase) && w.chars().filter(Character::isUpperCase).count() >= 2;
  }

  /** True when {@code m} is a name whose last word is in an organisation's mention. */
  private static boolean isOrganisationName(Ctx c, Mention m) {
    return m.kind() == Kind.NAME && c.organisation()[m.last()] && !c.person()[m.last()];
  }

  private static boolean isPerson(Ctx c, Mention m) {
    if (m.kind() == Kind.PRONOUN) return !c.lower(m.first()).equals("it");
    return m.kind() == Kind.NAME && c.person()[m.last()];
  }

  /** Prepositions that may join the words of a description ("chair of the Harbour Board"). */
  private static final Set<String> DESCRIPTION_PREPOSITIONS = MentionFinder.words("of", "for", "at", "with", "in", "on");

  /**
   * "Ann Lee, chair of the Harbour Board said", "Tom Brandt, an analyst at Acme Partners said": a name opening
   * its clause, a comma and a description whose closing comma is missing, right up to the cue. The name is
   * the speaker, not the last name of the description. The description starts with an article or a title
   * word, and has no finite verb, comma, quote or cue; the name opens the clause (after its start, a comma
   * or a quote).
   */
  private static Mention nameBeforeUnclosedDescription(Ctx c, int from, Mention left, int cue) {
    int k = left.first() - 1;
    while (k >= from && cue - k <= 16) {
      String l = c.lower(k);
      if (l.equals(",")) break;
      if (c.quoteOf()[k] >= 0 || !c.mf().isWord(k) && !c.mf().isPossessive(k) || isCue(c, k) || c.mf().isPronoun(k)
          || MentionFinder.STOP.contains(l) && !DESCRIPTION_PREPOSITIONS.contains(l)) {
        return null;
      }
      String pos = c.toks().get(k).pos();
      if (pos != null && (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD"))) return null;
      k--;
    }
    if (k - 1 < from || !c.lower(k).equals(",") || cue - k > 16) return null;
    String d = c.lower(k + 1);
    String core = d.endsWith(".") ? d.substring(0, d.length() - 1) : d;
    boolean description = d.equals("a") || d.equals("an") || d.equals("the")
        || SpeakerResolver.TITLE_WORDS.contains(d) || NerLexicon.instance().isTitleHead(core);
    if (!description) return null;
    Mention name = c.mf().phraseEndingAt(k - 1, from);
    if (name == null || name.kind() != Kind.NAME || name.last() != k - 1) return null;
    return opensClause(c, from, name) ? name : null;
  }

  /** True when {@code name} opens its clause: the search start, a sentence start, a quote or a comma before it. */
  private static boolean opensClause(Ctx c, int from, Mention name) {
    int before = name.first() - 1;
    return before < from || c.sentOf()[before] != c.sentOf()[name.first()] || c.quoteOf()[before] >= 0
        || c.lower(before).equals(",");
  }

  /**
   * "Mira Holt, the eldest daughter of the ferry line's founder, Jon, wrote to shareholders ...": a name between
   * commas right after a description of the form "the ... of ..." names the "of" phrase's person, and the person
   * the description is in apposition to, opening the clause, is the subject. Only when that opening name is a
   * person, the description starts with an article or possessive, holds "of" and has no verb, relative pronoun,
   * "and" or quote.
   */
  private static Mention personBeforeOfDescription(Ctx c, int from, Mention left) {
    int k = left.first() - 1;
    if (k <= from || !isComma(c, k) || left.last() + 1 >= c.n() || !isComma(c, left.last() + 1)) return null;
    boolean of = false;
    int d = k - 1;
    while (d > from && !isComma(c, d)) {
      if (c.quoteOf()[d] >= 0 || c.terminal(d)) return null;
      String l = c.lower(d);
      if (l.equals("of")) of = true;
      if (isFiniteVerbTag(c, d) || DESCRIPTION_BREAKERS.contains(l)) return null;
      d--;
    }
    if (d <= from || !of || !DESCRIPTION_OPENERS.contains(c.lower(d + 1))) return null;
    Mention head = c.mf().phraseEndingAt(d - 1, from);
    if (head == null || head.kind() != Kind.NAME || head.first() != from) return null;
    return coversPerson(c, head.first(), head.last()) ? head : null;
  }

  private static final Set<String> DESCRIPTION_OPENERS = MentionFinder.words("the", "a", "an", "his", "her", "their");
  private static final Set<String> DESCRIPTION_BREAKERS = MentionFinder.words("who", "whom", "which", "that", "and",
      "or", "said", "says");

  /**
   * "Ines Kahle, Brightwater CFO, told investors", "Lina Okafor, Coastal MEP, wrote": a person's name opening its
   * clause, then between commas right up to the cue a description in capitalised words (an employer or party
   * and a role, no article) that the search for the cue's subject reads as a name of its own ({@code left}, no
   * person). The description holds a title head ("CFO", "MEP") and no verb, pronoun, quote, cue or person's
   * name, so it is the person's role and the name before it is the speaker. Null otherwise; "Ann Lee, Bo Park,
   * said" (two people) is left alone.
   */
  private static Mention nameBeforeCapitalisedRole(Ctx c, int from, Mention left, int cue) {
    int comma = cue - 1;
    int open = left.first() - 1;
    if (left.last() != comma - 1 || !c.toks().get(comma).norm().equals(",") || open - 1 < from
        || !c.toks().get(open).norm().equals(",") || !c.mf().isCap(open + 1)) {
      return null;
    }
    // A tagger may read a short employer-and-role pair ("Norvik VP") as a person's name: two words ending in the
    // title head are still the role.
    boolean shortRole = comma - open == 3 && isTitleHeadAt(c, comma - 1);
    boolean role = false;
    for (int k = open + 1; k < comma; k++) {
      String l = c.lower(k);
      if (c.quoteOf()[k] >= 0 || c.terminal(k) || isCue(c, k) || c.mf().isPronoun(k) || c.person()[k] && !shortRole
          || l.equals(",")) {
        return null;
      }
      String pos = c.toks().get(k).pos();
      if (pos != null && (pos.startsWith("VB") || pos.equals("MD"))) return null;
      role |= isTitleHeadAt(c, k);
    }
    if (!role) return null;
    Mention name = c.mf().phraseEndingAt(open - 1, from);
    if (name == null || name.kind() != Kind.NAME || name.last() != open - 1 || !isPerson(c, name)) return null;
    return opensClause(c, from, name) ? name : null;
  }

  /** True when the word at {@code k}, without a final period, is a title head ("CFO", "minister"). */
  private static boolean isTitleHeadAt(Ctx c, int k) {
    String l = c.lower(k);
    return NerLexicon.instance().isTitleHead(l.endsWith(".") ? l.substring(0, l.length() - 1) : l);
  }

  /** Prepositions that tie a description to an organisation or place ("an engineer at Acme", "a nurse from Lowmoor"). */
  private static final Set<String> LISTED_AFFILIATION = MentionFinder.words("of", "for", "at", "from", "in");

  /**
   * "Ann Lee, vice president for sales at Acme Mining, Energy, and Shipping, said", "Tom Brandt, head of
   * sales, marketing and outreach at Acme, said", "Ann Lee, a nurse from Lowmoor, Westshire, said": a
   * description after the name that holds commas of its own (an organisation named as a list, a list of
   * duties, a town and its region) hides the name from the search for the cue's subject, which then finds a
   * word of the list ({@code left}, no person). The name opening the clause, followed by a comma and a
   * description (an article, a title word or a lower-case word first; words, commas, "and", prepositions and
   * capitalised names only, no verb, pronoun, quote or cue), up to a comma right before the cue, is the
   * speaker. When {@code left} follows a comma or "and" after an "of"/"for"/"at" phrase but no such name is
   * found, the list word is no speaker either. Null when the pattern does not apply; "Ann Lee, Bo Park and Cy
   * Dunn said" (a list of people) and "Ann Lee, 42, said" are left alone.
   */
  private static Mention nameBeforeListedDescription(Ctx c, int from, Mention left, int cue) {
    int comma = cue - 1;
    if (comma <= from || !c.toks().get(comma).norm().equals(",") || left.last() >= comma) return null;
    int joint = left.first() - 1;
    if (joint >= from && c.lower(joint).equals("and")) joint--;
    if (joint < from || !c.toks().get(joint).norm().equals(",")) return null;
    // An "of"/"for"/"at"/... phrase before the list word, inside this clause: the list belongs to a description.
    boolean affiliated = false;
    int k = joint - 1;
    for (; k >= from && cue - k <= 30; k--) {
      if (c.quoteOf()[k] >= 0 || c.terminal(k) || isCue(c, k) || c.mf().isPronoun(k)) break;
      if (LISTED_AFFILIATION.contains(c.lower(k))) affiliated = true;
    }
    if (!affiliated) return null;
    Mention name = listedDescriptionHead(c, from, comma);
    return name != null ? name : new Mention(left.first(), left.last(), Kind.NOT_SPEAKER);
  }

  /** The person's name opening {@code [from, comma)} and followed by a comma and a description, else null. */
  private static Mention listedDescriptionHead(Ctx c, int from, int comma) {
    int s = from;
    if (s < comma && c.toks().get(s).norm().equals(",")) s++;
    Mention name = c.mf().phraseStartingAt(s, comma);
    if (name == null || name.kind() != Kind.NAME || name.first() != s || !isPerson(c, name)) return null;
    int open = name.last() + 1;
    if (open + 1 >= comma || !c.toks().get(open).norm().equals(",")) return null;
    String d = c.lower(open + 1);
    String core = d.endsWith(".") ? d.substring(0, d.length() - 1) : d;
    boolean description = d.equals("a") || d.equals("an") || d.equals("the") || SpeakerResolver.TITLE_WORDS.contains(d)
        || NerLexicon.instance().isTitleHead(core) || !c.mf().isCap(open + 1) && c.mf().isWord(open + 1);
    if (!description || c.person()[open + 1]) return null;
    for (int k = open + 1; k < comma; k++) {
      String l = c.lower(k);
      if (c.quoteOf()[k] >= 0 || c.terminal(k) || isCue(c, k) || c.mf().isPronoun(k) || c.person()[k]) return null;
      if (l.equals(",") || l.equals("and") || l.equals("&") || MentionFinder.ARTICLES.contains(l)
          || DESCRIPTION_PREPOSITIONS.contains(l) || LISTED_AFFILIATION.contains(l)) {
        continue;
      }
      if (!c.mf().isWord(k) || MentionFinder.STOP.contains(l)) return null;
      String pos = c.toks().get(k).pos();
      if (pos != null && (pos.startsWith("VB") && !pos.equals("VBN") && !pos.equals("VBG") || pos.equals("MD"))) return null;
    }
    return name;
  }

  /** Prepositions that attach a name to the noun before it ("a spokesperson for X", "the letter to X"). */
  private static final Set<String> ATTACHING_PREPOSITIONS = MentionFinder.words(
      "for", "of", "at", "to", "with", "from", "in", "on", "within", "inside", "near", "close");

  /**
   * The head of "a spokesperson for the Foreign Office said", "the group's letter to Ann Lee, the
   * commissioner, said", "a lawyer with Acme said", "Dr. Ann Lee from Acme said": the name after the
   * preposition belongs to the phrase before it, which is the speaker.
   */
  private static Mention headBeforePreposition(Ctx c, Mention m, int from, int steps) {
    Mention person = personEndingName(c, m);
    if (person != null) return person;
    for (int guard = 0; m != null && m.kind() != Kind.PRONOUN && m.kind() != Kind.RELATIVE && guard < steps; guard++) {
      int k = m.first() - 1;
      if (m.kind() == Kind.NAME) {
        // "in the journal Harbour Medicine", "for the firm Acme Partners": a name after its common noun.
        int n = k;
        while (n >= from && k - n < 2 && c.quoteOf()[n] < 0 && isCommonNoun(c, n)) n--;
        if (n < k && n >= from && MentionFinder.ARTICLES.contains(c.lower(n))) k = n;
      }
      if (k >= from && MentionFinder.DETERMINERS.contains(c.lower(k)) && !c.mf().isCap(k)) k--;
      if (k - 1 < from || c.quoteOf()[k] >= 0 || !ATTACHING_PREPOSITIONS.contains(c.lower(k))) return m;
      if (c.lower(k).equals("to") && k - 1 >= from && c.lower(k - 1).equals("according")) return m;
      Mention head = c.mf().phraseEndingAt(k - 1, from);
      if (head == null || head.kind() == Kind.PRONOUN || head.kind() == Kind.RELATIVE) return m;
      // "Chairman of the Joint Staff Gen. Ann Lee said": a bare title before the preposition is the name's own.
      if (head.kind() == Kind.NAME && titleWordsOnly(c, head)) return m;
      m = head;
    }
    return m;
  }

  /**
   * "Norway's envoy to Chile Kim Sorel said": a run of capitalised words after a role's preposition (a singular
   * title word before it) that is a place or organisation and then a person's full name ending the run. The person is the subject, not the head before the
   * preposition. Only when the person's mention starts inside the run after a word of no person's mention; a run
   * that is one person's name ("Advisers to Ann Lee") is left to the head rule.
   */
  private static Mention personEndingName(Ctx c, Mention m) {
    if (m == null || m.kind() != Kind.NAME || m.last() - m.first() < 2 || c.person()[m.first()]) return null;
    // Only after a role's preposition ("envoy to", "minister for"): the run completes the role.
    int p = m.first() - 1;
    if (p < 1 || c.quoteOf()[p] >= 0 || c.quoteOf()[p - 1] >= 0 || !ATTACHING_PREPOSITIONS.contains(c.lower(p))) {
      return null;
    }
    String role = c.lower(p - 1);
    if (role.endsWith("s") || !SpeakerResolver.TITLE_WORDS.contains(role) && !NerLexicon.instance().isTitleHead(role)) {
      return null;
    }
    if (!c.person()[m.last()] || !c.fullPerson()[m.last()]) return null;
    int k = m.last();
    while (k - 1 > m.first() && c.person()[k - 1]) k--;
    if (k <= m.first() || k == m.last() || c.person()[k - 1]) return null;
    // The words before the person are a place's or an organisation's, not part of a longer name.
    // The words before the person name a place or an organisation: no title ("Advisers to Prime Minister Ann Lee"
    // are the advisers, unnamed).
    for (int j = m.first(); j < k; j++) {
      String l = c.lower(j);
      String core = l.endsWith(".") ? l.substring(0, l.length() - 1) : l;
      if (!c.mf().isCap(j) || SpeakerResolver.TITLE_WORDS.contains(l) || NerLexicon.instance().isTitleHead(core)) {
        return null;
      }
    }
    return new Mention(k, m.last(), Kind.NAME);
  }

  /** A token tagged as a common noun (NN, NNS), whatever its case. */
  private static boolean isCommonNounTag(Ctx c, int k) {
    String pos = c.toks().get(k).pos();
    return pos != null && (pos.equals("NN") || pos.equals("NNS"));
  }

  /** A lower-case noun: by its tag, or, untagged, a lower-case word that is no function word. */
  private static boolean isCommonNoun(Ctx c, int k) {
    String l = c.lower(k);
    if (c.mf().isCap(k) || !c.mf().isWord(k) || MentionFinder.STOP.contains(l) || MentionFinder.DETERMINERS.contains(l)
        || SpeechVerbs.isSpeechVerb(l)) {
      return false;
    }
    String pos = c.toks().get(k).pos();
    return pos == null ? !l.endsWith("ly") : pos.startsWith("NN");
  }

  private static boolean titleWordsOnly(Ctx c, Mention m) {
    for (int k = m.first(); k <= m.last(); k++) {
      String l = c.lower(k);
      String core = l.endsWith(".") ? l.substring(0, l.length() - 1) : l;
      if (!SpeakerResolver.TITLE_WORDS.contains(l) && !NerLexicon.instance().isTitleHead(core)) return false;
    }
    return true;
  }

  /**
   * The subject of the clause in {@code [from, to)}: the last name or pronoun followed by a lower-case
   * word, e.g. "Mr. Orlov later characterized the talk as a “...”".
   */
  private static Mention subjectOfClause(Ctx c, int from, int to) {
    return subjectOfClause(c, from, to, false);
  }

  /** {@code trimVerb}: a description that took in its own finite verb ends before it (participle cues). */
  private static Mention subjectOfClause(Ctx c, int from, int to, boolean trimVerb) {
    MentionFinder mf = c.mf();
    Mention best = null;
    for (int k = from; k < to; k++) {
      if (c.quoteOf()[k] >= 0) continue;
      boolean afterPrep = k > from && (NOT_BEFORE_SUBJECT.contains(c.lower(k - 1))
          || MentionFinder.DETERMINERS.contains(c.lower(k - 1)) || c.mf().isPossessive(k - 1));
      if (afterPrep) {
        // The whole phrase after a preposition is its object ("sent a letter to Acme Director Ann Lee
        // demanding ...": neither "Acme" nor "Director Ann Lee" is the subject).
        if (ATTACHING_PREPOSITIONS.contains(c.lower(k - 1))) {
          Mention object = mf.phraseStartingAt(k, to);
          // "passed to the North Harbour Courier have shown": the name after the article is the object too, so
          // "Harbour Courier" is not taken for a subject either.
          if (object != null && (object.first() == k || object.first() == k + 1 && MentionFinder.ARTICLES.contains(c.lower(k)))) {
            k = object.last();
          }
        }
        continue;
      }
      Mention m = mf.phraseStartingAt(k, to);
      if (m == null || m.kind() == Kind.NOMINAL && !MentionFinder.DETERMINERS.contains(c.lower(k)) && !mf.isCap(k)) {
        continue;
      }
      if (trimVerb && m.kind() == Kind.NOMINAL && m.last() > m.first() + 1 && isFiniteVerbTag(c, m.last())) {
        // "where the press starts saying": the description ends before its verb, which the phrase took in.
        m = new Mention(m.first(), m.last() - 1, Kind.NOMINAL);
      }
      if (objectOfPerception(c, m, from, to) || firstObjectOfVerb(c, m, from, to)) {
        k = m.last(); // "Ann Lee remembered Tom Brandt working ... and “...”": Brandt is what Lee remembered
        continue;
      }
      if (coordinated(c, m, from, true) != m || coordinated(c, m, to, false) != m) {
        // "Lind and Reuter were ...": two people, neither the one subject.
        k = m.last();
        continue;
      }
      int j = m.kind() == Kind.NAME ? pastShortParenthesis(c, m.last() + 1, to) : m.last() + 1;
      if (j < to && c.toks().get(j).norm().equals(",") && m.kind() != Kind.PRONOUN) {
        int e = j + 1;
        while (e < to && e - j < 20 && !c.toks().get(e).norm().equals(",")) e++;
        if (e < to) {
          // "The Chair of the Holt Trust, Dr Ann Lee, has issued ...": a description that names no person,
          // then a person's name in apposition between commas: the person is the subject.
          Mention app = e - 1 > j ? mf.phraseStartingAt(j + 1, e) : null;
          if (app != null && app.kind() == Kind.NAME && app.first() == j + 1 && app.last() == e - 1
              && m.kind() != Kind.PRONOUN && coversPerson(c, app.first(), app.last())
              && !coversPerson(c, m.first(), m.last())) {
            m = app;
          }
          j = e + 1;
        }
      }
      if (m.kind() == Kind.NAME && j == m.last() + 1 && pluralNounAfterName(c, j, to)) {
        // "former BXT aides called it ...": the name only qualifies the plural noun; the unnamed
        // holders of the role are the subject
        m = new Mention(m.first(), j, Kind.NOMINAL);
        j++;
      }
      while (j < to) {
        // "Ann Lee yesterday refused ..., saying", "Ann Lee on Monday denied ...": a time adverbial before the verb.
        int time = c.mf().timeAfter(j, to);
        if (time == 0 && !MentionFinder.SKIPPABLE.contains(c.lower(j))) break;
        j += Math.max(time, 1);
      }
      if (j < to && NOUN_PHRASE_OPENERS.contains(c.lower(j))) {
        // "Professor Ann Lee sent her students a note, reminding them ...": a phrase followed by an article or a possessive
        // is the first object of a verb like "sent" or "handed", never the subject of a verb of its own.
        k = m.last();
        continue;
      }
      if (j < to && Character.isLowerCase(c.toks().get(j).text().charAt(0))
          && !MentionFinder.STOP.contains(c.lower(j)) || j < to && SpeechVerbs.isSpeechVerb(c.lower(j))
          || j < to && AUXILIARIES.contains(c.lower(j))) {
        best = m;
      }
      k = m.last();
    }
    return best;
  }

  /** Words that open a noun phrase and never follow a subject directly: articles and possessives. */
  private static final Set<String> NOUN_PHRASE_OPENERS = MentionFinder.words("a", "an", "the", "his", "her", "their",
      "its", "our", "my", "your");

  /** How many words a parenthesis after a name may hold and still be a mere tag on it. */
  private static final int NAME_TAG_REACH = 6;

  /**
   * The token after a short parenthesis that opens at {@code j} ("the Hill Walkers' Union (HWU) has ...", "Sen. Ann
   * Lee (D-Maine) voted ...", "Tom Brandt (pictured) said ..."): a tag on the name before it, which stays the subject of
   * the verb after it. {@code j} itself when no such parenthesis opens there within {@code [j, to)} (none, too long,
   * or holding a quote).
   */
  private static int pastShortParenthesis(Ctx c, int j, int to) {
    if (j >= to || !c.toks().get(j).norm().equals("(")) return j;
    for (int k = j + 1; k < to && k - j <= NAME_TAG_REACH + 1; k++) {
      String s = c.toks().get(k).norm();
      if (c.quoteOf()[k] >= 0 || s.equals("(") || c.sentOf()[k] != c.sentOf()[j]) return j;
      if (s.equals(")")) return k > j + 1 ? k + 1 : j;
    }
    return j;
  }

  /**
   * A name right after a finite verb and right before an "-ing" form ("Lee remembered Brandt working", "Lee saw
   * Kim leaving"): the object of the verb, what its subject saw or remembered, not a clause subject.
   */
  private static boolean objectOfPerception(Ctx c, Mention m, int from, int to) {
    if (m.kind() != Kind.NAME || m.first() - 1 < from || !isFiniteVerbTag(c, m.first() - 1)) return false;
    int j = m.last() + 1;
    if (j >= to || c.quoteOf()[j] >= 0 || c.mf().isCap(j)) return false;
    String pos = c.toks().get(j).pos();
    return pos != null ? pos.equals("VBG") : c.lower(j).endsWith("ing");
  }

  /**
   * A name right after a finite verb and right before a determiner ("Lee handed Kim Oduya the keys and added ...",
   * "she owed Tom Brandt an apology"): the one the verb gives something to, not a clause subject.
   */
  private static boolean firstObjectOfVerb(Ctx c, Mention m, int from, int to) {
    if (m.kind() != Kind.NAME || m.first() - 1 < from || !isFiniteVerbTag(c, m.first() - 1)) return false;
    int j = m.last() + 1;
    return j < to && c.quoteOf()[j] < 0 && MentionFinder.DETERMINERS.contains(c.lower(j)) && !c.mf().isCap(j);
  }

  /**
   * A lower-case word tagged as a plural common noun right after a name ("NATO officials", "Acme executives",
   * "media aides"): the name qualifies the noun, whose holders are the subject, not the name. A speech verb
   * ("says") is never taken for the noun.
   */
  private static boolean pluralNounAfterName(Ctx c, int j, int to) {
    if (j >= to || c.quoteOf()[j] >= 0 || c.mf().isCap(j) || SpeechVerbs.isSpeechVerb(c.lower(j))) return false;
    String l = c.lower(j);
    if (!"NNS".equals(c.toks().get(j).pos()) || !l.endsWith("s")) return false;
    String one = SpeakerResolver.singular(l);
    return PEOPLE_NOUNS.contains(one) || SpeakerResolver.isPersonRoleNoun(one);
  }

  /** Nouns for groups of people that a name may qualify ("NATO officials", "Acme executives"). */
  private static final Set<String> PEOPLE_NOUNS = MentionFinder.words(
      "official", "aide", "executive", "supporter", "lawmaker", "legislator", "member", "source", "staffer",
      "critic", "fan", "voter", "worker", "resident", "activist", "protester", "investor", "employee", "leader",
      "officer", "diplomat", "analyst", "representative", "negotiator", "adviser", "advisor", "insider", "player",
      "lawyer", "attorney", "prosecutor", "researcher", "scientist", "campaigner");

  /** A token tagged as a finite verb (VBZ, VBD, VBP) and written in lower case. */
  private static boolean isFiniteVerbTag(Ctx c, int k) {
    String pos = c.toks().get(k).pos();
    return pos != null && (pos.equals("VBZ") || pos.equals("VBD") || pos.equals("VBP")) && !c.mf().isCap(k);
  }

  private static boolean coversPerson(Ctx c, int first, int last) {
    for (int k = first; k <= last; k++) {
      if (c.person()[k]) return true;
    }
    return false;
  }

  /** Like {@link #subjectOfClause}, preferring a subject directly followed by a speech verb. */
  private static Mention speakingSubjectOfClause(Ctx c, int from, int to) {
    for (int k = to - 1; k >= from; k--) {
      if (!isCue(c, k) || k - 1 < from) continue;
      Mention m = c.mf().subjectBefore(k - 1, from);
      if (m != null && m.kind() != Kind.NOMINAL) return m;
    }
    return subjectOfClause(c, from, to);
  }

  private Attribution clauseSubject(Ctx c, int first) {
    return clauseSubject(c, first, null);
  }

  /**
   * The subject of the quote's own sentence. A form of "be" after it makes it the one described ("Lee was
   * suspended due to “...”"), unless {@code span} is a whole sentence of the subject's own words after the comma
   * that closes the clause about them ({@link #ownWordsAfterComma}).
   */
  private Attribution clauseSubject(Ctx c, int first, QuoteSpan span) {
    int sent = c.sentOf()[first];
    int s = first;
    while (s - 1 >= 0 && c.sentOf()[s - 1] == sent) s--;
    if (s >= first) return null;
    Mention m = subjectOfClause(c, s, first);
    boolean passive = c.quoteOf()[first] >= 0 && first > s && !ownWordsAfterComma(c, m, first, span);
    if (m != null && described(c, m, first, passive)) m = new Mention(m.first(), m.last(), Kind.NOT_SPEAKER);
    return m == null ? null : new Attribution(m, null, 0.4);
  }

  /**
   * "Ann Lee is out of patience, ‘I cannot plan the season.’", "Tom Reyes was furious, “We were never asked.”": a
   * quote that opens with a capital right after the comma closing a clause about a named person, and speaks in the
   * first person without naming that person, is the person's own words, though the clause only describes them.
   * Not a fragment ("Lee was suspended over “a row about rotas”"), a pronoun or description as subject,
   * a quote with "he"/"she" or a clause with "by" ("Ann Lee was honoured by the mayor, “We owe her everything.”":
   * words about her, by someone else).
   */
  private static boolean ownWordsAfterComma(Ctx c, Mention m, int first, QuoteSpan span) {
    if (m == null || span == null || span.partial() || m.kind() != Kind.NAME) return false;
    String quote = span.text(c.doc().text());
    if (quote.isEmpty() || !Character.isUpperCase(quote.charAt(0)) || !FIRST_PERSON.matcher(quote).find()) return false;
    String family = c.toks().get(m.last()).text();
    if (Pattern.compile("\\b" + Pattern.quote(family) + "\\b").matcher(quote).find()) return false;
    if (THIRD_PERSON_SINGULAR.matcher(quote).find() || byAgentBetween(c, m.last() + 1, first)) return false;
    int k = first - 1;
    while (k > m.last() && isQuoteMark(c.toks().get(k).text())) k--;
    return k > m.last() && c.toks().get(k).norm().equals(",") && c.quoteOf()[k] < 0;
  }

  /** "he", "she" and their forms: a quote with one may be about the person the clause describes. */
  private static final Pattern THIRD_PERSON_SINGULAR = Pattern.compile("(?i)\\b(he|him|his|she|her|hers)\\b");

  /** "by" in {@code [from, to)} outside quotes: a passive clause naming who acted ("was praised by the mayor"). */
  private static boolean byAgentBetween(Ctx c, int from, int to) {
    for (int k = from; k < to; k++) if (c.quoteOf()[k] < 0 && c.lower(k).equals("by")) return true;
    return false;
  }

  private static boolean isQuoteMark(String t) {
    return t.length() == 1 && QUOTE_MARKS.indexOf(t.charAt(0)) >= 0;
  }

  /**
   * The subject of a clause before a colon, moved out of a relative clause that has no relative pronoun: in "Rita
   * Okafor voiced doubts about the delays the builders have faced: “...”" the last subject before the colon is
   * "the builders", of the clause on "the delays"; the one who introduces the words is the subject before that noun
   * ("Rita Okafor"). {@code m} must directly follow a lower-case common noun (not a written or spoken thing:
   * "the statement Ann Lee issued: “...”" gives her words) and be a determiner phrase, a capitalised name or a
   * pronoun; the subject before the noun (over {@code [from, noun)}) replaces it when there is one. Any other
   * {@code m} (or null) is returned as it is.
   */
  private static Mention pastContactClause(Ctx c, Mention m, int from) {
    if (m == null) return null;
    int noun = m.first() - 1;
    if (noun <= from || c.quoteOf()[noun] >= 0 || c.mf().isCap(noun) || !isCommonNounTag(c, noun)) return m;
    boolean determiner = MentionFinder.DETERMINERS.contains(c.lower(m.first()));
    boolean named = m.kind() == Kind.NAME && c.mf().isCap(m.first());
    if (!determiner && !named && m.kind() != Kind.PRONOUN) return m;
    if (m.kind() == Kind.PRONOUN && !SUBJECT_PRONOUNS_CONTACT.contains(c.lower(m.first()))) return m;
    String head = c.lower(noun);
    String singular = head.endsWith("s") ? head.substring(0, head.length() - 1) : head;
    if (DOCUMENT_NOUNS.contains(head) || DOCUMENT_NOUNS.contains(singular) || SPEECH_ACT_NOUNS.contains(head)
        || SPEECH_ACT_NOUNS.contains(singular) || WORK_NOUNS.contains(head)) {
      return m; // "He read out the statement Ann Lee issued: “...”": the words of the clause's own subject
    }
    Mention outer = subjectOfClause(c, from, noun);
    return outer != null ? outer : m;
  }

  /** Subject pronouns that may open a relative clause without a relative pronoun ("the risks they face"). */
  private static final Set<String> SUBJECT_PRONOUNS_CONTACT = MentionFinder.words("he", "she", "they", "we", "i",
      "it", "you");

  /**
   * A quote paragraph introduced by a previous paragraph ending in a colon ("Brandt continued:",
   * "the senator released the following statement:"): the subject of that sentence.
   */
  private Attribution introducedByColon(Ctx c, int first) {
    int e = first - 1;
    if (e < 0 || !c.toks().get(e).norm().equals(":") || c.quoteOf()[e] >= 0) return null;
    int s = e;
    while (s - 1 >= 0 && c.sentOf()[s - 1] == c.sentOf()[e] && c.quoteOf()[s - 1] < 0) s--;
    for (int i = e - 1; i >= s; i--) {
      if (!isCue(c, i)) continue;
      Attribution a = cueAttribution(c, i, s, e);
      if (a != null) return new Attribution(a.mention(), a.cue(), 0.7);
    }
    Mention m = labelBeforeColon(c, s, e);
    if (m == null) m = pastContactClause(c, subjectOfClause(c, s, e), s);
    return m == null ? null : new Attribution(m, null, 0.6);
  }

  /**
   * A label that names a person: a word of it tagged a person's or a capitalised given name, and no word in
   * capitals ("MANAGER'S VIEW:" over a quote is a heading).
   */
  private static boolean personLabel(Ctx c, Mention m) {
    boolean named = false;
    for (int k = m.first(); k <= m.last(); k++) {
      String t = c.toks().get(k).text();
      boolean capitals = t.length() > 1 && t.equals(t.toUpperCase(Locale.ROOT)) && t.chars().anyMatch(Character::isLetter);
      if (capitals) return false;
      named |= c.person()[k] || c.mf().isCap(k) && GivenNames.isGivenName(c.lower(k));
    }
    return named;
  }

  private static boolean opensParagraph(Ctx c, int k) {
    return k == 0 || c.paraOf()[k - 1] != c.paraOf()[k];
  }

  /** "HEADLINE - Ruth Alder:" or "From the report:": the phrase right before the colon. */
  private static Mention labelBeforeColon(Ctx c, int s, int colon) {
    if (colon - 1 < s) return null;
    Mention m = c.mf().phraseEndingAt(colon - 1, s);
    if (m == null || m.first() < s) return null;
    // "Fisherman Tomas Vell: “...”": a name alone before the colon, opening its paragraph, labels the words.
    if (m.first() == s) return m.kind() == Kind.NAME && opensParagraph(c, s) && personLabel(c, m) ? m : null;
    if (m.kind() == Kind.NAME && SpeechVerbs.isSpeechVerb(c.lower(m.first()))) {
      return null; // "Said Ann Lee:": an inverted cue that a tagger may have read as part of the name
    }
    if (m.first() == s || c.quoteOf()[m.first() - 1] >= 0) return m.kind() == Kind.NAME ? m : null;
    String before = c.lower(m.first() - 1);
    if (isDash(before) && !personLabel(c, m)) {
      // "Dana Orwin - Harbour Trust:": a person's name alone before the dash, then the affiliation it speaks for.
      Mention left = m.first() - 2 >= s ? c.mf().phraseEndingAt(m.first() - 2, s) : null;
      if (left != null && left.first() == s && left.kind() == Kind.NAME && personLabel(c, left)) return left;
    }
    if (isDash(before) || before.equals("from")) return m;
    return null;
  }

  /**
   * True when a bracket opening right after the quote (only punctuation between) starts with a name the recogniser
   * took for a person: "“A war is just when it is the last resort.” (Cicero)". The bracket cites the words' source, so
   * no speaker of the paragraphs or quotes around it owns them.
   */
  private static boolean citedInBrackets(Ctx c, int last) {
    return bracketAfter(c, last) >= 0;
  }

  /** Index of the "(" that follows the quote ending at {@code last} and opens with a person's name; -1 if none. */
  private static int bracketAfter(Ctx c, int last) {
    int p = c.paraOf()[last];
    int k = last + 1;
    while (k < c.n() && c.paraOf()[k] == p && c.quoteOf()[k] < 0 && !c.toks().get(k).text().equals("(")
        && !Character.isLetterOrDigit(c.toks().get(k).text().charAt(0))) {
      k++;
    }
    if (k + 1 >= c.n() || c.paraOf()[k] != p || !c.toks().get(k).text().equals("(")) return -1;
    return c.person()[k + 1] && c.quoteOf()[k + 1] < 0 && c.paraOf()[k + 1] == p ? k : -1;
  }

  /**
   * The cited source of {@link #citedInBrackets} as the speaker when it is a person's full name ("(Ann Lee, 1998)");
   * none for a single word, which may be a credit tag as well as a name (see {@link #isBareTag}).
   */
  private static Attribution bracketedSource(Ctx c, int last) {
    int k = bracketAfter(c, last);
    int limit = k + 1;
    while (limit < c.n() && c.paraOf()[limit] == c.paraOf()[k] && !c.toks().get(limit).text().equals(")")
        && limit - k < 12) {
      limit++;
    }
    Mention m = c.mf().phraseStartingAt(k + 1, limit);
    return m == null || m.kind() != Kind.NAME || m.first() != k + 1 || isBareTag(c, m) ? null
        : new Attribution(m, null, 0.6);
  }

  /** A quote paragraph signed by the next one: "“...”" then "- Walter Brisk." / "—Mayor Ada Quist, tweeting". */
  private static Attribution signedBelow(Ctx c, int last) {
    int p = c.paraOf()[last];
    int k = last + 1;
    while (k < c.n() && c.paraOf()[k] == p) {
      if (c.quoteOf()[k] < 0 && Character.isLetterOrDigit(c.toks().get(k).text().charAt(0))) return null;
      k++;
    }
    if (k + 1 >= c.n() || c.paraOf()[k] != p + 1) return null;
    if (!isDash(c.toks().get(k).norm())) return null;
    int limit = k + 1;
    while (limit < c.n() && c.paraOf()[limit] == p + 1 && limit - k < 12) limit++;
    Mention m = c.mf().phraseStartingAt(k + 1, limit);
    return m == null || m.kind() != Kind.NAME || isBareTag(c, m) ? null : new Attribution(m, null, 0.6);
  }

  /**
   * A one-word tag after a dash ("“...” — Zatar", "— XNA"): a news agency's or outlet's credit line, not a
   * signature. A person signs with given and family name ("— Sonya Herridge"); one word signs for a person
   * only when it is the short form of someone the article names in full, and an all-capitals short word is
   * an acronym even then.
   */
  private static boolean isBareTag(Ctx c, Mention m) {
    if (m.first() != m.last()) return false;
    String w = c.toks().get(m.first()).text();
    boolean acronym = w.length() <= 5 && w.chars().allMatch(Character::isUpperCase);
    return acronym || !c.fullPerson()[m.first()];
  }

  /** The nearest cue with a mention elsewhere in the paragraph, preferring earlier ones. */
  private Attribution anyCueInParagraph(Ctx c, int first, int para) {
    int s = first;
    while (s - 1 >= 0 && c.paraOf()[s - 1] == para) s--;
    for (int i = first - 1; i >= s; i--) {
      if (!isCue(c, i) || aspectualContinue(c, i)) continue;
      // "Ivo Marsh read the note his daughter left.": the next quote may be the note's words, not his.
      if (c.sentOf()[i] != c.sentOf()[first] && readsText(c, i)) return null;
      // "Lind has promised to look at it.": a verb with an infinitive after it reports no words here.
      if (c.sentOf()[i] != c.sentOf()[first] && i + 2 < first && c.lower(i + 1).equals("to")
          && "VB".equals(c.toks().get(i + 2).pos())) {
        continue;
      }
      int sentStart = i;
      while (sentStart - 1 >= s && c.sentOf()[sentStart - 1] == c.sentOf()[i]) sentStart--;
      Attribution a = cueAttribution(c, i, sentStart, first);
      if (a != null) {
        if (otherNameLeadsBetween(c, i, first, a.mention())) break;
        return new Attribution(a.mention(), a.cue(), 0.6);
      }
    }
    int e = first;
    while (e < c.n() && c.paraOf()[e] == para) e++;
    for (int i = first; i < e; i++) {
      if (!isCue(c, i) || aspectualContinue(c, i)) continue;
      int sentStart = i;
      while (sentStart - 1 >= s && c.sentOf()[sentStart - 1] == c.sentOf()[i]
          && c.quoteOf()[sentStart - 1] < 0) sentStart--;
      Attribution a = cueAttribution(c, i, sentStart, e);
      if (a != null) return new Attribution(a.mention(), a.cue(), 0.5);
    }
    return null;
  }

  /**
   * A paragraph that opens with a quote and has no cue continues the previous speaker: the last quote
   * of the previous paragraph, or a speech verb in it ("Brandt continued:").
   */
  private Attribution previousParagraph(Ctx c, List<QuoteSpan> spans, Attribution[] attr, int q, int first) {
    int p = spans.get(q).paragraph();
    if (first == 0) return null;
    int prevPara = c.paraOf()[first - 1];
    if (prevPara < p - 2) return null;
    // Last cue of the previous paragraph (outside quotes).
    int e = first - 1;
    int s = e;
    while (s - 1 >= 0 && c.paraOf()[s - 1] == prevPara) s--;
    Attribution lastQuote = null;
    int lastQuoteTok = -1;
    if (q > 0 && spans.get(q - 1).paragraph() == prevPara && attr[q - 1] != null) {
      lastQuote = attr[q - 1];
      lastQuoteTok = c.toks().size();
      for (int i = e; i >= s; i--) {
        if (c.quoteOf()[i] == q - 1) {
          lastQuoteTok = i;
          break;
        }
      }
    }
    for (int i = e; i >= s; i--) {
      if (lastQuote != null && i <= lastQuoteTok) break;
      if (!isCue(c, i)) continue;
      int sentStart = i;
      while (sentStart - 1 >= s && c.sentOf()[sentStart - 1] == c.sentOf()[i]
          && c.quoteOf()[sentStart - 1] < 0) sentStart--;
      Attribution a = cueAttribution(c, i, sentStart, e + 1);
      if (a != null) return otherNameLeadsBetween(c, i, e + 1, a.mention()) ? null : new Attribution(a.mention(), a.cue(), 0.6);
      Mention m = subjectOfClause(c, sentStart, i);
      if (m != null) return otherNameLeadsBetween(c, i, e + 1, m) ? null : new Attribution(m, c.toks().get(i).text(), 0.5);
    }
    if (lastQuote != null && otherNameLeadsBetween(c, lastQuoteTok + 1, e + 1, lastQuote.mention())) return null;
    return lastQuote == null ? null : carried(lastQuote);
  }

  /** True when the word before {@code i} (not before {@code from}) is a preposition ("at", "of", "with", ...). */
  private static boolean afterPreposition(Ctx c, int i, int from) {
    return i - 1 >= from && "IN".equals(c.toks().get(i - 1).pos()) && !c.mf().isCap(i - 1);
  }

  /**
   * True when a whole sentence in {@code [from, to)}, with no quote in it, is led by a name other than
   * {@code speaker}'s (by family name): "“A,” said Mira Osk. Her landlord, Piet Danner, disputes that. “B.”" Then
   * "B" may be Danner's reply as well as more of Osk's words, so Osk's cue is not carried past that sentence.
   * Sentences only partly in the range (the cue's own) do not count; a pronoun subject does not stop it.
   */
  private static boolean otherNameLeadsBetween(Ctx c, int from, int to, Mention speaker) {
    String family = speaker != null && speaker.kind() == Kind.NAME ? c.lower(speaker.last()) : null;
    int k = Math.max(from, 0);
    while (k < to && k > 0 && c.sentOf()[k - 1] == c.sentOf()[k]) k++;
    while (k < to) {
      int e = k;
      while (e < c.n() && c.sentOf()[e] == c.sentOf()[k]) e++;
      if (e > to) return false;
      boolean quoted = false;
      for (int j = k; j < e; j++) if (c.quoteOf()[j] >= 0) quoted = true;
      if (!quoted) {
        Mention m = leadSubject(c, k, e);
        if (m != null && m.kind() == Kind.NAME && (c.person()[m.last()] || c.organisation()[m.last()])
            && !afterPreposition(c, m.first(), k) && (family == null || !c.lower(m.last()).equals(family))) {
          return true;
        }
        // "Her landlord, Piet Danner, disputes that.": a person named before the first finite verb (not inside
        // a phrase after a preposition: "Analysts at Acme expected").
        for (int j = k; j < e && !isFiniteVerb(c.toks().get(j)); j++) {
          if (!c.person()[j] || j + 1 < e && c.person()[j + 1]) continue;
          int start = j;
          while (start - 1 >= k && c.person()[start - 1]) start--;
          if (!afterPreposition(c, start, k) && (family == null || !c.lower(j).equals(family))) return true;
        }
      }
      k = e;
    }
    return false;
  }

  private static final Pattern FIRST_PERSON = Pattern.compile(
      "\\bI\\b|(?i)\\b(me|my|myself|we|us|our|ourselves)\\b");

  /**
   * A first-person quote with no cue in its paragraph, right after a sentence about one person: "Coach Ann
   * Lee remained confident. “We will get there.”" The subject of that lead-in sentence (first in its clause,
   * before the first finite verb) speaks when it is a name the recogniser took for a person and the quote
   * does not name that person itself (then it is about them, not by them); when it is "he" or "she", the
   * speaker of the previous quote, if no other name came between (when there is no previous quote or it has no
   * speaker, the pronoun itself, see {@link #pronounLeadIn}). The lead-in is the sentence just before,
   * in the same paragraph, or the last sentence of the previous paragraph; it must hold no quote.
   */
  private static Attribution leadIn(Ctx c, List<QuoteSpan> spans, Attribution[] attr, int[] qLast, int q, int first,
      List<Entity> entities) {
    QuoteSpan span = spans.get(q);
    if (span.partial() || first == 0) return null;
    String quote = span.text(c.doc().text());
    boolean firstPerson = FIRST_PERSON.matcher(quote).find();
    int para = c.paraOf()[first];
    for (int k = first; k < c.n() && c.paraOf()[k] == para; k++) if (isCue(c, k)) return null;
    for (int k = first - 1; k >= 0 && c.paraOf()[k] == para; k--) if (isCue(c, k)) return null;
    int sent = c.sentOf()[first];
    int before = first - 1;
    while (before >= 0 && c.sentOf()[before] == sent) {
      if (c.quoteOf()[before] >= 0 || Character.isLetterOrDigit(c.toks().get(before).text().charAt(0))) return null;
      before--;
    }
    if (before < 0 || c.paraOf()[before] < para - 1) return null;
    int s = before;
    while (s - 1 >= 0 && c.sentOf()[s - 1] == c.sentOf()[before]) s--;
    for (int k = s; k <= before; k++) {
      if (c.quoteOf()[k] >= 0 && !authorsTerm(c, spans, attr, c.quoteOf()[k])) return null;
    }
    if (showsText(c, s, before + 1)) return null;
    if (!firstPerson && (c.paraOf()[s] != para || !opinionLeads(c, s, before + 1))) return null;
    Mention m = leadSubject(c, s, before + 1);
    if (m == null || saysNothing(c, s, before + 1)) return null;
    if (m.kind() == Kind.PRONOUN) {
      if (q == 0 || attr[q - 1] == null) return pronounLeadIn(c, m, quote);
      if (q == 0 || attr[q - 1] == null || attr[q - 1].mention().kind() == Kind.NOMINAL
          || c.paraOf()[qLast[q - 1]] < para - 3
          || !noOtherSpeakerBetween(c, qLast[q - 1] + 1, m.first())) {
        return null;
      }
      return carried(attr[q - 1]);
    }
    int ms = c.toks().get(m.first()).start();
    int me = c.toks().get(m.last()).end();
    boolean person = entities.stream().anyMatch(e -> e.type() == EntityType.PERSON
        && e.mentions().stream().anyMatch(x -> x.start() < me && ms < x.end()));
    if (!person) return null;
    String family = c.toks().get(m.last()).text();
    if (Pattern.compile("\\b" + Pattern.quote(family) + "\\b").matcher(quote).find()) return null;
    return new Attribution(m, null, 0.5);
  }

  /** Nouns for text put on show, which a quote after a sentence naming one may reproduce ("a banner: ..."). */
  private static final Set<String> DISPLAYED_TEXT_NOUNS = MentionFinder.words("sign", "signs", "banner", "banners",
      "placard", "placards", "poster", "posters", "plaque", "plaques", "inscription", "notice", "notices", "caption",
      "captions", "billboard", "billboards", "graffiti", "sticker", "stickers", "slogan", "slogans", "headline",
      "headlines");

  /**
   * True when the sentence {@code [from, to)} shows a text the next quote may reproduce rather than its subject's
   * words: a noun for text on show after a determiner or tagged as a noun ("Ann Lee has put up a banner",
   * "Ann Lee stopped at the sign"), or someone reading a text out ("Ann Lee read the letter from her son").
   */
  private static boolean showsText(Ctx c, int from, int to) {
    for (int k = from; k < to; k++) {
      if (c.quoteOf()[k] >= 0) continue;
      String pos = c.toks().get(k).pos();
      boolean noun = pos != null && pos.startsWith("NN")
          || k - 1 >= from && (MentionFinder.DETERMINERS.contains(c.lower(k - 1)) || c.mf().isPossessive(k - 1));
      if (noun && DISPLAYED_TEXT_NOUNS.contains(c.lower(k))) return true;
      if (readsText(c, k)) return true;
    }
    return false;
  }

  /** "read" (reads, reading) with a determiner or possessive after it: someone reading a text out. */
  private static boolean readsText(Ctx c, int k) {
    String l = c.lower(k);
    if (!l.equals("read") && !l.equals("reads") && !l.equals("reading")) return false;
    int j = k + 1;
    if (j < c.n() && c.lower(j).equals("out")) j++;
    return j < c.n() && c.sentOf()[j] == c.sentOf()[k] && c.quoteOf()[j] < 0
        && (MentionFinder.DETERMINERS.contains(c.lower(j)) && !c.lower(j).equals("no"));
  }

  /**
   * A quote inside a lead-in that does not make the lead-in someone else's words: a fragment of one to three words
   * inside the author's sentence that got no speaker (the author's term: "After a “rocky” spring, Ann Lee was sure
   * of the plan."). A longer or attributed quote there can be what the following quote continues.
   */
  private static boolean authorsTerm(Ctx c, List<QuoteSpan> spans, Attribution[] attr, int r) {
    if (r < 0 || r >= spans.size() || attr[r] != null || !spans.get(r).partial()) return false;
    String words = spans.get(r).text(c.doc().text()).strip();
    return !words.isEmpty() && words.split("\\s+").length <= 3;
  }

  /**
   * "She has never doubted that decision. “I stand by every word.”": a lead-in led by he or she, when there is no
   * earlier quote or the quote before has no speaker to carry, gives the pronoun itself as the mention, resolved like
   * the pronoun of "she said" (none when it is unclear; none when the quote names the person it resolves to).
   * Not when the quote holds the same third-person pronoun: its words may be about him or her.
   */
  private static Attribution pronounLeadIn(Ctx c, Mention m, String quote) {
    Set<String> forms = c.lower(m.first()).equals("he") ? SpeakerResolver.MALE_PRONOUNS : SpeakerResolver.FEMALE_PRONOUNS;
    for (String w : quote.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (forms.contains(w)) return null;
    }
    return new Attribution(m, null, 0.4);
  }

  private static final Set<String> COMMENT_WORDS = MentionFinder.words(
      "comment", "comments", "commented", "reached", "respond", "responded", "available", "unavailable");
  private static final Set<String> REFUSAL_WORDS = MentionFinder.words(
      "not", "n't", "no", "never", "declined", "declines", "refused", "refuses", "unavailable");

  /**
   * A lead-in that says its subject did not speak ("Ivo Kell would not comment on the sale", "the owner, Ivo Kell,
   * could not be reached"): the quote after it is not theirs.
   */
  private static boolean saysNothing(Ctx c, int from, int to) {
    boolean comment = false;
    boolean refusal = false;
    for (int k = from; k < to; k++) {
      comment |= COMMENT_WORDS.contains(c.lower(k));
      refusal |= REFUSAL_WORDS.contains(c.lower(k));
    }
    return comment && refusal;
  }

  /** Verbs of opinion that are no speech cues: a quote after "X believes ..." goes on with X's view. */
  private static final Set<String> OPINION_VERBS = MentionFinder.words(
      "believes", "believed", "thinks", "thought", "feels", "felt", "reckons", "reckoned");

  /**
   * "Tom Brandt, a former striker, believes the club should act fast. “The coach was a star ...”": the first
   * finite verb of the lead-in {@code [from, to)} is a verb of opinion, so a quote in the third person after it,
   * in the same paragraph, is the subject's view put in their words.
   */
  private static boolean opinionLeads(Ctx c, int from, int to) {
    for (int v = from; v < to; v++) {
      if (isFiniteVerb(c.toks().get(v))) return OPINION_VERBS.contains(c.lower(v));
    }
    return false;
  }

  /**
   * One speaker's run of paragraphs broken by a remark of the author: "“...,” said Ann Lee. ¶ The crowd loved the
   * show. “I think we were the best team today.”" A first-person quote with no cue in its paragraph, after words of
   * the author that open the paragraph (no quote, person, pronoun or cue in them), continues the named speaker of
   * the quote just before it, in the previous paragraph.
   */
  private static Attribution sameSpeakerAfterRemark(Ctx c, List<QuoteSpan> spans, Attribution[] attr, int q, int first) {
    QuoteSpan span = spans.get(q);
    if (span.partial() || q == 0 || first == 0 || attr[q - 1] == null || attr[q - 1].mention().kind() != Kind.NAME) {
      return null;
    }
    int para = c.paraOf()[first];
    if (spans.get(q - 1).paragraph() != para - 1 || !FIRST_PERSON.matcher(span.text(c.doc().text())).find()) return null;
    int start = first;
    while (start - 1 >= 0 && c.paraOf()[start - 1] == para) start--;
    if (start == first) return null;
    for (int k = start; k < c.n() && c.paraOf()[k] == para; k++) {
      if (isCue(c, k) || k < first && (c.quoteOf()[k] >= 0 || c.person()[k] || c.mf().isPronoun(k))) return null;
    }
    return carried(attr[q - 1]);
  }

  /**
   * The subject of a sentence's first finite verb ("Ann Lee has never doubted that decision", "Club coach Ann Lee,
   * 52, remained calm"): a name or he/she, found as for a speech verb.
   */
  private static Mention leadSubject(Ctx c, int from, int to) {
    if (c.toks().get(from).pos() == null) return pronounLeading(c, from, to);
    int v = from;
    while (v < to && !isFiniteVerb(c.toks().get(v))) v++;
    if (v >= to || v - 1 < from) return null;
    Mention m = c.mf().subjectBefore(v - 1, from);
    if (m == null) return null;
    boolean person = m.kind() == Kind.NAME
        || m.kind() == Kind.PRONOUN && (c.lower(m.first()).equals("he") || c.lower(m.first()).equals("she"));
    return person ? m : null;
  }

  /**
   * A sentence the tagger skipped holds no name, so only "he" or "she" can lead it: first, or after one
   * opening word and its comma ("Still, she ..."), and followed by a lower-case word that is no function word.
   */
  private static Mention pronounLeading(Ctx c, int from, int to) {
    int k = from;
    if (k + 2 < to && c.toks().get(k + 1).norm().equals(",")) k += 2;
    if (!c.lower(k).equals("he") && !c.lower(k).equals("she")) return null;
    int j = k + 1;
    while (j < to && MentionFinder.SKIPPABLE.contains(c.lower(j))) j++;
    if (j >= to || !Character.isLowerCase(c.toks().get(j).text().charAt(0))
        || MentionFinder.STOP.contains(c.lower(j)) && !AUXILIARIES.contains(c.lower(j))) {
      return null;
    }
    return new Mention(k, k, Kind.PRONOUN);
  }

  private static boolean isFiniteVerb(Token t) {
    String pos = t.pos();
    return pos != null && (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD"));
  }


  /**
   * An interview's answer: a quote paragraph right after a paragraph that is only the interviewer's
   * question ("Is the plan working? ¶ “We are getting there.”") continues the named speaker of the quote
   * in the paragraph before the question, when no other name or pronoun follows that quote.
   */
  private static Attribution answerToQuestion(Ctx c, List<QuoteSpan> spans, Attribution[] attr, int[] qLast, int q,
      int first) {
    if (first == 0 || q == 0) return null;
    int e = first - 1;
    int prevPara = c.paraOf()[e];
    if (prevPara != spans.get(q).paragraph() - 1 || !c.toks().get(e).norm().equals("?")) return null;
    int s = e;
    while (s - 1 >= 0 && c.paraOf()[s - 1] == prevPara) s--;
    if (e - s > 40) return null;
    for (int k = s; k <= e; k++) if (c.quoteOf()[k] >= 0 || isCue(c, k)) return null;
    int r = q - 1;
    if (attr[r] == null || c.paraOf()[qLast[r]] != prevPara - 1 || attr[r].mention().kind() == Kind.NOMINAL) return null;
    int after = Math.max(qLast[r], attr[r].mention().last()) + 1;
    return noOtherSpeakerBetween(c, after, s) ? carried(attr[r]) : null;
  }


  /** Attribute values and tag text of HTML left in an article ({@code tweet-date="..."}, {@code ">text</tweet>}). */
  static boolean looksLikeMarkup(String quote) {
    return quote.startsWith(">") || quote.contains("</") || quote.contains("=\"") || quote.endsWith("=");
  }

  /**
   * A span that passes the title-case test but is a phrase, not a title: the title of a work capitalises its
   * first word, so a span that opens with a lower-case function word (“the Pride of the Valley” in “Ann Lee
   * calls them “the Pride of the Valley.””) is someone's words or a term, left to attribution to tell.
   */
  static boolean spokenTitleCase(String quote) {
    String first = quote.strip().split("\\s+")[0].replaceAll("^[^\\p{L}\\p{N}]+", "");
    return !first.isEmpty() && Character.isLowerCase(first.charAt(0));
  }

  /** Title-case spans such as “Keep the Valley Green” or “Songs of the Open Road” are not quotes. */
  static boolean looksLikeTitle(String quote) {
    return TitleCase.looksLikeTitle(quote);
  }

  // ---------------------------------------------------------------------------------------------
  // Speakers: mentions to entities.

  /**
   * A speaker mention that is no noun phrase: it starts with a form of "be" or an auxiliary (the passive verb
   * kept to claim a quote for nobody: "The pianist was applauded after she called the hall “a barn”" gives
   * "was applauded"), or no word of it is tagged as a noun, pronoun, determiner or number ("instead" in
   * "she instead wrote"). Names are never dropped. It names no one: the quote is shown without a mention or a cue.
   */
  private static boolean namesNoOne(Ctx c, Mention m) {
    if (m.kind() == Kind.NAME || m.kind() == Kind.RELATIVE) return false;
    if (BE_FORMS.contains(c.lower(m.first())) || AUXILIARIES.contains(c.lower(m.first()))) return true;
    for (int k = m.first(); k <= m.last(); k++) {
      String pos = c.toks().get(k).pos();
      if (pos == null || pos.startsWith("NN") || pos.startsWith("PRP") || pos.startsWith("W") || pos.equals("CD")
          || pos.equals("DT")) {
        return false;
      }
    }
    return true;
  }

  private List<Quote> build(Ctx c, List<QuoteSpan> spans, Attribution[] attr, List<Entity> entities) {
    String text = c.doc().text();
    List<Quote> out = new ArrayList<>();
    SpeakerResolver resolver = new SpeakerResolver(c, entities, country);
    for (int q = 0; q < spans.size(); q++) {
      QuoteSpan s = spans.get(q);
      Attribution a = attr[q] != null && namesNoOne(c, attr[q].mention()) ? null : attr[q];

      Span mention = null;
      String speaker = null;
      String entityId = null;
      String cue = null;
      double conf = 0.3;
      if (a != null) {
        Mention m = a.mention();
        int ms = c.toks().get(m.first()).start();
        int me = c.toks().get(m.last()).end();
        mention = Span.of(text, ms, me);
        cue = a.cue();
        conf = a.confidence();
        Entity e = resolver.resolve(m, s.start());
        // “Mr Lee is a persuasive man,” he said: words about Lee in the third person are not Lee's.
        boolean aboutSpeaker = namesItsSpeaker(c, spans, attr, q, e);
        if (aboutSpeaker) e = null;
        if (m.kind() == Kind.PRONOUN) resolver.notePronoun(e, c.lower(m.first()));
        resolver.noteSpeaker(m.first(), e);
        if (e != null) {
          speaker = e.name();
          entityId = e.id();
        } else if (aboutSpeaker) {
          speaker = null;
        } else if (m.kind() == Kind.NAME && !resolver.sharedByNamesakes(m) && resolver.acceptableName(m, mention.text())
            && !resolver.officeWithArticle(m, mention.text())) {
          speaker = SpeakerResolver.canonicalName(mention.text());
        } else if (m.kind() == Kind.RELATIVE) {
          Mention ante = resolver.antecedentOfRelative(m);
          if (ante != null && ante.kind() == Kind.NAME && !resolver.sharedByNamesakes(ante) && resolver.acceptableName(ante,
              text.substring(c.toks().get(ante.first()).start(), c.toks().get(ante.last()).end()))) {
            speaker = SpeakerResolver.canonicalName(
                text.substring(c.toks().get(ante.first()).start(), c.toks().get(ante.last()).end()));
          }
        }
      }
      out.add(new Quote("q" + (q + 1), s.start(), s.end(), s.text(text), speaker, entityId, mention, cue,
          s.partial(), conf));
    }
    return out;
  }

  /**
   * True when a quote would be given a person that its own words name in the third person, and the tie to that
   * person is indirect: a pronoun (then any quote the same pronoun attributes counts: “A,” he said. “Mr Lee
   * ...”), or a cue in another paragraph (a quote paragraph carrying the previous paragraph's speaker).
   */
  private static boolean namesItsSpeaker(Ctx c, List<QuoteSpan> spans, Attribution[] attr, int q, Entity e) {
    if (e == null || e.type() != EntityType.PERSON) return false;
    Mention m = attr[q].mention();
    if (m.kind() == Kind.PRONOUN) {
      for (int r = 0; r < spans.size(); r++) {
        if (attr[r] != null && attr[r].mention().first() == m.first() && names(e, spans.get(r))) return true;
      }
      return false;
    }
    return c.paraOf()[m.first()] != spans.get(q).paragraph() && names(e, spans.get(q));
  }

  /**
   * True when one of the entity's mentions by family name ("Lee", "Mr Lee", "Ann Lee") lies inside the quote's
   * words; a given name or nickname alone ("I've been called Bud") may be the speaker's own.
   */
  private static boolean names(Entity e, QuoteSpan s) {
    String[] parts = e.name().split("\\s+");
    String family = parts[parts.length - 1];
    for (Span sp : e.mentions()) {
      if (sp.start() < s.start() || sp.end() > s.end()) continue;
      String[] words = sp.text().split("\\s+");
      if (words[words.length - 1].replaceAll("[’']s$", "").equalsIgnoreCase(family)) return true;
    }
    return false;
  }

  /** Links speaker mentions to entities, resolving pronouns and nominal mentions. */
  private static final class SpeakerResolver {
    private final Ctx c;
    private final List<Entity> entities;
    private final java.util.Map<Entity, Gender> pronounGender = new java.util.HashMap<>();
    /** Whether the last "he"/"she" resolved had one person of a possible sex to mean, not a pick among several. */
    private boolean pronounSure;

    private final List<Integer> sentenceStarts = new ArrayList<>();
    private final int[] firstOfSentence;

    private final Predicate<String> country;

    SpeakerResolver(Ctx c, List<Entity> entities, Predicate<String> country) {
      this.c = c;
      this.entities = entities;
      this.country = country;
      List<Integer> ids = new ArrayList<>();
      for (int i = 0; i < c.n(); i++) {
        if (i == 0 || c.sentOf()[i] != c.sentOf()[i - 1]) {
          sentenceStarts.add(i);
          ids.add(c.sentOf()[i]);
        }
      }
      firstOfSentence = ids.stream().mapToInt(Integer::intValue).toArray();
    }

    private static final Set<String> TITLE_WORDS = MentionFinder.words(
        "president", "senator", "representative", "congressman", "congresswoman", "governor", "secretary",
        "minister", "chancellor", "premier", "mayor", "judge", "justice", "ambassador", "commissioner",
        "director", "chairman", "chairwoman", "chair", "spokesman", "spokeswoman", "spokesperson", "speaker",
        "leader", "general", "admiral", "colonel", "captain", "lieutenant", "sergeant", "major", "chief",
        "professor", "coach", "pope", "king", "queen", "prince", "princess", "sheriff", "attorney", "rabbi",
        "bishop", "archbishop", "cardinal", "reverend", "deputy", "vice", "prime", "candidate", "nominee",
        "secretary-general", "president-elect", "sen.", "rep.", "gov.", "gen.", "pres.", "prof.", "dr.", "mr.",
        "mrs.", "ms.", "lt.", "col.", "capt.", "adm.", "sgt.", "maj.", "rev.", "amb.", "atty.");

    /** A person's name without the titles and honorifics in front of it ("Defense Minister X Y" -> "X Y"). */
    static String canonicalName(String mention) {
      String s = stripHonorifics(mention);
      String[] parts = s.split("\\s+");
      int lastTitle = -1;
      for (int i = 0; i < parts.length - 1; i++) {
        if (TITLE_WORDS.contains(parts[i].toLowerCase(Locale.ROOT))) lastTitle = i;
      }
      if (lastTitle < 0) return s;
      int from = lastTitle + 1;
      if (from < parts.length - 1 && parts[from].equals("of")) {
        from++;
        if (from < parts.length - 1 && parts[from].equalsIgnoreCase("the")) from++;
        if (from < parts.length - 1) from++;
      }
      if (from >= parts.length) return s;
      return String.join(" ", Arrays.copyOfRange(parts, from, parts.length));
    }

    static String stripHonorifics(String name) {
      String s = POSSESSIVE_END.matcher(name).replaceAll("").strip();
      s = LEADING_ARTICLE.matcher(s).replaceFirst("");
      while (true) {
        String t = LEADING_HONORIFIC.matcher(s).replaceFirst("");
        if (t.equals(s)) break;
        s = t;
      }
      return s;
    }

    Entity resolve(Mention m, int quoteStart) {
      int ms = c.toks().get(m.first()).start();
      int me = c.toks().get(m.last()).end();
      switch (m.kind()) {
        case NAME:
          // "the Frenchman" names no one by itself, however proper it looks.
          if (theNationality(m) && overlapping(ms, me) == null) return personOfNationality(c.lower(m.first()), ms);
          Entity state = countrySpeaking(m, ms, me);
          if (state != null) return state;
          if (!acceptableName(m, c.doc().text().substring(ms, me))) {
            Entity holder = officeOfOrganisation(m, ms, me) || countryNotSurname(m, ms, me) ? null : overlapping(ms, me);
            if (holder != null || !titleOnly(m, ms, me)) return holder;
            // "the Minister said": a capitalised title after "the" is read like "the minister".
            Mention described = withArticle(m);
            return nominal(described, c.toks().get(described.first()).start(), me);
          }
          return name(ms, me, m, true);
        case PRONOUN:
          return pronoun(m, ms);
        case NOT_SPEAKER:
          return null; // "Pell and Davison wrote": two sources, neither alone; "Lee was suspended": described
        case RELATIVE: {
          Mention ante = antecedentOfRelative(m);
          if (ante == null) return null;
          int as = c.toks().get(ante.first()).start();
          int ae = c.toks().get(ante.last()).end();
          if (ante.kind() != Kind.NAME) return nominal(ante, as, ae);
          return acceptableName(ante, c.doc().text().substring(as, ae)) ? name(as, ae, ante, true) : null;
        }
        default:
          return nominal(m, ms, me);
      }
    }

    /**
     * "Ruritania said", "the Kingdom of Ruritania warned": a speaker mention that is exactly a place entity's
     * mention naming a country (an article before it allowed) is that country, speaking as its government. Not
     * when a person of the article has it as family name ("Ana Jordan" named, then "Jordan said"), and
     * not for a city or region ("Ostrava had concluded" stays no one: a town's council is not the town). Nor when a
     * preposition stands before it ("the envoy to Ruritania accused ...": the country is the envoy's posting, the
     * subject is the envoy), after a speech cue earlier in its sentence (a clause someone else reports), or when a
     * number or capitalised word follows it ("Ruritania 24", a broadcaster's name).
     */
    private Entity countrySpeaking(Mention m, int ms, int me) {
      String text = c.doc().text();
      int before = m.first() - 1;
      if (before >= 0 && c.sentOf()[before] == c.sentOf()[m.first()]) {
        String pos = c.toks().get(before).pos();
        if (pos != null && (pos.equals("IN") || pos.equals("TO"))) return null;
      }
      // "The envoy said Ruritania would answer “...”": a country inside a clause another cue reports is not speaking.
      int[] range = sentenceRange(c.sentOf()[m.first()]);
      for (int k = range == null ? m.first() : range[0]; k < m.first(); k++) {
        if (c.quoteOf()[k] < 0 && isCue(c, k)) return null;
      }
      int after = m.last() + 1;
      if (after < c.n() && c.quoteOf()[after] < 0) {
        String w = c.toks().get(after).text();
        if (!w.isEmpty() && (Character.isDigit(w.charAt(0)) || Character.isUpperCase(w.charAt(0)))) return null;
      }
      for (Entity e : entities) {
        if (e.type() != EntityType.PLACE) continue;
        for (Span s : e.mentions()) {
          // the mention first: the country look-ups (gazetteer searches) only for the place the speaker names
          if (s.end() != me || s.start() < ms || !text.substring(ms, s.start()).strip().matches("(?i)(the)?")) {
            continue;
          }
          String named = text.substring(s.start(), s.end());
          if (!country.test(e.name()) || !country.test(named)) continue;
          return personBearing(named) ? null : e;
        }
      }
      return null;
    }

    /**
     * True when {@code name} is a person entity's family name ("Ana Jordan" named, then "Jordan said"): news names a
     * person alone by the family name, not by a given name ("Israel Katz" named does not make "Israel said" his).
     */
    private boolean personBearing(String name) {
      String lower = name.strip().toLowerCase(Locale.ROOT);
      for (Entity e : entities) {
        if (e.type() != EntityType.PERSON) continue;
        String[] parts = e.name().strip().toLowerCase(Locale.ROOT).split("\\s+");
        if (parts.length > 0 && parts[parts.length - 1].equals(lower)) return true;
      }
      return false;
    }

    /** "the Frenchman", "the Serb", "the Democrat": one nationality or party noun right after "the" in its sentence. */
    private boolean theNationality(Mention m) {
      int k = m.first() - 1;
      return m.first() == m.last() && k >= 0 && c.sentOf()[k] == c.sentOf()[m.first()] && c.lower(k).equals("the")
          && !showingWords(c.lower(m.first())).isEmpty();
    }

    /** Party noun -> the words that show a person of that party ("democrat" -> democrat, democratic). */
    private static final Map<String, Set<String>> PARTY_WORDS = Lexicon.kinds("/quotes/party-nouns.txt");

    /** Every word that shows a person's party. */
    private static final Set<String> PARTY_SHOWING = PARTY_WORDS.values().stream()
        .flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());

    /** The words that show a person has the nationality or party {@code noun} names; empty when it names neither. */
    private static Set<String> showingWords(String noun) {
      Set<String> words = Nationalities.showingWords(noun);
      return words.isEmpty() ? PARTY_WORDS.getOrDefault(noun, Set.of()) : words;
    }

    /**
     * "French striker Luc Armand scored twice. “...,” the Frenchman said": the one person the article showed with
     * that nationality before the epithet (its adjective or noun up to three words before a mention, "France's"
     * right before one, an apposition or a title with it); none when no one or more than one person was shown so.
     */
    private Entity personOfNationality(String noun, int ms) {
      Set<String> words = showingWords(noun);
      Entity only = null;
      for (Entity e : entities) {
        if (e.type() != EntityType.PERSON || !shownWithNationality(e, words, ms) && !shownWithPartyLetter(e, noun, ms)) {
          continue;
        }
        if (only != null) return null;
        only = e;
      }
      // "Democrat Pia Renner and Democrat Hal Orr": a party word outside quotes that shows no one's party but the one
      // found may show someone read as no person; the party noun is then no one's.
      if (only != null && PARTY_WORDS.containsKey(noun)) {
        for (int k = tokenAt(ms) - 1; k >= 0; k--) {
          if (c.quoteOf()[k] < 0 && words.contains(c.lower(k)) && !inDescriptionOf(only, k)) return null;
        }
      }
      return only;
    }

    /** The party noun a one-letter party mark after a United States legislator's name stands for ("D-", "R-"). */
    private static final Map<String, String> PARTY_LETTERS = Map.of("d", "democrat", "r", "republican");

    /** ", D-Ore.,", " (R-Texas)": a party letter, a hyphen and a state right after a name, closed by "," or ")". */
    private static final Pattern PARTY_MARK =
        Pattern.compile("\\s*(?:\\(|,)\\s*([DR])-\\s?[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?\\s*(?:\\)|,)");

    /**
     * "Rep. Kim Ode (D-Ore.)", "Sen. Kim Ode, R-Texas,": a mention before {@code ms}, outside quotes, followed by the
     * party mark of {@code noun} ("the Democrat", "the Republican").
     */
    private boolean shownWithPartyLetter(Entity e, String noun, int ms) {
      String text = c.doc().text();
      for (Span s : e.mentions()) {
        if (s.start() >= ms || insideQuote(s.start())) continue;
        Matcher mark = PARTY_MARK.matcher(text.substring(s.end(), Math.min(ms, s.end() + 24)));
        if (mark.lookingAt() && noun.equals(PARTY_LETTERS.get(mark.group(1).toLowerCase(Locale.ROOT)))) return true;
      }
      return false;
    }

    private boolean shownWithNationality(Entity e, Set<String> words, int ms) {
      for (String t : e.titles()) {
        for (String w : t.toLowerCase(Locale.ROOT).split("[\\s-]+")) if (words.contains(w)) return true;
      }
      for (Span s : e.mentions()) {
        if (s.start() >= ms) continue;
        int first = tokenAt(s.start());
        if (first >= c.n() || c.quoteOf()[first] >= 0) continue;
        if (nationalityBefore(first, words) || nationalityInApposition(tokenAt(s.end()), words)) return true;
      }
      return false;
    }

    /**
     * "French striker Luc Armand", "Frenchman Luc Armand", "France's Luc Armand": the word among the up to three
     * words right before the name that modify it; a comma, verb, preposition or another name ends them.
     */
    private boolean nationalityBefore(int first, Set<String> words) {
      int sent = c.sentOf()[first];
      for (int k = first - 1; k >= 0 && k >= first - 3 && c.sentOf()[k] == sent; k--) {
        String l = c.lower(k);
        if (words.contains(l)) {
          // A country shows it only as the possessor right before the name ("France's Luc Armand").
          return !Nationalities.showingWords(l).isEmpty() || PARTY_SHOWING.contains(l)
              || k + 2 == first && c.mf().isPossessive(k + 1);
        }
        String pos = c.toks().get(k).pos();
        boolean possessive = k == first - 1 && c.mf().isPossessive(k);
        if (!possessive && (!Character.isLetter(l.charAt(0)) || c.mf().isCap(k) || MODIFIER_BREAKS.contains(l)
            || pos != null && (pos.startsWith("VB") || pos.equals("IN") || pos.equals("CC")))) {
          return false;
        }
      }
      return false;
    }

    /** Words that end the premodifiers of a name ("beat Serbian Marko Vidic" shows nothing of the one before). */
    private static final Set<String> MODIFIER_BREAKS = MentionFinder.words("and", "or", "of", "by", "with", "to",
        "against", "over", "past", "beat", "beats", "defeated", "said", "says");

    /** "Luc Armand, a Frenchman,", "Luc Armand, the French striker,": the words after a comma up to the next. */
    private boolean nationalityInApposition(int after, Set<String> words) {
      if (after >= c.n() || !c.toks().get(after).norm().equals(",")) return false;
      int sent = c.sentOf()[after];
      for (int k = after + 1; k < c.n() && k <= after + 8 && c.sentOf()[k] == sent; k++) {
        if (c.toks().get(k).norm().equals(",") || c.quoteOf()[k] >= 0) break;
        if (words.contains(c.lower(k))) return true;
      }
      return false;
    }

    /** {@code m} with the "the" right before it in its sentence, or {@code m} itself when none is there. */
    private Mention withArticle(Mention m) {
      int k = m.first() - 1;
      if (k < 0 || c.sentOf()[k] != c.sentOf()[m.first()] || !c.lower(k).equals("the")) return m;
      return new Mention(k, m.last(), m.kind());
    }

    /** The noun phrase before ", who". */
    Mention antecedentOfRelative(Mention m) {
      int k = m.first() - 1;
      if (k >= 0 && c.toks().get(k).norm().equals(",")) k--;
      if (k < 0) return null;
      int limit = k;
      while (limit - 1 >= 0 && c.sentOf()[limit - 1] == c.sentOf()[k] && k - limit < 15) limit--;
      if (c.toks().get(k).norm().equals(")")) return c.mf().subjectBefore(k, limit);
      Mention ante = c.mf().phraseEndingAt(k, limit);
      // "the Dialogue Group in Ruritania, which says": a place after a preposition qualifies the phrase before it.
      if (ante != null && ante.kind() == Kind.NAME) {
        int as = c.toks().get(ante.first()).start();
        int ae = c.toks().get(ante.last()).end();
        if (overlapsNonSpeaker(as, ae)) {
          Mention head = headBeforePreposition(c, ante, limit, 1);
          if (head != ante) return head;
        }
      }
      return ante;
    }

    /**
     * The person or organisation a phrase names: a person mentioned inside it ("Sen. Ann Lee of Ohio"),
     * else an organisation whose mention ends where the phrase ends ("the Acme board", not "an Acme
     * spokesperson", whose head is someone else).
     */
    private Entity overlapping(int ms, int me) {
      Entity best = null;
      int bestOverlap = 0;
      for (Entity e : entities) {
        if (e.type() != EntityType.PERSON) continue;
        for (Span s : e.mentions()) {
          int o = Math.min(s.end(), me) - Math.max(s.start(), ms);
          if (o > 0 && possessorInside(s, me)) continue; // "Lee's Harbour League said": the league, not Lee
          if (o > bestOverlap) {
            bestOverlap = o;
            best = e;
          }
        }
      }
      if (best != null) return best;
      for (Entity e : entities) {
        if (e.type() != EntityType.ORGANIZATION) continue;
        for (Span s : e.mentions()) {
          int o = Math.min(s.end(), me) - Math.max(s.start(), ms);
          if (o > bestOverlap && s.end() >= me - 1) {
            bestOverlap = o;
            best = e;
          }
        }
      }
      return best;
    }

    /**
     * True when the person mention {@code s} is followed, inside a name ending at {@code me}, by a possessive
     * and more of the name: in "Ann Lee's Harbour Reform League" Lee is the possessor, the name is the league's.
     */
    private boolean possessorInside(Span s, int me) {
      String text = c.doc().text();
      if (s.end() + 3 >= me) return false;
      String next = text.substring(s.end(), Math.min(me, s.end() + 3));
      return (next.startsWith("'s ") || next.startsWith("’s ")) && Character.isUpperCase(text.charAt(s.end() + 3));
    }

    /** True when the token at {@code k} is inside a mention of a place. */
    private boolean isPlace(int k) {
      int ts = c.toks().get(k).start();
      int te = c.toks().get(k).end();
      for (Entity e : entities) {
        if (e.type() != EntityType.PLACE) continue;
        for (Span s : e.mentions()) if (s.start() <= ts && s.end() >= te) return true;
      }
      return false;
    }

    /** True when a place or a non-name entity (a demonym, a work) overlaps {@code [ms, me)}. */
    private boolean overlapsNonSpeaker(int ms, int me) {
      for (Entity e : entities) {
        if (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION) continue;
        for (Span s : e.mentions()) if (Math.min(s.end(), me) > Math.max(s.start(), ms)) return true;
      }
      return false;
    }

    /**
     * A capitalised phrase that may name a speaker: not anonymised ("Sam**"), not a place or demonym
     * ("Washington said", "Arab"), not a title without a name ("the US President", "the High
     * Commissioner for Refugees"), not a common word capitalised at a sentence start ("Teachers").
     */
    boolean acceptableName(Mention m, String name) {
      String text = c.doc().text();
      int ms = c.toks().get(m.first()).start();
      int me = c.toks().get(m.last()).end();
      if (me < text.length() && text.charAt(me) == '*') return false;
      if (name.strip().matches("[’']?\\d+s?")) return false; // a year or decade ("in the 1990s described") is no one
      if (countryNotSurname(m, ms, me)) return false;
      if (overlapping(ms, me) != null && !officeOfOrganisation(m, ms, me)) return true;
      if (overlapsNonSpeaker(ms, me) || titleOnly(m, ms, me)) return false;
      if (m.first() == m.last() && commonWordAtStart(m.first())) return false;
      if (m.first() < m.last() && NerLexicon.isMemberRole(c.toks().get(m.last()).text())) return false; // "Harbourside MP"
      return looksProper(m, name);
    }

    /**
     * "Ruritania said": one word that is a country's name is that country (its government), not a person
     * who has the word as a given name ("Ruritania Lee" named elsewhere); only as someone's surname can it
     * stand for a person.
     */
    private boolean countryNotSurname(Mention m, int ms, int me) {
      if (m.first() != m.last() || !COUNTRY_NAMES.contains(c.lower(m.first()))) return false;
      Entity p = overlapping(ms, me);
      if (p == null || p.type() != EntityType.PERSON) return false;
      String[] parts = p.name().trim().split("\\s+");
      return parts.length < 2 || !parts[parts.length - 1].equalsIgnoreCase(c.lower(m.first()));
    }

    /**
     * "US President", "the High Commissioner for Refugees": a title with no name after it (what follows
     * "of"/"for" is the office's domain unless it holds a given name).
     */
    private boolean titleOnly(Mention m, int ms, int me) {
      int lastHead = -1;
      for (int k = m.first(); k <= m.last(); k++) {
        String l = c.lower(k);
        String core = l.endsWith(".") ? l.substring(0, l.length() - 1) : l;
        if (!c.mf().isHonorific(k) && (TITLE_WORDS.contains(l) || NerLexicon.instance().isTitleHead(core))) lastHead = k;
      }
      if (lastHead < 0 || c.mf().isHonorific(m.first())) return false;
      if (m.first() == m.last() && familyNameOfSomeoneNamed(m.first(), ms)) return false;
      for (int k = lastHead + 1; k <= m.last(); k++) {
        if (GivenNames.isGivenName(c.lower(k)) && c.mf().isCap(k)) return false;
      }
      int k = lastHead + 1;
      return k > m.last() || c.lower(k).equals("of") || c.lower(k).equals("for");
    }

    /**
     * "King said" after "Charles King, an analyst, ...": a capitalised title word alone, with no determiner or
     * possessor before it, that is the family name of a person the article has named in full before.
     */
    private boolean familyNameOfSomeoneNamed(int k, int ms) {
      if (!c.mf().isCap(k) || k > 0 && c.sentOf()[k - 1] == c.sentOf()[k]
          && (MentionFinder.DETERMINERS.contains(c.lower(k - 1)) || c.mf().isPossessive(k - 1))) {
        return false;
      }
      String w = c.toks().get(k).text();
      for (Entity e : entities) {
        if (e.type() != EntityType.PERSON || e.mentions().isEmpty() || e.mentions().get(0).start() >= ms) continue;
        String[] parts = e.name().trim().split("\\s+");
        if (parts.length >= 2 && parts[parts.length - 1].equals(w)) return true;
      }
      return false;
    }

    /**
     * "the Harbour Union High Commissioner", "the Acme Group Chairman": an office named after the body it
     * belongs to, with no person in the phrase. It holds no name of its own, so the organisation whose
     * mention covers it is not the speaker either; the title is resolved like a description. A title word
     * that is the domain after "of" ("the Department of Justice") names the organisation.
     */
    private boolean officeOfOrganisation(Mention m, int ms, int me) {
      Entity holder = overlapping(ms, me);
      if (holder == null || holder.type() != EntityType.ORGANIZATION || !titleOnly(m, ms, me)) return false;
      int lastHead = -1;
      for (int k = m.first(); k <= m.last(); k++) {
        if (!c.mf().isHonorific(k) && TITLE_WORDS.contains(c.lower(k))) lastHead = k;
      }
      if (lastHead <= m.first()) return false;
      String before = c.lower(lastHead - 1);
      return !before.equals("of") && !before.equals("for") && !before.equals("the") && !before.equals("and");
    }

    /** A single capitalised word at a sentence start that the article also writes in lower case. */
    private boolean commonWordAtStart(int k) {
      boolean sentenceInitial = k == 0 || c.sentOf()[k - 1] != c.sentOf()[k] || c.quoteOf()[k - 1] >= 0;
      if (!sentenceInitial || GivenNames.isGivenName(c.lower(k))) return false;
      String w = c.lower(k);
      for (int i = 0; i < c.n(); i++) {
        if (i != k && c.toks().get(i).text().equals(w)) return true;
      }
      return false;
    }

    private Entity name(int ms, int me, Mention m, boolean create) {
      Entity e = overlapping(ms, me);
      if (e != null) return namesakeReaderCanTell(e, m, ms);
      String text = c.doc().text();
      String name = stripHonorifics(text.substring(ms, me));
      if (name.isEmpty()) return null;
      EntityType type = isOrganisation(name) ? EntityType.ORGANIZATION : EntityType.PERSON;
      if (type == EntityType.PERSON) name = canonicalName(name);
      String[] parts = name.split("\\s+");
      String last = parts[parts.length - 1];
      // Surname (or full-name) match against existing people and organisations.
      for (Entity cand : entities) {
        if (cand.type() != EntityType.PERSON && cand.type() != EntityType.ORGANIZATION) continue;
        String[] cp = cand.name().split("\\s+");
        if (cand.name().equalsIgnoreCase(name) || cp[cp.length - 1].equalsIgnoreCase(last) && cand.type() == EntityType.PERSON
            && (parts.length == 1 || cp.length == 1 || cp[0].equalsIgnoreCase(parts[0]))) {
          Entity chosen = namesakeReaderCanTell(cand, m, ms);
          if (chosen != null) chosen.addMention(Span.of(text, ms, me));
          return chosen;
        }
      }
      if (!create || !looksProper(m, name) || INITIALISM.matcher(name).matches()) return null;
      if (type == EntityType.PERSON && afterDefiniteArticle(m)) return null;
      if (parts.length > 1 && NerLexicon.isMemberRole(last)) return null; // "Harbourside MP": a role, no name
      Entity fresh = new Entity(freshId(), type, name);
      fresh.addMention(Span.of(text, ms, me));
      entities.add(fresh);
      return fresh;
    }

    /**
     * A bare family name ("Lee said", "Mr. Lee said") that two people named before it share (a father and son
     * "Harold Lee" and "David Lee"): the one a reader can tell, else none. The reader goes by the most recent
     * full-name mention of one of them in the cue's sentence or the one before (outside quotes), else by the
     * one the article names far more often so far (three mentions at least, twice as many as any namesake,
     * as writers give the secondary namesake the full name). {@code e} is the person the name was linked to.
     */
    private Entity namesakeReaderCanTell(Entity e, Mention m, int ms) {
      if (e.type() != EntityType.PERSON) return e;
      String word = null;
      Gender want = Gender.UNKNOWN;
      for (int k = m.first(); k <= m.last(); k++) {
        String h = c.lower(k);
        if (h.endsWith(".")) h = h.substring(0, h.length() - 1);
        if (FEMALE_HONORIFICS.contains(h)) want = Gender.FEMALE;
        else if (MALE_HONORIFICS.contains(h)) want = Gender.MALE;
        else if (c.mf().isCap(k) && !c.mf().isHonorific(k) && !TITLE_WORDS.contains(h)) {
          if (word != null || c.mf().isPossessive(k)) return e; // a full name (or more) tells them apart
          word = c.toks().get(k).text();
        }
      }
      if (word == null) return e;
      StringBuilder shownTitle = new StringBuilder();
      for (int k = m.first(); k <= m.last(); k++) {
        String h = c.lower(k);
        if (h.endsWith(".")) h = h.substring(0, h.length() - 1);
        if (c.mf().isHonorific(k) || FEMALE_HONORIFICS.contains(h) || MALE_HONORIFICS.contains(h)) continue;
        if (!TITLE_WORDS.contains(h)) break;
        shownTitle.append(shownTitle.length() == 0 ? "" : " ").append(h);
      }
      List<Entity> namesakes = new ArrayList<>();
      for (Entity f : entities) {
        if (f.type() != EntityType.PERSON) continue;
        String[] parts = f.name().split("\\s+");
        if (parts.length < 2 || !parts[parts.length - 1].equalsIgnoreCase(word)) continue;
        if (f != e && (f.mentions().isEmpty() || f.mentions().get(0).start() >= ms || !genderAgrees(f, want, ms))) continue;
        namesakes.add(f);
      }
      // "Anna Brisk and her son Peter Brisk ... Mrs. Brisk said": not the one linked, when of the other sex
      if (want != Gender.UNKNOWN && !genderAgrees(e, want, ms) && namesakes.size() >= 2) {
        namesakes.remove(e);
        if (namesakes.size() == 1) return namesakes.get(0);
        e = namesakes.get(0);
      }
      if (namesakes.size() < 2 || !namesakes.contains(e)) return e;
      // "Judge Ida Marsh ... her nephew, Councillor Paul Marsh ... Judge Marsh said": the one namesake who holds
      // the title written before the family name
      if (shownTitle.length() > 0) {
        Entity holder = null;
        int holders = 0;
        for (Entity f : namesakes) {
          for (String t : f.titles()) {
            if (t.toLowerCase(Locale.ROOT).equals(shownTitle.toString())) {
              holder = f;
              holders++;
              break;
            }
          }
        }
        if (holders == 1) return holder;
      }
      int sent = c.sentOf()[m.first()];
      int[] own = sentenceRange(sent);
      int from = own == null ? 0 : own[0];
      int[] prev = sent > 0 ? sentenceRange(sent - 1) : null;
      if (prev != null) from = prev[0];
      Entity nearest = null;
      int nearestAt = -1;
      int[] nearestTok = {-1};
      java.util.Map<Entity, Integer> before = new java.util.HashMap<>();
      for (Entity f : namesakes) {
        for (Span sp : f.mentions()) {
          if (sp.start() >= ms) continue;
          before.merge(f, 1, Integer::sum);
          int t = tokenAt(sp.start());
          if (t >= from && c.quoteOf()[t] < 0 && sp.text().trim().contains(" ") && sp.start() > nearestAt) {
            nearestAt = sp.start();
            nearest = f;
            nearestTok[0] = t;
          }
        }
      }
      // "Anna Brisk and her son Peter Brisk run the farm. “...,” Brisk said": both named in full in that sentence
      if (nearest != null) {
        int ns = c.sentOf()[nearestTok[0]];
        for (Entity f : namesakes) {
          if (f == nearest) continue;
          for (Span sp : f.mentions()) {
            int t = tokenAt(sp.start());
            if (sp.start() < ms && t < c.n() && c.sentOf()[t] == ns && c.quoteOf()[t] < 0 && sp.text().trim().contains(" ")) {
              nearest = null;
            }
          }
        }
        if (nearest == null) {
          ambiguousNames.add(m.first());
          return null;
        }
      }
      if (nearest != null) return nearest;
      Entity most = null;
      for (Entity f : namesakes) {
        int n = before.getOrDefault(f, 0);
        if (most == null || n > before.getOrDefault(most, 0)) most = f;
      }
      int top = before.getOrDefault(most, 0);
      boolean dominant = top >= 3;
      for (Entity f : namesakes) if (f != most && 2 * before.getOrDefault(f, 0) > top) dominant = false;
      if (dominant) return most;
      ambiguousNames.add(m.first());
      return null;
    }

    /** Bare family names left unresolved because two people share them (first tokens). */
    private final Set<Integer> ambiguousNames = new HashSet<>();

    /** True when the name was left unresolved because several people named so far share it. */
    boolean sharedByNamesakes(Mention m) {
      return ambiguousNames.contains(m.first());
    }

    private String freshId() {
      int k = entities.size() + 1;
      while (true) {
        String id = "e" + k;
        if (entities.stream().noneMatch(e -> e.id().equals(id))) return id;
        k++;
      }
    }

    /** A capitalised name that is not just a sentence-initial common word ("Officials said"). */
    /**
     * "The Coroner said", "the Chief Constable said": a capitalised office after "the" describes its holder; a
     * person's name takes no article, so no person is made of it (an organisation still may be).
     */
    private boolean afterDefiniteArticle(Mention m) {
      int f = m.first();
      return c.lower(f).equals("the") || f > 0 && c.lower(f - 1).equals("the") && c.sentOf()[f - 1] == c.sentOf()[f];
    }

    /** A capitalised name after "the" that no organisation word marks ("The Coroner"): an office, no speaker's name. */
    boolean officeWithArticle(Mention m, String mentionText) {
      return afterDefiniteArticle(m) && !isOrganisation(stripHonorifics(mentionText));
    }

    boolean looksProper(Mention m, String name) {
      if (name.length() < 2) return false;
      String text = c.doc().text();
      int first = m.first();
      boolean sentenceInitial = first == 0 || c.sentOf()[first - 1] != c.sentOf()[first]
          || c.quoteOf()[first - 1] >= 0;
      String[] parts = name.split("\\s+");
      if (parts.length >= 2 || c.mf().isHonorific(first)) return true;
      if (!sentenceInitial) return true;
      // A sentence-initial single word must also appear capitalised mid-sentence elsewhere.
      int from = 0;
      while (true) {
        int i = text.indexOf(name, from);
        if (i < 0) return false;
        if (i > 1 && Character.isLowerCase(firstLetterBefore(text, i))) return true;
        from = i + 1;
      }
    }

    private static char firstLetterBefore(String text, int i) {
      for (int k = i - 1; k >= 0; k--) {
        char ch = text.charAt(k);
        if (Character.isLetter(ch)) return ch;
        if (ch == '.' || ch == '\n') return 'A';
      }
      return 'A';
    }

    static boolean isOrganisation(String name) {
      for (String w : name.split("\\s+")) {
        if (ORG_WORDS.contains(w.toLowerCase(Locale.ROOT))) return true;
      }
      return name.length() >= 2 && name.length() <= 5 && name.chars().allMatch(ch -> Character.isUpperCase(ch));
    }

    /** Sentences with words outside quotes that a pronoun looks back over for its antecedent. */
    private static final int PRONOUN_WINDOW = 3;

    /**
     * "he"/"she": the person the pronoun can only mean. Looking back from the pronoun over its own sentence
     * and the {@value #PRONOUN_WINDOW} sentences before it (not counting sentences of quoted words only),
     * the nearest sentence that names a person of a compatible sex decides: its one such person, else the
     * first of them in subject position (the main clause's subject: "Lee said that Kim ..." is Lee; a name
     * before "'s" is no subject), else nobody (ambiguous). In the pronoun's own sentence only a subject
     * counts ("Asked about gifts from Lord Kay, he said" is not Kay). A sentence where the same pronoun comes
     * before anyone it could mean continues its antecedent and is looked through ("He funds ... He said",
     * "reported she liked Ann Lee"), up to {@value #MAX_CHAIN} sentences. People are their entity mentions
     * outside quotes and the speakers already resolved for earlier quotes ("said Ann Lee", "she said").
     * "it"/"they": only an organisation that is the first subject of the nearest sentence (with words outside
     * quotes); a description there ("the letter stated") or no subject ("After the vote, crowds of dockers
     * gathered") means nobody. "it" also takes the organisation speaking in that sentence's last, coordinated
     * clause ({@link #lastClauseOrganisation}); an organisation first subject loses to a later person speaking.
     */
    private Entity pronoun(Mention m, int ms) {
      String p = c.lower(m.first());
      if (p.equals("his")) p = "he";
      if (p.equals("her")) p = "she";
      if (p.equals("i") || p.equals("we")) return null;
      boolean personal = p.equals("he") || p.equals("she");
      if (!personal) return impersonal(m);
      pronounSure = false;
      Gender want = p.equals("she") ? Gender.FEMALE : Gender.MALE;
      Set<String> forms = want == Gender.FEMALE ? FEMALE_PRONOUNS : MALE_PRONOUNS;
      int own = c.sentOf()[m.first()];
      // "The harpist says she ... She said: “...” ... Ada Holm, 30, ...": a lead describing one person, who is named
      // only after the pronoun.
      if (!personNamedBefore(m.first())) {
        Entity ahead = namedAfterLead(m.first(), own, want);
        if (ahead != null) return ahead;
      }
      // "When the inspector finished the review of the sinking, he said ...": a fronted subordinate clause
      // led by a description of one unnamed person makes that person the likelier one meant, not anyone named
      // in the sentences before.
      int[] ownRange = sentenceRange(own);
      int fronted = ownRange != null && ownRange[0] + 1 < m.first() && SUBORDINATORS.contains(c.lower(ownRange[0]))
          ? descriptionBeforeVerb(ownRange[0] + 1, m.first(), want) : 0;
      if (fronted != 0) {
        // "Judge Ivo Kessler ... Although the judge praised the witness, he said ...": a "the ..." description that
        // the title and epithet rules read as one named person of the pronoun's sex is that person.
        return fronted == DEFINITE_LEAD ? leadingDescribedPerson(ownRange[0] + 1, m.first(), want) : null;
      }
      // "While Brandt admitted ..., Okoro insists he never said “...”": the named subject of the verb whose
      // complement the pronoun opens is the one it means, ahead of a subject earlier in the sentence.
      Entity governing = ownRange != null ? governingSubject(ownRange[0], m.first(), want) : null;
      if (governing != null) return governing;
      // "Ada Holm said she had dined with the envoy Ivo Tarn, and he had told her ...": a pronoun opening a clause
      // coordinated by "and" means the one person of its sex named in the clause before, even as no subject.
      // With several such people ("... met Ivo Tarn and Pavel Lund, and he said") it is none of them for sure.
      Set<Entity> coordinated = ownRange == null ? null : ofSexBeforeAnd(m.first(), ownRange, want);
      if (coordinated != null && !coordinated.isEmpty()) {
        return coordinated.size() == 1 ? coordinated.iterator().next() : null;
      }
      int counted = 0;
      int skipped = 0;
      boolean guessPassed = false; // a guessed sex or a noun of the pronoun's sex passed: no more skipping
      boolean guessedOut = false;
      Set<Entity> talkedAbout = new HashSet<>();
      // People named in the sentence of a description passed on the way back, who are not the one it stands for.
      Set<Entity> describedOthers = new HashSet<>();
      boolean viaDescription = false;
      Set<Entity> ownAside = new java.util.LinkedHashSet<>();
      for (int s = own, scanned = 0; s >= 0 && counted < PRONOUN_WINDOW && scanned < MAX_CHAIN; s--, scanned++) {
        int[] range = sentenceRange(s);
        if (range == null) continue;
        int to = s == own ? m.first() : range[1];
        List<int[]> found = new ArrayList<>();
        boolean passedGuess = false;
        boolean otherSexShown = false;
        for (int[] f : personMentionsIn(range[0], to)) {
          boolean subject = f[2] == 1 || isSubjectStart(nameRunStart(f[0])) && !followedByPossessive(f[0])
              || invertedSubject(nameRunStart(f[0])) || leadsUnnamedOthers(f[0], range[0])
              // "Ada Voss had been warned because she had written “...”": a name opening the pronoun's own sentence
              // before "has/had/have been" is its subject, not an aside to read past to someone named before.
              || s == own && perfectBeAfter(nameRunStart(f[0])) && !followedByPossessive(f[0]);
          // "Size is no concern for Orrin - Tomas Brecht always picked tall rowers - but stamina is": the subject
          // of an aside between dashes is not the sentence's.
          boolean aside = f[2] != 1 && (insideDashAside(f[0], range) || insideParentheses(f[0], range));
          if (subject && aside) subject = false;
          if (!genderAgrees(entities.get(f[1]), want)) {
            // A given name is only a guess at sex ("Sam", "Robin"): past such a subject (in a nearer
            // sentence), only a sole candidate.
            if (subject && s != own && sexGuessedFromNameOnly(entities.get(f[1]))) passedGuess = true;
            if (!sexGuessedFromNameOnly(entities.get(f[1]))) otherSexShown = true;
            // A lone family name of someone named as a relative may be another of the family ("her father,
            // Tom Lee ... Lee declared ... She"): past such a subject of the other sex, nobody is certain.
            if (subject && s != own && loneFamilyName(f[0], entities.get(f[1])) && namedAsKin(entities.get(f[1]))) {
              return null;
            }
            continue;
          }
          // In the pronoun's own sentence only a subject: "Asked about gifts from Lord X, he said" is not X.
          if (s == own && !subject) {
            ownAside.add(entities.get(f[1]));
            continue;
          }
          // "Ivo Brandt should “go now,” he said": Brandt is talked about in what "he" reports, so is not "he",
          // here or where named before.
          if (talkedAbout.contains(entities.get(f[1])) || describedOthers.contains(entities.get(f[1]))) continue;
          if (s == own && trailingReport(m.first(), range) && !SUBORDINATORS.contains(c.lower(range[0]))
              && !speaksItself(f[0], m.first())) {
            talkedAbout.add(entities.get(f[1]));
            continue;
          }
          found.add(new int[] {f[0], f[1], subject ? 1 : 0, aside ? 1 : 0});
        }
        // "Ann Lee's lawyer spoke ... “...,” he said": the sentence's subject is someone in a role of the
        // person named, unnamed, and the likelier one meant.
        if (s != own && possessedRoleSubject(range[0], to, want)) return null;
        // "A former minister told reporters he ...", "After talks with Ann Lee, the union chief told ...":
        // an unnamed person leading a nearer sentence is the likelier one meant than a person named further
        // back or only as an object there; a definite description may be an epithet of someone named before,
        // so it stops the pronoun only past a name that is no subject.
        // "A reporter asked Dana Ruiz whether she would run": the one asked answers, whoever asks.
        boolean opens = s != own && anySubject(found) && descriptionOpensBefore(range[0], to, want, found);
        if (s != own && (!anySubject(found) || opens) && !anyAskedAQuestion(found)) {
          int lead = unnamedPersonLeads(range[0], to, want);
          // "Mayor Ida Strand opened the bridge. Despite the rain, the mayor praised the builders. “...,” she said":
          // a leading "the ..." that the epithet and title rules read as one named person of the pronoun's sex is
          // that person, the subject of the nearer sentence.
          Entity described = lead == DEFINITE_LEAD ? leadingDescribedPerson(range[0], to, want) : null;
          if (described != null) {
            pronounSure = false;
            return counted + 1 + skipped > PRONOUN_WINDOW && sexShown(described, want) != SEX_SHOWN ? null : described;
          }
          if (lead == INDEFINITE_LEAD) return null;
          if (lead == DEFINITE_LEAD) {
            // "Ivo Castell met the press. The carmaker's chairman said that Ana Ruiz would test it. “...,” he said":
            // a description new to the article, subject of the nearer sentence, stands for someone named before;
            // the people named in its own sentence are someone else, and the one it stands for must be the only
            // person of a possible sex in the nearest sentence that names any.
            int description = newDescriptionOfNamed(range[0], to, want);
            if (description == OTHER_DESCRIPTION || description == 0 && !found.isEmpty() && !opens) return null;
            if (description == NEW_DESCRIPTION) {
              for (int[] f : found) describedOthers.add(entities.get(f[1]));
              viaDescription = true;
              if (hasWordOutsideQuotes(range[0], to)) counted++;
              continue;
            }
          }
        }
        // The same pronoun before anyone it could mean continues its antecedent ("He funds ... He said").
        if (s != own && samePronounBefore(range[0], found.isEmpty() ? to : found.get(0)[0], forms)
            && !cataphoric(range[0], found)) {
          // "Kell-Ostrova was flagged because she ...": a name opening the sentence that is no known person may be
          // the one the pronoun means, so the chain is not followed past it.
          if (unknownNameOpens(range[0], to, forms)) return null;
          // "Once she reached the bend, the crowd rose for Ada Holm": a pronoun in a fronted subordinate clause may
          // mean the person named after its comma, even as no subject, so whom it continues is not certain.
          if (!found.isEmpty() && pronounInClauseBeforeName(range[0], found.get(0)[0], forms)) return null;
          continue;
        }
        // "Ann Roe had surgery. Her son Ivo Dahl, a director, recalls it. “...,” he said. “...,” Dahl laughed. The
        // actress kept working. “...,” she said": a nearer sentence whose only people are shown by the article itself
        // (pronouns, honorifics, a gendered role) to be of the other sex is read past like one without people and
        // does not use up the window (up to {@value #OTHER_SEX_SKIPS} such sentences); none is, once a person whose
        // sex is only guessed from a given name or a noun of the pronoun's sex outside quotes ("his wife") has been
        // passed.
        if (hasWordOutsideQuotes(range[0], to)) {
          guessPassed |= passedGuess || sexNounOutsideQuotes(range[0], to, want);
          if (s != own && found.isEmpty() && otherSexShown && !guessPassed && skipped < OTHER_SEX_SKIPS) {
            skipped++;
          } else {
            counted++;
          }
        }
        Entity only = null;
        boolean several = false;
        Entity subject = null;
        for (int[] f : found) {
          Entity e = entities.get(f[1]);
          if (only == null) only = e;
          else if (only != e) several = true;
          if (subject == null && f[2] == 1) subject = e;
        }
        if (only == null) {
          // "A security official said ... “...,” he said": an unnamed person speaking in the nearest sentence
          // may be the one meant, so a person named further back is not certain.
          if (s != own && hasWordOutsideQuotes(range[0], to) && unnamedPersonSpeaks(range[0], to)) return null;
          guessedOut |= passedGuess;
          continue;
        }
        if (several && guessedOut) return null;
        // Past a description, one person of a possible sex only: "Ann Berg praised Lia Moss. The 24-year-old said ...";
        // others named only as a possessor ("Ann Berg, who wrote Lia Moss's songs, ...") leave the subject.
        if (several && viaDescription && (subject == null || !othersOnlyPossessors(found, subject))) return null;
        Entity chosen = several ? subject : only;
        // "Pay is no worry for Orrin - his rival Tomas Brecht took none - but time is": with no subject, a person
        // named only in an aside between dashes or in parentheses does not compete with the one person named
        // outside it.
        if (several && chosen == null) chosen = onlyOutsideAside(found);
        // "Tomas Reyl met Anna Lind at the station. “...,” she said": a subject of unknown sex does not win over the
        // one other person in the sentence, shown to be of the pronoun's sex; only hinted at by the name: nobody.
        if (chosen != null && sexShown(chosen, want) == SEX_UNSHOWN && plainEvent(range[0], to)) {
          Set<Entity> others = new java.util.LinkedHashSet<>();
          int[] other = null;
          for (int[] f : found) {
            if (entities.get(f[1]) != chosen && others.add(entities.get(f[1]))) other = f;
          }
          // In the pronoun's own sentence a person who is no subject is not meant ("Asked about Lady Kemble, she
          // said"), but makes an unknown subject uncertain ("Tomas Reyl waved to Anna Lind, and she said").
          if (s == own) others.addAll(ownAside);
          others.remove(chosen);
          int shown = others.size() == 1 ? sexShown(others.iterator().next(), want) : SEX_UNSHOWN;
          if (shown == SEX_HINTED || shown == SEX_SHOWN && (other == null || followedByPossessive(other[0]))) {
            return null;
          }
          if (shown == SEX_SHOWN) {
            chosen = entities.get(other[1]);
            several = false;
          }
        }
        // Past the person a trailing report talks about, only someone already quoted is likely enough the
        // reporter ("“Go,” spokesman Ivo Brandt said. Lee should resign, he said"): anyone else may not speak at all.
        if (!talkedAbout.isEmpty() && !spokeBefore(chosen, m.first())) return null;
        // Picked as the subject among several people of a possible sex: not evidence of that person's sex.
        pronounSure = !several;
        int at = -1;
        for (int[] f : found) if (entities.get(f[1]) == chosen) at = f[0];
        // "Ann Lind and Eva Moss wrote the play. “...,” she said": two coordinated subjects, neither alone.
        if (several && chosen != null && coordinatedWithRival(found, chosen)) return null;
        // "The teacher added that Ann Lind was in hospital. She said: “...”": named only in what someone else
        // (an unnamed person, or a name that is no one the pronoun could not mean) reported, not the one meant.
        if (s != own && chosen != null && reportedByOther(range[0], to, chosen, want)) return null;
        // "I ask whether Premier Ann Lind can win again. “...,” he says": named in the writer's own question, the
        // topic of the interview, not the one answering it.
        // "When I met Ann Lind, I asked whether Premier Eva Moss could hold on. “...,” she replied": the one the
        // writer meets or sits with in the clause before that question is the one answering it.
        if (s != own && at >= 0 && inWritersQuestion(range[0], at)) {
          pronounSure = false;
          return counted + skipped > PRONOUN_WINDOW ? null : metBeforeQuestion(found, chosen, range[0], at);
        }
        // “Mr Pell must go by spring,” the mayor added. He also said ...: quoted words between the antecedent and the
        // pronoun that name that person in the third person make someone else the likelier one meant.
        if (chosen != null && namedInQuotesBetween(chosen, at, m.first())) {
          // "Kim Quist talked Pavel Dorn into the job. “Quist never gives up,” he said": the subject so named is
          // talked about; the one other person of the pronoun's sex named in that sentence is the one meant.
          Entity other = several && s != own && subject == chosen && talkedAbout.isEmpty()
              ? otherThanNamedSubject(found, chosen, range[0], to, m.first(), want) : null;
          pronounSure = false;
          return other;
        }
        // "She went out after a tie-break with Robin Ortiz. Robin had won two rounds. She said: “...”": the same pronoun as the
        // subject of a clause that names the chosen person after it is someone else; with nothing in the article
        // stating the chosen person's sex, that someone else is as likely the one meant.
        if (s != own && chosen != null && genderAgrees(chosen, Gender.FEMALE) && genderAgrees(chosen, Gender.MALE)
            && samePronounOpensWith(s, chosen, p)) {
          return null;
        }
        // Read past people of the other sex, only someone the article shows to be of the pronoun's sex: "Ivo Ford
        // published nine novels. “...,” said Lee Moss, who edited two. The poet Ann Lund told me how to read them.
        // “...,” she said. When readers asked him, he would answer, “...”" is not Moss. (Within the plain window
        // nothing changes.)
        if (counted + skipped > PRONOUN_WINDOW && chosen != null && sexShown(chosen, want) != SEX_SHOWN) return null;
        return chosen;
      }
      return null;
    }

    /** Nearer sentences naming only people of the other sex that a "he"/"she" reads past without counting them. */
    private static final int OTHER_SEX_SKIPS = 3;

    /** True when a role noun or epithet of sex {@code want} ("wife", "actress") stands outside quotes in {@code [from, to)}. */
    private boolean sexNounOutsideQuotes(int from, int to, Gender want) {
      Set<String> nouns = want == Gender.FEMALE ? FEMALE_ROLE_NOUNS : MALE_ROLE_NOUNS;
      Set<String> epithets = want == Gender.FEMALE ? FEMALE_EPITHETS : MALE_EPITHETS;
      for (int k = from; k < to; k++) {
        if (c.quoteOf()[k] >= 0) continue;
        String w = c.lower(k);
        if (nouns.contains(w) || epithets.contains(w)) return true;
      }
      return false;
    }

    /** Sentences with words outside quotes after a pronoun's own within which a lead's person must be named. */
    private static final int CATAPHORA_WINDOW = 4;

    /** True when any person's name (in quotes or not) starts before token {@code p}. */
    private boolean personNamedBefore(int p) {
      for (Entity e : entities) {
        if (e.type() != EntityType.PERSON) continue;
        for (Span sp : e.mentions()) if (tokenAt(sp.start()) < p && !bylineName(tokenAt(sp.start()))) return true;
      }
      return false;
    }

    /**
     * Whether the name at token {@code t} is a byline's ("By Martha Quill" opening its line or sentence): the
     * writer, who is no one the article's pronouns or quotes refer to.
     */
    private boolean bylineName(int t) {
      int by = t - 1;
      return by >= 0 && c.lower(by).equals("by") && c.quoteOf()[by] < 0 && (by == 0 || c.sentOf()[by - 1] != c.sentOf()[by]);
    }

    /**
     * "The harpist from Lowmoor says she practises at dawn. She explained: “...” ... Ada Holm, 30, ...": with no one
     * named before the pronoun at {@code p} (in sentence {@code own}), and the article's lead (its first sentence
     * that ends like one and is no "By ..." line) led by a "the ..." description of one person by an epithet or age
     * (no office, no one defined by another), the person the pronoun means is the first person of its sex named
     * after it: within {@value #CATAPHORA_WINDOW} sentences, as the subject of that sentence, and the only person
     * of that sex named from the pronoun to the sentence after, its sex shown or stated by a pronoun there and no
     * other role or relation given with the name ("Grace Lund, the band's manager,"). No unnamed person of another
     * kind may lead a sentence between the lead and the pronoun ("A spokeswoman said ...").
     */
    private Entity namedAfterLead(int p, int own, Gender want) {
      int lead = -1;
      String leadNoun = null;
      for (int s = 0; s <= own && lead < 0; s++) {
        int[] r = sentenceRange(s);
        if (r == null || !hasWordOutsideQuotes(r[0], r[1])) continue;
        if (c.lower(r[0]).equals("by") || !endsLikeSentence(r)) continue;
        lead = s;
      }
      if (lead < 0) return null;
      for (int s = lead; s <= own; s++) {
        int[] r = sentenceRange(s);
        if (r == null) continue;
        int to = s == own ? p : r[1];
        if (s == lead) {
          int head = leadEpithetHead(r[0], to, want);
          if (head < 0) return null;
          leadNoun = c.lower(head);
          // "The harbour commissioner says he ...": an office has a holder the article may never name; an epithet for a
          // performer, player or an age does not.
          if (!EPITHET_NOUNS.contains(leadNoun) && !AGE_NOUN.matcher(leadNoun).matches()) return null;
          continue;
        }
        if (unnamedPersonSpeaks(r[0], to) || otherUnnamedLeads(r[0], to, want)) return null;
      }
      Entity target = null;
      int counted = 0;
      int last = c.sentOf()[c.n() - 1];
      for (int s = own; s <= last; s++) {
        int[] r = sentenceRange(s);
        if (r == null) continue;
        if (s != own && hasWordOutsideQuotes(r[0], r[1])) counted++;
        if (target == null && counted > CATAPHORA_WINDOW) return null;
        for (int[] f : personMentionsIn(s == own ? p + 1 : r[0], r[1])) {
          Entity e = entities.get(f[1]);
          if (!genderAgrees(e, want)) continue;
          if (target == null) {
            int run = nameRunStart(f[0]);
            boolean subject = isSubjectStart(run) && !followedByPossessive(f[0]) && !insideDashAside(f[0], r)
                && !insideParentheses(f[0], r);
            // "Jo Pell, her manager, said ...": someone defined by the pronoun's person is someone else.
            int end = appositionEnd(f[0], r);
            if (!subject || s == own || pronounOfSexUpTo(r[0], end, want)) return null;
            // "Manager Tom Reed, 50, ...", "Tom Reed, the club's manager, ...": a role other than the lead's is someone else.
            if (otherRoleUpTo(r[0], end, leadNoun)) return null;
            // Its sex shown, hinted by the given name, or stated by the first pronoun after the name there.
            if (sexShown(e, want) == SEX_UNSHOWN && firstPronounSexAfter(nameRunEnd(f[0]) + 1, r[1]) != want) {
              return null;
            }
            target = e;
          } else if (e != target) {
            return null;
          }
        }
        // the sentence after the one naming the person is looked at for a rival of that sex too
        if (target != null && s > c.sentOf()[firstMentionAfter(target, p)] && hasWordOutsideQuotes(r[0], r[1])) break;
      }
      if (target != null) pronounSure = false;
      return target;
    }

    /** True when a word for a person's role or relation other than {@code noun} stands outside quotes in {@code [from, to]}. */
    private boolean otherRoleUpTo(int from, int to, String noun) {
      for (int k = from; k <= to && k < c.n(); k++) {
        if (c.quoteOf()[k] >= 0) continue;
        String w = c.lower(k);
        if (w.equals(noun)) continue;
        if (isPersonRoleNoun(w) || EPITHET_NOUNS.contains(w) || BOSS_NOUNS.contains(w) || TITLE_WORDS.contains(w)
            || LEADER_TITLE_WORDS.contains(w) || RELATIONAL_NOUNS.contains(w) || KIN_NOUNS.contains(w)
            || FEMALE_ROLE_NOUNS.contains(w) || MALE_ROLE_NOUNS.contains(w) || UNNAMED_ROLE_NOUNS.contains(w)) {
          return true;
        }
      }
      return false;
    }

    /** The sex of the first third-person singular pronoun outside quotes in {@code [from, to)}, else UNKNOWN. */
    private Gender firstPronounSexAfter(int from, int to) {
      for (int k = from; k < to; k++) {
        if (c.quoteOf()[k] >= 0) continue;
        if (FEMALE_PRONOUNS.contains(c.lower(k))) return Gender.FEMALE;
        if (MALE_PRONOUNS.contains(c.lower(k))) return Gender.MALE;
      }
      return Gender.UNKNOWN;
    }

    /** The token of the first mention of {@code e} at or after token {@code p}. */
    private int firstMentionAfter(Entity e, int p) {
      int best = c.n() - 1;
      for (Span sp : e.mentions()) {
        int t = tokenAt(sp.start());
        if (t >= p && t < best) best = t;
      }
      return best;
    }

    /** The last token of a comma-delimited apposition after the name at {@code name} ("Jo Pell, her manager,"), else the name's end. */
    private int appositionEnd(int name, int[] r) {
      int j = nameRunEnd(name) + 1;
      if (j >= r[1] || !c.toks().get(j).norm().equals(",")) return j - 1;
      for (int k = j + 1; k < r[1] && k - j < 20; k++) if (c.toks().get(k).norm().equals(",")) return k;
      return j - 1;
    }

    /** True when a pronoun of sex {@code want} stands outside quotes in {@code [from, to]}. */
    private boolean pronounOfSexUpTo(int from, int to, Gender want) {
      Set<String> forms = want == Gender.FEMALE ? FEMALE_PRONOUNS : MALE_PRONOUNS;
      for (int k = from; k <= to && k < c.n(); k++) if (c.quoteOf()[k] < 0 && forms.contains(c.lower(k))) return true;
      return false;
    }

    /** True when the sentence {@code r} ends in ".", "!" or "?" (before closing quotes): no heading. */
    private boolean endsLikeSentence(int[] r) {
      for (int k = r[1] - 1; k >= r[0]; k--) {
        String w = c.toks().get(k).norm();
        if (w.equals(".") || w.equals("!") || w.equals("?") || w.endsWith(".")) return true;
        if (!w.equals("\"") && !w.equals("”") && !w.equals("’") && !w.equals("'") && !w.equals("''")) return false;
      }
      return false;
    }

    /**
     * The head of a "the ..." description of one person opening {@code [from, to)} as its subject, a title, epithet
     * or age new to the article ("The 'Paper Kites' singer says ..."); words of a quoted title may stand before
     * the head. -1 when there is none.
     */
    private int leadEpithetHead(int from, int to, Gender want) {
      if (!c.lower(from).equals("the")) return -1;
      int head = descriptionHead(from, to, want);
      if (head < 0) {
        for (int k = from + 1; k < to && k - from <= 8; k++) {
          if (c.person()[k]) return -1;
          if (c.quoteOf()[k] >= 0 || c.inTitle()[k] || !c.mf().isWord(k) || c.mf().isCap(k)) continue;
          int v = k + 1;
          while (v < to && isAdverb(c, v)) v++;
          if (v >= to || c.quoteOf()[v] >= 0 || !verbLike(v)) continue;
          String noun = c.lower(k);
          boolean other = (want == Gender.FEMALE ? MALE_ROLE_NOUNS : FEMALE_ROLE_NOUNS).contains(noun)
              || (want == Gender.FEMALE ? MALE_EPITHETS : FEMALE_EPITHETS).contains(noun);
          if (!singular(noun).equals(noun) || !personNoun(noun) || other) return -1;
          head = k;
          break;
        }
      }
      return head >= 0 && newDescription(from, head) == NEW_DESCRIPTION ? head : -1;
    }

    /**
     * True when {@code [from, to)} is led by a description of an unnamed person other than a lead's epithet: an
     * indefinite one ("A spokeswoman said"), or a "the ..." one of someone defined by another or seldom named.
     */
    private boolean otherUnnamedLeads(int from, int to, Gender want) {
      int[] d = leadingDescription(from, to, want);
      return d != null && (!c.lower(d[0]).equals("the") || roleOfOtherOrUnnamed(d[0], d[1]));
    }

    /**
     * The first description ({@link #descriptionHead}) that opens {@code [from, to)} or a clause after a comma in it,
     * before any quoted word: {its first token, its head}; null when there is none.
     */
    private int[] leadingDescription(int from, int to, Gender want) {
      for (int p = from; p < to; p++) {
        if (c.quoteOf()[p] >= 0) return null;
        if (p > from && !c.toks().get(p - 1).norm().equals(",")) continue;
        int head = descriptionHead(p, to, want);
        if (head >= 0) return new int[] {p, head};
      }
      return null;
    }

    /**
     * Whether the description from {@code p} to its head {@code head} is of someone defined by another or seldom
     * named (spokesman, lawyer, wife, resident ...) or carries a contrastive modifier ("the other coach").
     */
    private boolean roleOfOtherOrUnnamed(int p, int head) {
      String noun = c.lower(head);
      if (RELATIONAL_NOUNS.contains(noun) || KIN_NOUNS.contains(noun) || UNNAMED_ROLE_NOUNS.contains(noun)
          || noun.startsWith("spokes")) {
        return true;
      }
      for (int k = p + 1; k < head; k++) if (CONTRASTIVE_MODIFIERS.contains(c.lower(k))) return true;
      return false;
    }

    /**
     * The person whose name is the subject of the verb right before the pronoun at {@code p} (an optional "that"
     * between them, an optional auxiliary or adverb between name and verb): "Okoro insists he ...", "Okoro has
     * said that he ...". Null unless that name is a clause's subject, outside quotes, of the pronoun's possible
     * sex; the verb is a lower-case word tagged as a verb.
     */
    private Entity governingSubject(int sentenceStart, int p, Gender want) {
      int v = p - 1;
      if (v > sentenceStart && c.lower(v).equals("that")) v--;
      if (v <= sentenceStart || c.quoteOf()[v] >= 0 || !isVerb(v)) return null;
      int end = v - 1;
      if (end > sentenceStart && (AUXILIARIES.contains(c.lower(end)) || MentionFinder.SKIPPABLE.contains(c.lower(end)))) {
        end--;
      }
      if (end < sentenceStart || c.quoteOf()[end] >= 0) return null;
      for (int[] f : personMentionsIn(sentenceStart, end + 1)) {
        if (nameRunEnd(f[0]) != end) continue;
        Entity e = entities.get(f[1]);
        int run = nameRunStart(f[0]);
        boolean subject = f[2] == 1 || isSubjectStart(run) && !followedByPossessive(f[0]);
        return subject && genderAgrees(e, want) ? e : null;
      }
      return null;
    }

    private boolean isVerb(int i) {
      String pos = c.toks().get(i).pos();
      return pos != null && pos.startsWith("VB") && c.mf().isWord(i) && !c.mf().isCap(i);
    }

    /**
     * "Omar Siddiq and others said they ...": the only person named in a subject completed by "and others" is
     * that clause's subject for a personal pronoun (the others are no one it could name). True when the name at
     * {@code name} opens a clause of the sentence starting at {@code sentenceStart} and "and others" and a verb follow.
     */
    private boolean leadsUnnamedOthers(int name, int sentenceStart) {
      int run = nameRunStart(name);
      int j = nameRunEnd(name) + 1;
      if (!clauseStart(run, sentenceStart) || j + 2 >= c.n() || c.sentOf()[j + 2] != c.sentOf()[name]) return false;
      if (!c.lower(j).equals("and") || !c.lower(j + 1).equals("others") || c.quoteOf()[j + 2] >= 0) return false;
      String w = c.toks().get(j + 2).text();
      return Character.isLowerCase(w.charAt(0)) && !MentionFinder.STOP.contains(c.lower(j + 2))
          || SpeechVerbs.isSpeechVerb(c.lower(j + 2)) || AUXILIARIES.contains(c.lower(j + 2));
    }

    /**
     * True when the pronoun at {@code p} and its speech verb come after a comma or quoted words and close the
     * sentence or a parenthesis ("..., he said at noon." "Brandt, he said, was ..."): the words before them are what
     * the pronoun's person reports, and a person named there as its subject is someone else ("Ivo Brandt should
     * step aside, he said": "he" could be Brandt only as "himself" or "I"). A sentence opening with a fronted
     * subordinate clause ("When Ann Lee arrived, ...") is left alone: its subject may well be the pronoun's.
     */
    private boolean trailingReport(int p, int[] range) {
      if (p <= range[0] || p + 1 >= range[1]) return false;
      boolean afterBreak = c.toks().get(p - 1).norm().equals(",") || c.quoteOf()[p - 1] >= 0;
      if (!afterBreak || !SpeechVerbs.isSpeechVerb(c.lower(p + 1))) return false;
      // A short adjunct may follow ("he said at noon.", "she told the crowd,"), but no clause of its own.
      for (int k = p + 2; k < range[1] && k <= p + 2 + MAX_REPORT_ADJUNCT; k++) {
        String w = c.toks().get(k).norm();
        if (w.equals(",") || w.equals(".") || w.equals(";")) return true;
        if (c.quoteOf()[k] >= 0 || w.equals(":") || c.lower(k).equals("that")) return false;
      }
      return p + 2 + MAX_REPORT_ADJUNCT >= range[1];
    }

    /**
     * True when the sentence {@code s} or the one before it opens with the personal pronoun {@code p} ("he"/"she")
     * as its subject and names {@code chosen} later, outside quotes ("She went out after a tie-break with Robin Ortiz"): the
     * pronoun there means someone other than {@code chosen}.
     */
    private boolean samePronounOpensWith(int s, Entity chosen, String p) {
      for (int t = Math.max(0, s - 1); t <= s; t++) {
        int[] range = sentenceRange(t);
        if (range == null || !c.lower(range[0]).equals(p)) continue;
        for (int[] f : personMentionsIn(range[0] + 1, range[1])) {
          if (entities.get(f[1]) == chosen) return true;
        }
      }
      return false;
    }

    /**
     * True when token {@code k} lies between two dashes of its sentence {@code range}, outside quotes: inside an
     * aside ("Size - Tomas Brecht picked the tallest - is ..."), not after a single dash that opens the rest of it.
     */
    private boolean insideDashAside(int k, int[] range) {
      int before = 0;
      for (int i = range[0]; i < k; i++) if (c.quoteOf()[i] < 0 && isDash(c.toks().get(i).text())) before++;
      if (before % 2 == 0) return false;
      for (int i = k + 1; i < range[1]; i++) if (c.quoteOf()[i] < 0 && isDash(c.toks().get(i).text())) return true;
      return false;
    }

    /**
     * {@link #pronoun}: when the personal pronoun at {@code p} opens a clause coordinated by "and" (", and he had
     * told ...") after a clause with a verb of its own in the sentence {@code range}, the people named before it
     * there (outside quotes, as subject or not) who could be of sex {@code want}: not shown or hinted to be of the
     * other sex nor saying "she"/"he" of themselves ("Ada Holm said she ..."). Null when the clause holds a pronoun
     * of that sex or is led by an unnamed person, who may be the one meant.
     */
    private Set<Entity> ofSexBeforeAnd(int p, int[] range, Gender want) {
      String w = c.lower(p);
      if (!w.equals("he") && !w.equals("she") || p - 1 <= range[0] || !c.lower(p - 1).equals("and")
          || c.quoteOf()[p - 1] >= 0) {
        return null;
      }
      int and = p - 1;
      boolean verb = false;
      Set<String> forms = want == Gender.FEMALE ? FEMALE_PRONOUNS : MALE_PRONOUNS;
      for (int k = range[0]; k < and; k++) {
        if (c.quoteOf()[k] >= 0) continue;
        if (verbLike(k)) verb = true;
        // "She admitted she owed Dara Quill, and she said ...": the same pronoun before may mean someone not named
        if (forms.contains(c.lower(k))) return null;
      }
      // "The envoy met Ivo Tarn, and he said ...": an unnamed person leading the clause may be the one meant
      if (!verb || unnamedPersonLeads(range[0], and, want) != 0) return null;
      Gender other = want == Gender.FEMALE ? Gender.MALE : Gender.FEMALE;
      Set<Entity> out = new java.util.LinkedHashSet<>();
      Set<Entity> ruledOut = new HashSet<>();
      for (int[] f : personMentionsIn(range[0], and)) {
        Entity e = entities.get(f[1]);
        if (sexShown(e, want) == SEX_OTHER || sexShown(e, other) == SEX_HINTED || reportsOfSelf(f[0], and, other)) {
          ruledOut.add(e);
        } else {
          out.add(e);
        }
      }
      out.removeAll(ruledOut);
      return out;
    }

    /**
     * "Ada Holm said she had ...": the name at {@code name} is followed (before {@code to}) by its own speech verb,
     * an optional "that" and the subject pronoun of sex {@code sex}, which tells of that person.
     */
    private boolean reportsOfSelf(int name, int to, Gender sex) {
      int v = nameRunEnd(name) + 1;
      if (v >= to || c.quoteOf()[v] >= 0 || !SpeechVerbs.isSpeechVerb(c.lower(v))) return false;
      int k = v + 1;
      if (k < to && c.lower(k).equals("that")) k++;
      return k < to && c.quoteOf()[k] < 0 && c.lower(k).equals(sex == Gender.FEMALE ? "she" : "he");
    }

    /**
     * {@link #pronoun}: the one person of {@code found} (in the sentence {@code [from, to)}) other than {@code subject}
     * (whom the quoted words before {@code quotesTo} name in the third person), when that person could be of sex
     * {@code want} (not even hinted to be of the other), is not named in those quotes either, not reported on by
     * someone else and not named in the writer's own question; null when none or several.
     */
    private Entity otherThanNamedSubject(List<int[]> found, Entity subject, int from, int to, int quotesTo,
        Gender want) {
      Entity other = null;
      int at = -1;
      for (int[] f : found) {
        Entity e = entities.get(f[1]);
        if (e == subject || e == other) continue;
        if (other != null) return null;
        other = e;
        at = f[0];
      }
      Gender otherSex = want == Gender.FEMALE ? Gender.MALE : Gender.FEMALE;
      if (other == null || sexShown(other, otherSex) == SEX_HINTED || namedInQuotesBetween(other, at, quotesTo)
          || inWritersQuestion(from, at)) {
        return null;
      }
      return reportedByOther(from, to, other, want) ? null : other;
    }

    /**
     * The one person of {@code found} with a mention outside an aside (between dashes or in parentheses) when every
     * other one is named only inside asides; null when none or several are named outside them.
     */
    private Entity onlyOutsideAside(List<int[]> found) {
      Set<Entity> outside = new java.util.LinkedHashSet<>();
      int at = -1;
      for (int[] f : found) {
        if (f[3] == 0 && outside.add(entities.get(f[1]))) at = f[0];
      }
      if (outside.size() != 1) return null;
      // "for Orrin or Falk - ...": joined to another name that is no person known here, not the only one
      int before = nameRunStart(at) - 1;
      int after = nameRunEnd(at) + 1;
      if (before > 0 && COORDINATING.contains(c.lower(before)) && c.mf().isCap(before - 1)
          || after + 1 < c.n() && COORDINATING.contains(c.lower(after)) && c.mf().isCap(after + 1)) {
        return null;
      }
      return outside.iterator().next();
    }

    /** True when token {@code k} lies inside parentheses of its sentence {@code range}, outside quotes. */
    private boolean insideParentheses(int k, int[] range) {
      int depth = 0;
      for (int i = range[0]; i < k; i++) {
        if (c.quoteOf()[i] >= 0) continue;
        String w = c.toks().get(i).norm();
        if (w.equals("(")) depth++;
        else if (w.equals(")") && depth > 0) depth--;
      }
      if (depth == 0) return false;
      for (int i = k + 1; i < range[1]; i++) if (c.quoteOf()[i] < 0 && c.toks().get(i).norm().equals(")")) return true;
      return false;
    }

    /** True when {@code e} is the resolved speaker of a quote cued before token {@code before}. */
    private boolean spokeBefore(Entity e, int before) {
      for (int[] r : resolvedSpeakers) if (r[0] < before && speakerEntities.get(r[1]) == e) return true;
      return false;
    }

    /** Words a trailing "he said" may take before the sentence's end ("at noon", "to the crowd"). */
    private static final int MAX_REPORT_ADJUNCT = 5;

    /** True when the name at {@code name} is followed by a speech verb of its own before {@code to} ("Ann Lee said, ..."). */
    private boolean speaksItself(int name, int to) {
      int v = nameRunEnd(name) + 1;
      if (v < to && SpeechVerbs.isSpeechVerb(c.lower(v))) return true;
      // "Ivo Marsh hit back: “...,” he wrote": a few lower-case words and a colon that opens the quote
      for (int k = v; k < to && k <= v + MAX_COLON_LEAD; k++) {
        if (c.quoteOf()[k] >= 0 || !c.mf().isWord(k) || c.mf().isCap(k) || c.mf().isPronoun(k)) {
          return k > v && c.toks().get(k).norm().equals(":") && k + 1 < to && c.quoteOf()[k + 1] >= 0;
        }
      }
      return false;
    }

    /** Lower-case words between a name and the colon that opens its own quote ("Ann Lee hit back:"). */
    private static final int MAX_COLON_LEAD = 3;

    /** Informal nouns for whoever leads a team or firm, which {@link #personNoun} does not know by ending. */
    private static final Set<String> BOSS_NOUNS = MentionFinder.words("boss", "chief", "supremo");

    private static final int DEFINITE_LEAD = 1;
    private static final int INDEFINITE_LEAD = 2;

    private static boolean anySubject(List<int[]> found) {
      for (int[] f : found) if (f[2] == 1) return true;
      return false;
    }

    /**
     * Whether the main clause of the sentence {@code [from, to)} has a description of one unnamed person as its
     * subject: an article, up to five modifiers and a singular person noun right before the first finite verb,
     * at the sentence start or after a fronted phrase's comma, with no person named in it ("A former finance
     * minister told ...", "Despite the rumours, the club's boss has insisted ..."). Returns
     * {@link #INDEFINITE_LEAD} for "a/an/another ...", {@link #DEFINITE_LEAD} for "the ...", else 0. A noun of
     * the other sex than the pronoun's ("a woman" for "he") is no rival.
     */
    private int unnamedPersonLeads(int from, int to, Gender want) {
      for (int p = from; p < to; p++) {
        if (c.quoteOf()[p] >= 0) return 0;
        if (p > from && !c.toks().get(p - 1).norm().equals(",")) continue;
        int lead = descriptionBeforeVerb(p, to, want);
        if (lead != 0) return lead;
      }
      return 0;
    }

    /**
     * The named person that the description {@link #unnamedPersonLeads} finds as a "the ..." subject of
     * {@code [from, to)} stands for, by the rules that read such a description as a speaker ({@link #nominal}:
     * a title the person holds, an epithet shown for the salient person, an age given): "the mayor" after
     * "Mayor Ida Strand"; null when they name no one or a person of the other sex.
     */
    private Entity leadingDescribedPerson(int from, int to, Gender want) {
      int[] d = leadingDescription(from, to, want);
      if (d == null || !c.lower(d[0]).equals("the")) return null;
      Entity e = nominal(new Mention(d[0], d[1], Kind.NOMINAL), c.toks().get(d[0]).start(), c.toks().get(d[1]).end());
      return e != null && e.type() == EntityType.PERSON && genderAgrees(e, want) ? e : null;
    }

    /**
     * "The carmaker's chairman said that Ana Ruiz would ...": the sentence {@code [from, to)} opens with a "the ..."
     * description as its subject and names people ({@code found}) only after it, in that subject's own clause.
     */
    private boolean descriptionOpensBefore(int from, int to, Gender want, List<int[]> found) {
      if (found.isEmpty() || !c.lower(from).equals("the")) return false;
      int head = descriptionHead(from, to, want);
      return head >= 0 && found.get(0)[0] > head;
    }

    /** True when every mention in {@code found} of someone other than {@code chosen} is followed by "'s". */
    private boolean othersOnlyPossessors(List<int[]> found, Entity chosen) {
      for (int[] f : found) if (entities.get(f[1]) != chosen && !followedByPossessive(f[0])) return false;
      return true;
    }

    /** Nouns for people a news writer seldom names, or names only as defined by someone else. */
    private static final Set<String> UNNAMED_ROLE_NOUNS = MentionFinder.words(
        "resident", "reporter", "journalist", "correspondent", "bystander", "onlooker", "eyewitness", "passer-by",
        "worker", "staffer", "employee", "volunteer", "caller", "listener", "viewer", "reader", "customer", "patient");

    /**
     * Whether the "the ..." description that {@link #unnamedPersonLeads} finds as the subject of {@code [from, to)}
     * may stand for a person named before it: its head is a noun new to the article (not used before it, so for
     * no one else and no unnamed person: "An aide to the mayor ... The aide told"), a title, epithet or age, but
     * no noun for someone defined by another or seldom named (spokesman, lawyer,
     * official, witness, resident, wife), with no contrastive modifier ("the other coach") and no person's role
     * before "'s" ("the minister's spokesman"); an age ("the 31-year-old") not given in apposition before.
     * Returns {@link #NEW_DESCRIPTION}, {@link #OTHER_DESCRIPTION}, or 0 when no "the ..." description of a kind
     * it knows leads.
     */
    private int newDescriptionOfNamed(int from, int to, Gender want) {
      int[] d = leadingDescription(from, to, want);
      return d != null && c.lower(d[0]).equals("the") ? newDescription(d[0], d[1]) : 0;
    }


    /** A "the ..." description that may stand for a person named before it ({@link #newDescriptionOfNamed}). */
    private static final int NEW_DESCRIPTION = 1;
    /** A "the ..." description of someone unnamed or defined by another: no person named before it. */
    private static final int OTHER_DESCRIPTION = -1;

    /**
     * {@link #NEW_DESCRIPTION} or {@link #OTHER_DESCRIPTION} for the description from {@code p} to its head noun
     * {@code head} by the guards of {@link #newDescriptionOfNamed}; 0 for a head that is no title, epithet or age
     * ("the stranger", a noun known only by its ending, may be anyone).
     */
    private int newDescription(int p, int head) {
      String noun = c.lower(head);
      if (roleOfOtherOrUnnamed(p, head)) return OTHER_DESCRIPTION;
      for (int k = p + 1; k < head; k++) {
        String owner = c.lower(k - 1);
        if (c.mf().isPossessive(k) && !c.mf().isCap(k - 1) && personNoun(owner) && !KIND_NAME_WORDS.containsKey(owner)) {
          return OTHER_DESCRIPTION;
        }
      }
      int start = c.toks().get(p).start();
      if (AGE_NOUN.matcher(noun).matches()) {
        String age = noun.substring(0, noun.indexOf('-'));
        if (agePattern(age).matcher(c.doc().text().substring(0, start)).find()) return OTHER_DESCRIPTION;
      }
      // Used before (in lower case, so not in a headline's capitals, and outside quotes) in a noun phrase that
      // opens its sentence ("A surveyor for the council said ... The surveyor added"): that unnamed person. As an
      // object ("accusing a young surveyor of ...") it may be someone named next, so it is no guard.
      for (int k = 0; k < p; k++) {
        if (c.lower(k).equals(noun) && !c.mf().isCap(k) && c.quoteOf()[k] < 0 && opensSentence(k)) {
          return OTHER_DESCRIPTION;
        }
      }
      for (int k = p + 1; k < head; k++) {
        if (MentionFinder.DETERMINERS.contains(c.lower(k)) || c.lower(k).matches("\\d+")) return 0;
      }
      boolean kind = isPersonRoleNoun(noun) || BOSS_NOUNS.contains(noun) || EPITHET_NOUNS.contains(noun)
          || AGE_NOUN.matcher(noun).matches();
      return kind ? NEW_DESCRIPTION : 0;
    }

    /** {@link #unnamedPersonLeads} for a description starting at {@code p}. */
    private int descriptionBeforeVerb(int p, int to, Gender want) {
      int head = descriptionHead(p, to, want);
      if (head < 0) return 0;
      String det = c.lower(p);
      return INDEFINITES.contains(det) && !det.equals("one") ? INDEFINITE_LEAD : DEFINITE_LEAD;
    }

    /** The head noun of the description {@link #descriptionBeforeVerb} finds at {@code p}, else -1. */
    private int descriptionHead(int p, int to, Gender want) {
      String det = c.lower(p);
      boolean indefinite = INDEFINITES.contains(det) && !det.equals("one");
      if (!indefinite && !det.equals("the")) return -1;
      for (int head = p + 1; head < to && head - p <= 6; head++) {
        // "the club's boss": a possessor's "'s" inside the description, never its head.
        if (head > p + 1 && c.mf().isPossessive(head) && c.mf().isWord(head - 1) && c.quoteOf()[head] < 0) continue;
        if (c.person()[head] || c.quoteOf()[head] >= 0 || !c.mf().isWord(head)) return -1;
        int v = head + 1;
        while (v < to && isAdverb(c, v)) v++;
        if (indefinite && v < to && c.quoteOf()[v] < 0 && !verbLike(v)) v = pastPrepositionalPhrase(head, to);
        if (v < 0 || v >= to || c.quoteOf()[v] >= 0 || !verbLike(v)) continue;
        String noun = c.lower(head);
        // "The Governor has vetoed ...": an office written with a capital after "the" is still a description of
        // one person, not a name.
        boolean capitalisedOffice = !indefinite && TITLE_WORDS.contains(noun);
        if (c.mf().isCap(head) && !capitalisedOffice || !singular(noun).equals(noun)
            || !personNoun(noun) && !BOSS_NOUNS.contains(noun)) {
          return -1;
        }
        Set<String> otherSex = want == Gender.FEMALE ? MALE_ROLE_NOUNS : FEMALE_ROLE_NOUNS;
        Set<String> otherEpithets = want == Gender.FEMALE ? MALE_EPITHETS : FEMALE_EPITHETS;
        if (otherSex.contains(noun) || otherEpithets.contains(noun)) return -1;
        return head;
      }
      return -1;
    }

    /** Prepositions that attach a phrase to an unnamed person's noun: "a spokeswoman for the council", "an aide to". */
    private static final Set<String> NOUN_PREPOSITIONS =
        MentionFinder.words("for", "of", "at", "from", "with", "in", "to");

    /**
     * "A spokeswoman for the council said", "An aide to Mayor Ilse Varga told": the finite verb after a short
     * prepositional phrase (two to six words, no punctuation or quote) that follows the lower-case noun at
     * {@code head}; -1 when there is none. The phrase may name someone: the noun before it is still the subject.
     */
    private int pastPrepositionalPhrase(int head, int to) {
      if (head + 2 >= to || c.mf().isCap(head) || !NOUN_PREPOSITIONS.contains(c.lower(head + 1))) return -1;
      for (int k = head + 2; k < to && k <= head + 7; k++) {
        if (c.quoteOf()[k] >= 0 || !c.mf().isWord(k) && !c.mf().isPossessive(k)) return -1;
        if (k > head + 2 && verbLike(k)) return k;
      }
      return -1;
    }

    /** A finite verb by its tag; untagged, an auxiliary, a speech verb or a lower-case "-ed" form. */
    private boolean verbLike(int v) {
      if (c.mf().isCap(v) || !c.mf().isWord(v)) return false;
      if (c.toks().get(v).pos() != null) return isFiniteVerb(c.toks().get(v));
      String l = c.lower(v);
      return AUXILIARIES.contains(l) || SpeechVerbs.isSpeechVerb(l) || l.endsWith("ed") && l.length() > 4;
    }

    private static final Set<String> ASKING = MentionFinder.words("ask", "asked", "wonder", "wondered", "put");

    /** Words right before a person's name that tell of the writer meeting or sitting with that person. */
    private static final Set<String> MEETING = MentionFinder.words("with", "opposite", "beside", "meet", "met",
        "meeting", "interview", "interviewed", "interviewing", "visit", "visited", "visiting", "join", "joined",
        "joining");

    /**
     * "When I met Ann Lind, I asked whether Eva Moss ...", "Seated beside Ann Lind, I ask if ...": the one person
     * of a possible sex other than {@code topic} named (after a word of meeting, see {@link #MEETING}) before the
     * writer's question in the sentence starting at {@code from}, when the question addresses no one by name
     * ("I ask whether/if ..."); null when none or several, or when "I"/"we" is not the subject before that person.
     */
    private Entity metBeforeQuestion(List<int[]> found, Entity topic, int from, int at) {
      int ask = -1;
      for (int k = from; k + 1 < at && ask < 0; k++) {
        if (c.quoteOf()[k] >= 0 || !c.lower(k).equals("i") && !c.lower(k).equals("we")) continue;
        int v = k + 1;
        if (v < at && (c.lower(v).equals("then") || c.lower(v).equals("also"))) v++;
        if (v < at && ASKING.contains(c.lower(v))) ask = v;
      }
      if (ask < 0 || ask + 1 >= at || !WRITER_QUESTION_OPENERS.contains(c.lower(ask + 1))) return null;
      Entity met = null;
      for (int[] f : found) {
        Entity e = entities.get(f[1]);
        if (e == topic) continue;
        // Named only as an owner ("near Ivo Brandt's shop"): not someone the writer sits with.
        if (f[0] < ask && followedByPossessive(f[0])) continue;
        if (f[0] >= ask) {
          // Someone else named after the question's own opener: not one the writer sat with.
          return null;
        }
        int start = nameRunStart(f[0]);
        if (start - 1 < from || !MEETING.contains(c.lower(start - 1))) return null;
        if (met != null && met != e) return null;
        met = e;
      }
      if (met == null) return null;
      // The writer (or a participle with no subject of its own, "Sitting with ...") is the one meeting them.
      boolean writer = c.mf().isWord(from) && c.lower(from).endsWith("ing");
      for (int k = from; k < ask - 1 && !writer; k++) {
        if (c.quoteOf()[k] < 0 && (c.lower(k).equals("i") || c.lower(k).equals("we"))) writer = true;
      }
      return writer ? met : null;
    }

    /** Words that open the writer's question when it addresses no one by name ("I ask whether ..."). */
    private static final Set<String> WRITER_QUESTION_OPENERS = MentionFinder.words("whether", "if", "how", "why",
        "what", "when", "who", "about");

    /** "I ask whether X ...", "we asked if X ...": the writer's own question before {@code at} in its sentence. */
    private boolean inWritersQuestion(int from, int at) {
      for (int k = from; k + 1 < at; k++) {
        if (c.quoteOf()[k] >= 0) continue;
        String w = c.lower(k);
        if (!w.equals("i") && !w.equals("we")) continue;
        int v = k + 1;
        if (v < at && (c.lower(v).equals("then") || c.lower(v).equals("also"))) v++;
        if (v < at && ASKING.contains(c.lower(v))) return true;
      }
      return false;
    }

    private static final Set<String> THIRD_PERSON_POSSESSIVES = MentionFinder.words("his", "her", "their", "its");

    private static final Set<String> COORDINATING = MentionFinder.words("and", "or", "&");

    /**
     * True when a mention of {@code chosen} in {@code found} is coordinated with a mention of another candidate by
     * "and"/"or" ("Ann Lind and Eva Moss", "Eva Moss and Ann Lind").
     */
    private boolean coordinatedWithRival(List<int[]> found, Entity chosen) {
      for (int[] f : found) {
        if (entities.get(f[1]) != chosen) continue;
        int start = nameRunStart(f[0]);
        int end = nameRunEnd(f[0]);
        for (int[] g : found) {
          if (entities.get(g[1]) == chosen) continue;
          int gs = nameRunStart(g[0]);
          int ge = nameRunEnd(g[0]);
          if (ge + 2 == start && COORDINATING.contains(c.lower(ge + 1)) || end + 2 == gs && COORDINATING.contains(c.lower(end + 1))) {
            return true;
          }
          if (ge < start && joinedPastRelative(ge, start) || end < gs && joinedPastRelative(end, gs)) return true;
        }
      }
      return false;
    }

    /**
     * "Ann Lind, who wrote the play, and Eva Moss": the name ending at {@code firstEnd} is followed by a relative
     * clause in commas (it may end in a title of its own, "..., the opera, Salt Bride,"), then "and"/"or" and the
     * name starting at {@code secondStart}.
     */
    private boolean joinedPastRelative(int firstEnd, int secondStart) {
      int sent = c.sentOf()[firstEnd];
      if (secondStart - firstEnd > 30 || c.sentOf()[secondStart] != sent || secondStart < firstEnd + 5) return false;
      if (!c.toks().get(firstEnd + 1).norm().equals(",") || !RELATIVE_OPENERS.contains(c.lower(firstEnd + 2))) return false;
      if (!COORDINATING.contains(c.lower(secondStart - 1))) return false;
      int k = firstEnd + 3;
      while (k < secondStart && !c.toks().get(k).norm().equals(",")) {
        if (c.quoteOf()[k] >= 0 || c.terminal(k)) return false;
        k++;
      }
      if (k >= secondStart) return false;
      return k == secondStart - 2 || pastNameInApposition(k, sent) == secondStart - 2;
    }

    /** The last token of the capitalised run (with honorifics) that token {@code i} belongs to. */
    private int nameRunEnd(int i) {
      int k = i;
      while (k + 1 < c.n() && c.sentOf()[k + 1] == c.sentOf()[i] && c.quoteOf()[k + 1] < 0 && c.mf().isCap(k + 1)
          && !c.mf().isPossessive(k + 1)) k++;
      return k;
    }

    /**
     * True when {@code chosen} is first named in {@code [from, to)} right after a speech cue (up to three lower-case
     * words between: "added that caretaker Ann Lind", "said Mayor Ivo Brandt had") whose subject is someone else
     * the pronoun could mean: a singular description of a person not of the other sex ("the teacher", "a local
     * shopkeeper", "the centre's director"), or a name that is no known person of the other sex nor an
     * organisation or place ("Rami Said al-Tal, who hosted ..., said Brandt spoke ..."). The one quoted next is
     * likelier that reporter than the person reported on.
     */
    private boolean reportedByOther(int from, int to, Entity chosen, Gender want) {
      int first = -1;
      for (Span sp : chosen.mentions()) {
        int t = tokenAt(sp.start());
        if (t >= from && t < to && c.quoteOf()[t] < 0 && (first < 0 || t < first)) first = t;
      }
      if (first < 0) return false;
      int run = nameRunStart(first);
      for (int k = run - 1, words = 0; k > from && words < 4; k--, words++) {
        if (c.quoteOf()[k] >= 0 || !c.mf().isWord(k) || c.mf().isCap(k)) return false;
        if (!isCue(c, k) || isParticiple(c, k)) continue;
        // "A reporter asked Dana Ruiz whether she would run": the one asked answers, not the one asking.
        if (k == run - 1 && askedAQuestion(k, first)) return false;
        Mention sub = c.mf().subjectBefore(k - 1, from);
        return sub != null && otherPersonSpeaking(sub, chosen, want);
      }
      return false;
    }

    /** Whether one of the people {@code found} is named right after a verb putting a question to them. */
    private boolean anyAskedAQuestion(List<int[]> found) {
      for (int[] f : found) {
        int run = nameRunStart(f[0]);
        if (run > 0 && askedAQuestion(run - 1, f[0])) return true;
      }
      return false;
    }

    /** Verbs of putting a question to someone named right after them. */
    private static final Set<String> QUESTIONING = MentionFinder.words("asked", "asks", "questioned", "pressed");

    /** Words opening the question put to the person asked ("asked Dana Ruiz whether ..."); "to" is a request. */
    private static final Set<String> QUESTION_OPENERS = MentionFinder.words(
        "whether", "if", "about", "why", "what", "how", "when", "where", "who", "which", "on");

    /**
     * "asked Dana Ruiz whether she would run": the verb at {@code verb} puts a question to the person named at
     * {@code name}, the question opening right after the name.
     */
    private boolean askedAQuestion(int verb, int name) {
      if (!QUESTIONING.contains(c.lower(verb))) return false;
      int after = nameRunEnd(name) + 1;
      return after < c.n() && c.sentOf()[after] == c.sentOf()[name] && QUESTION_OPENERS.contains(c.lower(after));
    }

    /** Whether the cue subject {@code sub} is a person other than {@code chosen} whom a pronoun of {@code want} could mean. */
    private boolean otherPersonSpeaking(Mention sub, Entity chosen, Gender want) {
      int ms = c.toks().get(sub.first()).start();
      int me = c.toks().get(sub.last()).end();
      Entity e = overlapping(ms, me);
      if (e == chosen) return false;
      if (sub.kind() == Kind.NOMINAL) {
        String head = c.lower(sub.last());
        if (!singular(head).equals(head) || e != null) return false;
        if (MentionFinder.DETERMINERS.contains(head) || !personNoun(head)) return false;
        Set<String> otherSex = want == Gender.FEMALE ? MALE_ROLE_NOUNS : FEMALE_ROLE_NOUNS;
        Set<String> otherEpithets = want == Gender.FEMALE ? MALE_EPITHETS : FEMALE_EPITHETS;
        return !otherSex.contains(head) && !otherEpithets.contains(head);
      }
      if (sub.kind() != Kind.NAME) return false;
      if (e != null) return e.type() == EntityType.PERSON && genderAgrees(e, want);
      String name = stripHonorifics(c.doc().text().substring(ms, me));
      return name.split("\\s+").length >= 2 && !isOrganisation(name) && !overlapsNonSpeaker(ms, me)
          && organisationOverlapping(ms, me) == null;
    }

    /** Endings of nouns for people ("shopkeeper", "director", "activist", "fisherman", "historian"). */
    private static final Pattern PERSON_NOUN_ENDING = Pattern.compile("[a-z]{2,}(er|or|ist|man|woman|person|ian)");

    /**
     * A singular noun for a person: a title, role, epithet or kinship noun, an age ("the 45-year-old"), or a word
     * with a person-noun ending that is no body, document or news outlet ("the shopkeeper", not "the newspaper").
     */
    private static boolean personNoun(String head) {
      if (isPersonRoleNoun(head) || EPITHET_NOUNS.contains(head) || KIN_NOUNS.contains(head)
          || AGE_NOUN.matcher(head).matches()) {
        return true;
      }
      return PERSON_NOUN_ENDING.matcher(head).matches() && !BODY_NOUNS.contains(head)
          && !ORG_NOMINAL_HEADS.contains(head) && !DOCUMENT_NOUNS.contains(head) && !NEWS_NOUNS.contains(head)
          && !DocumentAuthor.isDocumentNoun(head) && !NOT_ORG_HEADS.contains(head);
    }

    /** An organisation or place with a mention overlapping {@code [ms, me)}, else null. */
    private Entity organisationOverlapping(int ms, int me) {
      for (Entity e : entities) {
        if (e.type() == EntityType.PERSON) continue;
        for (Span s : e.mentions()) if (Math.min(s.end(), me) > Math.max(s.start(), ms)) return e;
      }
      return null;
    }

    /**
     * True when the sentence {@code [from, to)} opens with a name that is no known person or place, followed by a verb,
     * and the first of {@code forms} after it (outside quotes) is "he"/"she" opening a subordinate clause ("Kell-Ostrova
     * was flagged because she ...", "Tarn said that he ...": the name is likely whom the pronoun means).
     */
    private boolean unknownNameOpens(int from, int to, Set<String> forms) {
      if (c.quoteOf()[from] >= 0 || !c.mf().isCap(from) || c.mf().isPronoun(from)
          || MentionFinder.STOP.contains(c.lower(from)) || MentionFinder.DETERMINERS.contains(c.lower(from))) {
        return false;
      }
      Mention m = c.mf().phraseStartingAt(from, Math.min(to, from + 14));
      if (m == null || m.kind() != Kind.NAME || m.first() != from || m.last() + 1 >= to) return false;
      int ms = c.toks().get(m.first()).start();
      int me = c.toks().get(m.last()).end();
      // a name, not a capitalised sentence-initial word ("Lacking the rights, how would she ...")
      if (m.first() == m.last() && commonWordAtStart(from)) return false;
      int v = m.last() + 1;
      if (c.quoteOf()[v] >= 0 || !c.mf().isWord(v) || !Character.isLowerCase(c.toks().get(v).text().charAt(0))
          || MentionFinder.DETERMINERS.contains(c.lower(v)) || !AUXILIARIES.contains(c.lower(v))
          && !SpeechVerbs.isSpeechVerb(c.lower(v)) && !c.lower(v).endsWith("ed") && !c.lower(v).endsWith("s")) {
        return false;
      }
      if (overlapping(ms, me) != null && overlapping(ms, me).type() == EntityType.PERSON || overlapsNonSpeaker(ms, me)) {
        return false;
      }
      for (int i = m.last() + 1; i < to; i++) {
        if (c.quoteOf()[i] >= 0 || !forms.contains(c.lower(i))) continue;
        String before = c.lower(i - 1);
        return (c.lower(i).equals("he") || c.lower(i).equals("she"))
            && (SUBORDINATORS.contains(before) || before.equals("that"));
      }
      return false;
    }

    /** A title, role or office noun for a person ("aide", "minister", "striker"), lower case and singular. */
    static boolean isPersonRoleNoun(String w) {
      return TITLE_WORDS.contains(w) || ROLE_NOUNS.contains(w) || PERSON_ROLE_NOUNS.contains(w)
          || NerLexicon.instance().isTitleHead(w);
    }

    /**
     * True when the sentence starting at {@code from} opens with a person's role owned by someone: a name or a
     * possessive determiner, "'s", then up to three lower-case words the last of which is a role or kinship
     * noun, followed by a lower-case word ("Prime Minister Ann Lee's spokesman also condemned ...", "His
     * lawyer told ...", "Tom Lind's wife said ..."). The role holder is the sentence's subject and is not named
     * there; a role with a name in apposition ("Lee's lawyer, Tom Ruske,") is left to the names, and a role
     * of the other sex than the pronoun's ("his wife" for "he") is no rival.
     */
    private boolean possessedRoleSubject(int from, int to, Gender want) {
      int k = from;
      if (k >= to || c.quoteOf()[k] >= 0) return false;
      if (THIRD_PERSON_POSSESSIVES.contains(c.lower(k))) {
        k++;
      } else {
        while (k < to && c.quoteOf()[k] < 0 && (c.mf().isCap(k) || c.mf().isHonorific(k))) k++;
        if (k == from || k >= to || !c.mf().isPossessive(k)) return false;
        // "The Velmar Club's chairman explained ...": an organisation's officer is a description like "the club's
        // chairman", left to the rules for descriptions, not a role of a named person.
        if (organisationOnly(from, k)) return false;
        k++;
      }
      for (int n = 0; n < 3 && k + 1 < to && c.quoteOf()[k] < 0 && c.mf().isWord(k) && !c.mf().isCap(k); n++, k++) {
        String w = c.lower(k);
        boolean role = isPersonRoleNoun(w) || KIN_NOUNS.contains(w);
        if (!role) continue;
        // "His wife died in May. “...,” he said": a role of the other sex is not the one meant
        Set<String> otherSex = want == Gender.FEMALE ? MALE_ROLE_NOUNS : FEMALE_ROLE_NOUNS;
        return !otherSex.contains(w) && c.quoteOf()[k + 1] < 0 && c.mf().isWord(k + 1) && !c.mf().isCap(k + 1);
      }
      return false;
    }

    /** True when some token of {@code [from, to)} is in an organisation's name and none in a person's. */
    private boolean organisationOnly(int from, int to) {
      boolean organisation = false;
      for (int k = from; k < to; k++) {
        if (c.person()[k]) return false;
        organisation |= c.organisation()[k];
      }
      return organisation;
    }

    /** True when token {@code i} is on its own the last word of the multi-word name of {@code e} ("Lee" of "Tom Lee"). */
    private boolean loneFamilyName(int i, Entity e) {
      int sp = e.name().lastIndexOf(' ');
      if (sp < 0 || !c.lower(i).equals(e.name().substring(sp + 1).toLowerCase(Locale.ROOT))) return false;
      boolean capBefore = i > 0 && c.sentOf()[i - 1] == c.sentOf()[i] && (c.mf().isCap(i - 1) || c.mf().isHonorific(i - 1));
      boolean capAfter = i + 1 < c.n() && c.sentOf()[i + 1] == c.sentOf()[i] && c.mf().isCap(i + 1);
      return !capBefore && !capAfter;
    }

    /** True when a mention of {@code e} lies inside quoted words strictly between tokens {@code from} and {@code to}. */
    private boolean namedInQuotesBetween(Entity e, int from, int to) {
      for (Span sp : e.mentions()) {
        int t = tokenAt(sp.start());
        if (t > from && t < to && c.quoteOf()[t] >= 0 && names(e, new QuoteSpan(sp.start(), sp.end(), sp.start(),
            sp.end(), 0, false, false, false))) {
          return true;
        }
      }
      return false;
    }

    /** Role nouns that stand before names like titles ("singer", "officer"): the entities lexicon. */
    private static final Set<String> PERSON_ROLE_NOUNS = newsflow.enrich.nlp.lexicon.Lexicon.words("/entities/role-nouns.txt");

    /** True when a speech cue in {@code [from, to)} has an indefinite subject naming a person's role ("a police officer said"). */
    private boolean unnamedPersonSpeaks(int from, int to) {
      for (int k = from + 1; k < to; k++) {
        if (!isCue(c, k)) continue;
        Mention m = c.mf().subjectBefore(k - 1, from);
        if (m == null || m.kind() != Kind.NOMINAL || !INDEFINITES.contains(c.lower(m.first()))) continue;
        String head = c.lower(m.last());
        if (isPersonRoleNoun(head)) return true;
      }
      return false;
    }

    private static final Set<String> MALE_PRONOUNS = MentionFinder.words("he", "his", "him", "himself");
    private static final Set<String> FEMALE_PRONOUNS = MentionFinder.words("she", "her", "hers", "herself");
    /** Sentences a pronoun chain may be followed back over. */
    private static final int MAX_CHAIN = 12;

    /** Words that open a fronted subordinate clause ("After he left office, ..."). */
    private static final Set<String> SUBORDINATORS = MentionFinder.words(
        "after", "before", "when", "while", "as", "since", "although", "though", "once", "until", "because", "if");

    /** Articles opening a fronted description of the subject ("A keen sailor in his youth, Tom Lee ..."). */
    private static final Set<String> INDEFINITES_FRONTED = MentionFinder.words("a", "an");

    /**
     * Prepositions opening a fronted phrase about the occasion or manner of what the subject after its comma does
     * ("At his briefing, the harbour master Olu Adeyemi warned ...", "During her tour, inspector Hanna Lutz found ...").
     */
    private static final Set<String> PREPOSITIONS_FRONTED = MentionFinder.words(
        "in", "at", "on", "upon", "during", "throughout", "for", "with", "like", "unlike", "despite", "following",
        "amid");

    /**
     * Whether the sentence starting at {@code from} opens with a fronted phrase that is no clause of its own: a
     * preposition, or a participle ("Speaking at his briefing, ...", "Asked about her plans, ..."), by its tag
     * where the word has one.
     */
    private boolean frontedPhraseOpens(int from) {
      if (c.quoteOf()[from] >= 0) return false;
      String pos = c.toks().get(from).pos();
      // A sentence does not open with a finite past verb, so one tagged so is the participle ("Asked about ...").
      if (pos != null && (pos.equals("VBG") || pos.equals("VBN") || pos.equals("VBD"))) return true;
      return PREPOSITIONS_FRONTED.contains(c.lower(from)) && (pos == null || pos.equals("IN"));
    }

    /**
     * "After he finishes the tour, director Ivo Brandt will ...": the pronoun in a fronted subordinate clause
     * points ahead to the subject after the clause's comma, so it continues no earlier antecedent; so does one
     * in a fronted description of that subject after "in" ("A retired nurse in her seventies, Edna Moller lives
     * ...") and one in a fronted prepositional or participial phrase ("In his closing speech, Judge Omar Haddad
     * thanked ...", "Speaking after her win, the skier Lena Moor said ..."). True when the sentence starting at
     * {@code from} opens with a subordinator, "a"/"an" or such a phrase and its first candidate is a subject with a
     * comma between it and the sentence start.
     */
    private boolean cataphoric(int from, List<int[]> found) {
      if (found.isEmpty() || found.get(0)[2] != 1) return false;
      boolean description = INDEFINITES_FRONTED.contains(c.lower(from));
      if (!SUBORDINATORS.contains(c.lower(from)) && !description && !frontedPhraseOpens(from)) {
        return false;
      }
      for (int k = from + 1; k < found.get(0)[0]; k++) {
        if (!c.toks().get(k).norm().equals(",")) continue;
        if (!description) return true;
        // "A friend of his since school, Ivo Brandt, ...": a pronoun there may be someone else; only "in her
        // seventies", "in his youth" say something of the subject itself.
        for (int i = from + 1; i < found.get(0)[0]; i++) {
          String w = c.lower(i);
          if ((MALE_PRONOUNS.contains(w) || FEMALE_PRONOUNS.contains(w)) && !c.lower(i - 1).equals("in")) return false;
        }
        return true;
      }
      return false;
    }

    /**
     * True when the sentence at {@code from} opens with a subordinate clause holding one of {@code forms}, closed
     * by a comma before {@code name}.
     */
    private boolean pronounInClauseBeforeName(int from, int name, Set<String> forms) {
      if (!SUBORDINATORS.contains(c.lower(from))) return false;
      for (int k = from + 1; k < name; k++) {
        if (c.quoteOf()[k] < 0 && c.toks().get(k).norm().equals(",")) return samePronounBefore(from + 1, k, forms);
      }
      return false;
    }

    /** True when one of {@code forms} occurs outside quotes in {@code [from, to)}. */
    private boolean samePronounBefore(int from, int to, Set<String> forms) {
      for (int i = from; i < to; i++) if (c.quoteOf()[i] < 0 && forms.contains(c.lower(i))) return true;
      return false;
    }

    /** A name followed by "'s" is a determiner ("Lee's plan"), not a subject. */
    private boolean followedByPossessive(int t) {
      int k = t;
      while (k + 1 < c.n() && c.sentOf()[k + 1] == c.sentOf()[t] && c.mf().isCap(k + 1)) k++;
      return k + 1 < c.n() && c.mf().isPossessive(k + 1);
    }

    /** "it"/"they": the organisation that is the first subject of the nearest sentence with words outside quotes, else nobody. */
    private Entity impersonal(Mention m) {
      Entity e = impersonal(m, c.sentOf()[m.first()]);
      // "Sales fell because “demand collapsed,” it said.": the words before a quote that a trailing "it said"
      // reports are what it said, not its antecedent; the organisation is looked for before the sentence.
      if (e == null && itDepth < 3 && reportedWordsBeforeTrailingIt(m)) {
        itDepth++;
        try {
          e = impersonal(m, c.sentOf()[m.first()] - 1);
        } finally {
          itDepth--;
        }
      }
      return e;
    }

    /**
     * True when {@code m} is "it" right after a quote (a comma between at most) that closes a sentence part with
     * words outside quotes before it, none of them a person, an organisation, a pronoun or a speech cue: those
     * words are part of what "it" reports.
     */
    private boolean reportedWordsBeforeTrailingIt(Mention m) {
      if (!c.lower(m.first()).equals("it")) return false;
      int s = c.sentOf()[m.first()];
      int[] range = sentenceRange(s);
      if (range == null) return false;
      int k = m.first() - 1;
      if (k >= range[0] && isComma(c, k) && c.quoteOf()[k] < 0) k--;
      if (k < range[0] || c.quoteOf()[k] < 0) return false;
      int open = k;
      while (open > range[0] && c.quoteOf()[open - 1] == c.quoteOf()[k]) open--;
      boolean words = false;
      for (int i = range[0]; i < open; i++) {
        if (c.quoteOf()[i] >= 0) continue;
        if (c.person()[i] || c.organisation()[i] || isCue(c, i) || MentionFinder.PRONOUNS.contains(c.lower(i))) return false;
        if (c.mf().isWord(i)) words = true;
      }
      return words;
    }

    /** {@link #impersonal(Mention)} looking back from sentence {@code start}. */
    private Entity impersonal(Mention m, int start) {
      int seen = 0;
      for (int s = start; s >= 0 && seen < 1; s--) {
        int[] range = sentenceRange(s);
        if (range == null) continue;
        int to = s == c.sentOf()[m.first()] ? m.first() : range[1];
        // "However, it said ...": an adverbial opener before the pronoun holds no antecedent; the sentence
        // before is still the nearest one.
        if (s == c.sentOf()[m.first()] && adverbialOpener(range[0], to)) continue;
        if (!hasWordOutsideQuotes(range[0], to)) continue;
        seen++;
        boolean it = c.lower(m.first()).equals("it");
        for (int i = range[0]; i < to; i++) {
          if (c.quoteOf()[i] >= 0 || !clauseStart(i, range[0])) continue;
          // "The firm that runs the fair, Harbour Events Ltd, denies ...": the description is glossed by the
          // organisation's name in apposition, so the pronoun of the next sentence is that organisation.
          Entity apposed = apposedOrganisation(i, to);
          if (apposed != null) {
            return s == c.sentOf()[m.first()] || anotherOrganisationSpeaks(apposed, range[0], to)
                || personSpeaksAfter(i, range[0], to) ? null : apposed;
          }
          // "In a sign of the strain, the Harbour Board issued ...": after an opening adverbial, "the" + an
          // organisation's name is the subject.
          if (s != c.sentOf()[m.first()] && i > range[0] && c.lower(i).equals("the") && adverbialOpener(range[0], i)
              && "IN".equals(c.toks().get(range[0]).pos())) {
            Mention cand = c.mf().phraseStartingAt(i, Math.min(c.n(), i + 14));
            Entity e = cand == null || cand.kind() != Kind.NAME ? null
                : name(c.toks().get(cand.first()).start(), c.toks().get(cand.last()).end(), cand, false);
            if (e != null && e.type() == EntityType.ORGANIZATION && headInside(e, cand)) {
              return anotherOrganisationSpeaks(e, range[0], to) || personSpeaksAfter(cand.last() + 1, range[0], to) ? null : e;
            }
          }
          if (isSubjectStart(i)) {
            Mention cand = c.mf().phraseStartingAt(i, Math.min(c.n(), i + 14));
            // "Acme shut two plants. It blamed what it called “...”": the sentence's own subject "it", acting, is
            // the same organisation, found one sentence further back.
            // So does an earlier sentence's "It" acting ("Acme said it would strike. It urged drivers to stay home.
            // “...,” it said."): the chain goes on one sentence further back, to an organisation or nobody.
            if (it && cand != null && cand.kind() == Kind.PRONOUN
                && c.lower(cand.first()).equals("it") && actingSubject(cand.last() + 1, to) && itDepth < 3) {
              itDepth++;
              try {
                return impersonal(cand, s - 1);
              } finally {
                itDepth--;
              }
            }
            if (cand == null || cand.kind() != Kind.NAME) {
              if (!it || s == c.sentOf()[m.first()]) return null;
              // "The report, written by economist Tom Weller, found ... “...,” it states.": "it" is the document
              // the sentence before is about, which speaks for its one named author, a person or a body.
              Entity author = documentOfSentence(cand, range[0], to);
              return author != null ? author : speakingOrganisation(range[0], to);
            }
            int cs = c.toks().get(cand.first()).start();
            int ce = c.toks().get(cand.last()).end();
            Entity e = name(cs, ce, cand, false);
            // "Residents of Elm Row gathered ... “...,” they said": the residents, not what they are of.
            if (e != null && e.type() == EntityType.ORGANIZATION && !headInside(e, cand)) return null;
            // "Ruritania boycotted the arbitration. It insisted in a filing that “...”": a country leading the sentence before
            // (as a speaker mention would name it, see countrySpeaking) is what an acting "it" stands for, speaking
            // as its government; not when another organisation or a person speaks in that sentence (the rules
            // below then decide, as before).
            if (it && s != c.sentOf()[m.first()] && (e == null || e.type() == EntityType.PLACE)
                && actingSubject(m.last() + 1, Math.min(c.n(), m.last() + 6))) {
              Entity state = countrySpeaking(cand, cs, ce);
              if (state != null && !anotherOrganisationSpeaks(state, range[0], to)
                  && !personSpeaksAfter(cand.last() + 1, range[0], to) && !anyCue(range[0], to, state)) {
                return state;
              }
            }
            // "Acme denied the report, and the Harbour Union said ...": another organisation speaking makes it unclear.
            if (e != null && e.type() == EntityType.ORGANIZATION) {
              return anotherOrganisationSpeaks(e, range[0], to) || personSpeaksAfter(cand.last() + 1, range[0], to) ? null : e;
            }
            // "Tom Lind said ..., but the council said it ...": "it" is no person, so a person first subject leaves the cues.
            boolean open = e == null || e.type() == EntityType.PERSON;
            return it && s != c.sentOf()[m.first()] && open ? speakingOrganisation(range[0], to) : null;
          }
          if (nominalSubjectAt(i, to)) {
            if (!it || s == c.sentOf()[m.first()]) return null;
            // "The Harbour Authority closed the port. The authority said ... “...,” it added.": a description that
            // names an organisation, when no other organisation speaks in the sentence.
            Mention described = c.mf().phraseStartingAt(i, to);
            Entity org = organisationOfDescription(described);
            if (org != null) return anotherOrganisationSpeaks(org, range[0], to) ? null : org;
            // The same for a document subject after an opener ("On Monday, the report, ...").
            Entity author = documentOfSentence(described, range[0], to);
            if (author != null) return author;
            return speakingOrganisation(range[0], to);
          }
        }
        if (it && s != c.sentOf()[m.first()]) return speakingOrganisation(range[0], to);
      }
      return null;
    }

    /**
     * True when {@code [from, to)} is a short opener set off by a comma ("However,", "Notably, though,",
     * "In response,"): eight tokens at most, no quote, person or organisation in it.
     */
    private boolean adverbialOpener(int from, int to) {
      if (to - from < 2 || to - from > 8 || !isComma(c, to - 1)) return false;
      for (int k = from; k < to; k++) {
        if (c.quoteOf()[k] >= 0 || c.person()[k] || c.organisation()[k]) return false;
      }
      return true;
    }

    /**
     * "The soldiers were on patrol when a bomb went off, the Alliance said in a statement. “...,” it said.": the
     * organisation that is the subject of every speech cue of the sentence {@code [from, to)} (outside quotes), when
     * there is one such cue at least and no other kind of speaker; else null.
     */
    /**
     * True when a speech cue of the sentence {@code [from, to)} has a speaker other than the country {@code state}:
     * a name that is not the country's mention, a body or a document as subject ("the board announced", "the
     * filing adds"), or a pronoun other than "it". Passive verbs of telling are left out (their subject is the one
     * told).
     */
    private boolean anyCue(int from, int to, Entity state) {
      for (int k = from + 1; k < to; k++) {
        if (c.quoteOf()[k] >= 0 || !isCue(c, k) || passiveAddressee(k, from)) continue;
        Mention sub = cueSubject(k, from);
        if (sub == null) continue;
        int ss = c.toks().get(sub.first()).start();
        int se = c.toks().get(sub.last()).end();
        switch (sub.kind()) {
          case NAME:
            if (countrySpeaking(sub, ss, se) != state) return true;
            break;
          case PRONOUN:
            if (!c.lower(sub.first()).equals("it")) return true;
            break;
          case NOMINAL:
            if (bodyDescription(sub) || organisationOfDescription(sub) != null || documentAuthor(sub) != null
                || DocumentAuthor.isDocumentNoun(c.lower(sub.last()))) {
              return true;
            }
            break;
          default:
            break;
        }
      }
      return false;
    }

    private boolean anotherOrganisationSpeaks(Entity e, int from, int to) {
      for (int k = from + 1; k < to; k++) {
        if (!isCue(c, k)) continue;
        Mention sub = cueSubject(k, from);
        if (sub == null || sub.kind() != Kind.NAME) continue;
        Entity o = name(c.toks().get(sub.first()).start(), c.toks().get(sub.last()).end(), sub, false);
        if (o != null && o != e && o.type() == EntityType.ORGANIZATION) return true;
      }
      return false;
    }

    /**
     * Whether the phrase's first word (past "the") lies in a mention of {@code e}: false for "Residents of Elm Row",
     * whose organisation is only what the people named by the first word are of.
     */
    private boolean headInside(Entity e, Mention ph) {
      int k = ph.first();
      if (c.lower(k).equals("the") && k < ph.last()) k++;
      int at = c.toks().get(k).start();
      for (Span s : e.mentions()) if (s.start() <= at && at < s.end()) return true;
      return false;
    }

    /** {@link #soleSpeakingOrganisation}, else {@link #lastClauseOrganisation}. */
    private Entity speakingOrganisation(int from, int to) {
      Entity e = soleSpeakingOrganisation(from, to);
      return e != null ? e : lastClauseOrganisation(from, to);
    }

    /** Words that open a coordinated main clause ("..., but the Kelso Water Board said ..."). */
    private static final Set<String> COORDINATORS = MentionFinder.words("but", "and", "while", "whereas", "yet");

    /**
     * "Local farmers hoped the canal would open, but the Kelso Water Board said it would wait. “...,” it said.":
     * the organisation that is the subject of the last speech cue of the sentence {@code [from, to)}, in a main
     * clause opened by a coordinator ("but", "and", "while"), when every earlier cue has a person or a description
     * that names no organisation as subject (not "it", not "the ministry", no other name) and no person is a subject
     * after it; else null.
     */
    private Entity lastClauseOrganisation(int from, int to) {
      int last = -1;
      for (int k = from + 1; k < to; k++) if (isCue(c, k)) last = k;
      if (last < 0) return null;
      Mention sub = cueSubject(last, from);
      if (sub == null || sub.kind() != Kind.NAME && sub.kind() != Kind.NOMINAL) return null;
      int open = sub.first() - 1;
      if (open > from && sub.kind() == Kind.NAME && c.lower(open).equals("the")) open--;
      if (open <= from || !COORDINATORS.contains(c.lower(open))) return null;
      Entity org = sub.kind() == Kind.NAME
          ? name(c.toks().get(sub.first()).start(), c.toks().get(sub.last()).end(), sub, false)
          : organisationOfDescription(sub);
      if (org == null || org.type() != EntityType.ORGANIZATION || personSpeaksAfter(last + 1, from, to)) return null;
      for (int k = from + 1; k < open; k++) {
        if (!isCue(c, k)) continue;
        Mention before = cueSubject(k, from);
        if (before == null || before.kind() == Kind.PRONOUN && !c.lower(before.first()).equals("they")) return null;
        if (before.kind() == Kind.NOMINAL && bodyDescription(before)) return null;
        if (before.kind() != Kind.NAME) continue;
        Entity o = name(c.toks().get(before.first()).start(), c.toks().get(before.last()).end(), before, false);
        if (o == null || o.type() != EntityType.PERSON) return null;
      }
      return org;
    }

    /** "the ministry", "the firm": a singular definite description of a body, resolved or not. */
    private boolean bodyDescription(Mention ph) {
      if (!c.lower(ph.first()).equals("the")) return false;
      String head = c.lower(ph.last());
      return singular(head).equals(head) && (BODY_NOUNS.contains(head) || ORG_NOMINAL_HEADS.contains(head))
          && !head.startsWith("spokes") && !DOCUMENT_NOUNS.contains(head);
    }

    /** True when a person named outside quotes in {@code [from, to)} is the subject of a clause or of a speech cue. */
    private boolean personSpeaksAfter(int from, int sentenceStart, int to) {
      for (int i = from; i < to; i++) {
        if (c.quoteOf()[i] >= 0 || !clauseStart(i, sentenceStart) || !isSubjectStart(i)) continue;
        Mention cand = c.mf().phraseStartingAt(i, Math.min(c.n(), i + 14));
        if (cand == null || cand.kind() != Kind.NAME) continue;
        Entity e = name(c.toks().get(cand.first()).start(), c.toks().get(cand.last()).end(), cand, false);
        if (e != null && e.type() == EntityType.PERSON) return true;
      }
      for (int k = from + 1; k < to; k++) {
        if (!isCue(c, k)) continue;
        Mention sub = cueSubject(k, from);
        if (sub == null || sub.kind() != Kind.NAME) continue;
        Entity e = name(c.toks().get(sub.first()).start(), c.toks().get(sub.last()).end(), sub, false);
        if (e != null && e.type() == EntityType.PERSON) return true;
      }
      return false;
    }

    /**
     * Verbs whose subject "it" is usually no organisation but a placeholder ("It is unclear", "It emerged that",
     * "It took a year").
     */
    private static final Set<String> PLACEHOLDER_VERBS = MentionFinder.words(
        "seems", "seemed", "appears", "appeared", "remains", "remained", "emerged", "took", "takes", "turned",
        "happened", "looks", "looked", "makes", "made", "means", "meant", "matters", "mattered");

    /**
     * True when the words from {@code k} (before {@code to}) go on as an organisation acting, "it" being its
     * subject: a lowercase verb other than a form of "be" or a placeholder verb ("It blamed", "It has long
     * condemned"), after any auxiliaries other than "be" ("It would be wrong" and "It's unclear" are not).
     */
    private boolean actingSubject(int k, int to) {
      while (k < to && c.quoteOf()[k] < 0 && AUXILIARIES.contains(c.lower(k)) && !BE_FORMS.contains(c.lower(k))) k++;
      if (k >= to || c.quoteOf()[k] >= 0) return false;
      String w = c.toks().get(k).text();
      String l = c.lower(k);
      return Character.isLowerCase(w.charAt(0)) && c.mf().isWord(k) && !BE_FORMS.contains(l)
          && !PLACEHOLDER_VERBS.contains(l) && (!MentionFinder.STOP.contains(l) || SpeechVerbs.isSpeechVerb(l));
    }

    /** Relative pronouns opening a clause on the noun before them ("the agency, which advises colleges"). */
    private static final Set<String> RELATIVE_PRONOUNS = MentionFinder.words("which", "who", "that");

    /** True when token {@code k} lies in a clause ", which ..." right after token {@code end}, before its next comma. */
    private boolean inRelativeClauseAfter(int end, int k) {
      if (end + 2 >= k || !c.toks().get(end + 1).text().equals(",") || !RELATIVE_PRONOUNS.contains(c.lower(end + 2))) {
        return false;
      }
      for (int j = end + 3; j < k; j++) if (c.toks().get(j).text().equals(",") || c.quoteOf()[j] >= 0) return false;
      return true;
    }

    /** Verbs of telling whose passive subject is the one told ("were informed", "had been advised"). */
    private static final Set<String> ADDRESSEE_VERBS = MentionFinder.words(
        "told", "warned", "informed", "reminded", "assured", "advised", "asked", "urged");

    /** True when the cue at {@code k} is a passive verb of telling ("were informed", "had been advised") after {@code from}. */
    private boolean passiveAddressee(int k, int from) {
      if (!ADDRESSEE_VERBS.contains(c.lower(k))) return false;
      int b = k - 1;
      while (b > from && c.quoteOf()[b] < 0 && c.lower(b).endsWith("ly")) b--;
      return b >= from && c.quoteOf()[b] < 0 && BE_FORMS.contains(c.lower(b));
    }

    /** How many "it said" sentences back {@link #soleSpeakingOrganisation} is following a chain. */
    private int itDepth;

    /**
     * Sentences whose sole speaking organisation is being worked out now. A description speaking in one
     * ("the company said") is resolved through the organisation last named, which asks again whether another
     * organisation spoke in that organisation's sentence ({@link #objectOfAnotherSpeaker}); when that is the
     * same sentence the question would ask itself for ever. Asked again while open, the sentence gives none.
     */
    private final Set<Integer> openSpeakerSentences = new HashSet<>();

    private Entity soleSpeakingOrganisation(int from, int to) {
      if (!openSpeakerSentences.add(from)) return null;
      try {
        return soleSpeakingOrganisationOnce(from, to);
      } finally {
        openSpeakerSentences.remove(from);
      }
    }

    private Entity soleSpeakingOrganisationOnce(int from, int to) {
      Entity org = null;
      int subjectEnd = -1;
      for (int k = from + 1; k < to; k++) {
        if (!isCue(c, k)) continue;
        // "..., said the agency, which advises the region's growers.": a verb in a
        // relative clause on the subject of a cue already read describes that subject; it is no second speaker.
        if (subjectEnd >= 0 && inRelativeClauseAfter(subjectEnd, k)) continue;
        // "Growers were informed that “...,” the notice added.": a passive verb of telling has the one told as
        // its subject, who says nothing here; the sentence's speakers are the other cues' subjects.
        if (passiveAddressee(k, from)) continue;
        Mention sub = cueSubject(k, from);
        // "Growers should not replant damaged fields, said the agency": after a comma the cue's subject follows it.
        Mention after = k + 1 < to && c.toks().get(k - 1).text().equals(",") ? c.mf().phraseStartingAt(k + 1, to) : null;
        if (after != null && after.first() == k + 1 && (after.kind() == Kind.NAME || after.kind() == Kind.NOMINAL)) {
          sub = after;
        }
        if (sub == null && k + 1 < to) sub = c.mf().phraseStartingAt(k + 1, to);
        subjectEnd = sub != null ? sub.last() : -1;
        Entity e = sub != null && sub.kind() == Kind.NOMINAL ? organisationOfDescription(sub) : null;
        // "Marlow Rail published a report. “...,” the report said. “...,” it added.": a document speaks for its author.
        if (e == null && sub != null && sub.kind() == Kind.NOMINAL) e = documentAuthor(sub);
        // "The cost would be high, it said.": the same "it" one sentence further back (three at most).
        if (sub != null && sub.kind() == Kind.PRONOUN && c.lower(sub.first()).equals("it") && itDepth < 3) {
          itDepth++;
          try {
            e = impersonal(sub, c.sentOf()[sub.first()] - 1);
          } finally {
            itDepth--;
          }
        }
        if (e == null && (sub == null || sub.kind() != Kind.NAME)) return null;
        if (e == null) e = name(c.toks().get(sub.first()).start(), c.toks().get(sub.last()).end(), sub, false);
        if (e == null || e.type() != EntityType.ORGANIZATION || org != null && org != e) return null;
        org = e;
      }
      return org;
    }

    /**
     * The one named author of the document that the description {@code ph} (the subject of the sentence
     * {@code [from, to)}) names ("The report, written by Tom Weller, found ..."), when no one is named as saying
     * anything in that sentence; else null.
     */
    private Entity documentOfSentence(Mention ph, int from, int to) {
      if (ph == null || ph.kind() != Kind.NOMINAL || !c.lower(ph.first()).equals("the")) return null;
      String head = c.lower(ph.last());
      if (!DocumentAuthor.isDocumentNoun(head) || personSpeaksAfter(ph.last() + 1, from, to)) return null;
      for (int k = ph.last() + 1; k < to; k++) {
        if (!isCue(c, k)) continue;
        Mention sub = cueSubject(k, from);
        if (sub != null && sub.first() != ph.first() && sub.kind() != Kind.PRONOUN) return null;
      }
      return documentAuthor(ph);
    }

    /**
     * The organisation a definite description of a body or firm stands for ("the agency", "the Swedish
     * prosecution authority", resolved like a speaker's description), else null.
     */
    private Entity organisationOfDescription(Mention ph) {
      if (ph == null || ph.kind() != Kind.NOMINAL || !c.lower(ph.first()).equals("the")) return null;
      String head = c.lower(ph.last());
      String single = singular(head);
      if (!single.equals(head) || !BODY_NOUNS.contains(single) && !ORG_NOMINAL_HEADS.contains(single)
          || single.startsWith("spokes") || DOCUMENT_NOUNS.contains(single)) {
        return null;
      }
      Entity e = nominal(ph, c.toks().get(ph.first()).start(), c.toks().get(ph.last()).end());
      return e != null && e.type() == EntityType.ORGANIZATION ? e : null;
    }

    /**
     * The organisation named in apposition to a description of a body or firm that is the subject at {@code i}
     * ("The firm that runs the fair, Harbour Events Ltd, denies ..."), else null: "the" and an organisation head
     * noun, up to {@value #MAX_DESCRIPTION_TAIL} words without a quote or another name before a comma, the
     * organisation's name alone between that comma and the next, then a verb.
     */
    private Entity apposedOrganisation(int i, int to) {
      if (!c.lower(i).equals("the")) return null;
      Mention ph = c.mf().phraseStartingAt(i, to);
      if (ph == null || ph.kind() != Kind.NOMINAL) return null;
      String head = c.lower(ph.last());
      if (!BODY_NOUNS.contains(head) && !ORG_NOMINAL_HEADS.contains(head) || head.startsWith("spokes")
          || DOCUMENT_NOUNS.contains(head)) {
        return null;
      }
      int k = ph.last() + 1;
      while (k < to && k - ph.last() <= MAX_DESCRIPTION_TAIL && c.quoteOf()[k] < 0
          && !c.toks().get(k).norm().equals(",")) {
        if (c.mf().isCap(k) && overlapping(c.toks().get(k).start(), c.toks().get(k).end()) != null) return null;
        k++;
      }
      if (k + 1 >= to || !c.toks().get(k).norm().equals(",") || c.quoteOf()[k] >= 0) return null;
      Mention nm = c.mf().phraseStartingAt(k + 1, to);
      if (nm == null || nm.kind() != Kind.NAME) return null;
      int j = nm.last() + 1;
      if (j + 1 >= to || !c.toks().get(j).norm().equals(",")) return null;
      Entity e = name(c.toks().get(nm.first()).start(), c.toks().get(nm.last()).end(), nm, false);
      if (e == null || e.type() != EntityType.ORGANIZATION) return null;
      j++;
      while (j < to && MentionFinder.SKIPPABLE.contains(c.lower(j))) j++;
      if (j >= to || c.quoteOf()[j] >= 0) return null;
      String w = c.toks().get(j).text();
      boolean verb = Character.isLowerCase(w.charAt(0)) && !MentionFinder.STOP.contains(c.lower(j))
          || SpeechVerbs.isSpeechVerb(c.lower(j)) || AUXILIARIES.contains(c.lower(j));
      return verb ? e : null;
    }

    /** Words a description of a body may run on for before the comma of its apposition ("that runs the fair"). */
    private static final int MAX_DESCRIPTION_TAIL = 8;

    /** A token at a sentence start, after a clause opener, or right after a quote. */
    private boolean clauseStart(int i, int sentenceStart) {
      return i == sentenceStart || c.quoteOf()[i - 1] >= 0 || CLAUSE_OPENERS.contains(c.lower(i - 1));
    }

    /** A description in subject position at {@code i}: "the letter stated", "hundreds of protesters gathered". */
    private boolean nominalSubjectAt(int i, int to) {
      if (c.mf().isCap(i) && !MentionFinder.DETERMINERS.contains(c.lower(i))) return false;
      Mention ph = c.mf().phraseStartingAt(i, to);
      if (ph == null || ph.kind() != Kind.NOMINAL) return false;
      int j = ph.last() + 1;
      if (j < to && c.lower(j).equals("of")) {
        Mention of = c.mf().phraseStartingAt(j + 1, to);
        if (of == null) return false;
        j = of.last() + 1;
      }
      while (j < to && MentionFinder.SKIPPABLE.contains(c.lower(j))) j++;
      if (j < to) j = pastNegationOrMedium(j, c.sentOf()[i]);
      if (j >= to) return false;
      String w = c.toks().get(j).text();
      return Character.isLowerCase(w.charAt(0)) && !MentionFinder.STOP.contains(c.lower(j))
          || SpeechVerbs.isSpeechVerb(c.lower(j)) || AUXILIARIES.contains(c.lower(j));
    }

    /** Token range {@code [start, end)} of sentence {@code s}, or null when it has no tokens. */
    private int[] sentenceRange(int s) {
      int a = Arrays.binarySearch(firstOfSentence, s);
      if (a < 0) return null;
      int start = sentenceStarts.get(a);
      int end = a + 1 < sentenceStarts.size() ? sentenceStarts.get(a + 1) : c.n();
      return new int[] {start, end};
    }

    private boolean hasWordOutsideQuotes(int from, int to) {
      for (int i = from; i < to; i++) if (c.quoteOf()[i] < 0 && c.mf().isWord(i)) return true;
      return false;
    }

    /** The first token of the capitalised run (with honorifics) that token {@code i} belongs to. */
    private int nameRunStart(int i) {
      int k = i;
      while (k - 1 >= 0 && c.sentOf()[k - 1] == c.sentOf()[i] && c.quoteOf()[k - 1] < 0
          && (c.mf().isCap(k - 1) && !MentionFinder.STOP.contains(c.lower(k - 1))
              && !MentionFinder.DETERMINERS.contains(c.lower(k - 1)) || c.mf().isHonorific(k - 1))) k--;
      return k;
    }

    /**
     * People mentioned in {@code [from, to)} outside quotes, in text order: {token, entity index, 1 when the
     * mention is an earlier quote's resolved speaker (a subject) else 0}. A name inside a quoted title ("the first
     * “Tom Barrow” film", "“Ann Lee Sings Again” was released") names a work, not a person here: it is left out, so
     * it is no antecedent for "he"/"she" nor the last person named before an epithet ("the director said").
     */
    private List<int[]> personMentionsIn(int from, int to) {
      List<int[]> out = new ArrayList<>();
      for (int idx = 0; idx < entities.size(); idx++) {
        Entity e = entities.get(idx);
        if (e.type() != EntityType.PERSON) continue;
        for (Span sp : e.mentions()) {
          int t = tokenAt(sp.start());
          if (t >= from && t < to && c.quoteOf()[t] < 0 && !insideTitle(sp) && !bylineName(t)) {
            out.add(new int[] {t, idx, 0});
          }
        }
      }
      for (int[] r : resolvedSpeakers) {
        if (r[0] >= from && r[0] < to) {
          int idx = entities.indexOf(speakerEntities.get(r[1]));
          if (idx >= 0) out.add(new int[] {r[0], idx, 1});
        }
      }
      out.sort((a, b) -> Integer.compare(a[0], b[0]));
      return out;
    }

    /** Whether every word of the mention {@code sp} is inside a quoted title. */
    private boolean insideTitle(Span sp) {
      int first = tokenAt(sp.start());
      int last = tokenAt(sp.end()) - 1;
      if (first >= c.n() || last < first) return false;
      for (int t = first; t <= last; t++) if (!c.inTitle()[t]) return false;
      return true;
    }

    /** Speakers resolved so far: {mention token, index into speakerEntities}. */
    private final List<int[]> resolvedSpeakers = new ArrayList<>();
    private final List<Entity> speakerEntities = new ArrayList<>();
    /** Every speaker mention resolved so far: {mention token, entity index or -1 when no person}. */
    private final List<int[]> allSpeakers = new ArrayList<>();

    /** Records that the speaker mention at token {@code first} was resolved to the person {@code e}. */
    void noteSpeaker(int first, Entity e) {
      allSpeakers.add(new int[] {first, e == null || e.type() != EntityType.PERSON ? -1 : entities.indexOf(e)});
      if (e == null || e.type() != EntityType.PERSON) return;
      speakerEntities.add(e);
      resolvedSpeakers.add(new int[] {first, speakerEntities.size() - 1});
    }

    /** True when nothing but the given name tells the person's sex: no honorific, no pronoun resolved to them. */
    private boolean sexGuessedFromNameOnly(Entity e) {
      if (pronounGender.getOrDefault(e, Gender.UNKNOWN) != Gender.UNKNOWN) return false;
      if (ownPronounSex(e) != Gender.UNKNOWN) return false;
      for (Span s : e.mentions()) {
        int at = tokenAt(s.start());
        for (int k = Math.max(0, at - 1); k <= at && k < c.n(); k++) {
          String h = c.lower(k);
          if (h.endsWith(".")) h = h.substring(0, h.length() - 1);
          if (FEMALE_HONORIFICS.contains(h) || MALE_HONORIFICS.contains(h)) return false;
        }
        if (roleGender(s) != Gender.UNKNOWN) return false;
      }
      return true;
    }

    /**
     * True when the words from {@code from} to {@code to} tell of something done, not said or thought: no speech
     * verb, quoted words, "that" or subordinator ("Lee felt that Kim's goal ..." is what Lee reports, and Lee the
     * likelier one to go on speaking).
     */
    private boolean plainEvent(int from, int to) {
      for (int k = from; k < to; k++) {
        String w = c.lower(k);
        if (c.quoteOf()[k] >= 0 || isCue(c, k) || SpeechVerbs.isSpeechVerb(w) || w.equals("that")
            || SUBORDINATORS.contains(w)) {
          return false;
        }
      }
      return true;
    }

    /** {@link #sexShown}: the article or a clearly gendered given name shows the sex asked for. */
    private static final int SEX_SHOWN = 2;
    /** {@link #sexShown}: only a given name carried by one listed person of that sex hints at it. */
    private static final int SEX_HINTED = 1;
    /** {@link #sexShown}: nothing tells the person's sex. */
    private static final int SEX_UNSHOWN = 0;
    /** {@link #sexShown}: the person is known to be of the other sex. */
    private static final int SEX_OTHER = -1;

    /**
     * How far the person {@code e} is shown to be of sex {@code want} (honorifics, role or kinship nouns, pronouns
     * about them, a clearly gendered given name, or only a given name one listed person carries): one of
     * {@link #SEX_SHOWN}, {@link #SEX_HINTED}, {@link #SEX_UNSHOWN}, {@link #SEX_OTHER}.
     */
    private int sexShown(Entity e, Gender want) {
      boolean agrees = genderAgrees(e, want);
      boolean either = genderAgrees(e, want == Gender.FEMALE ? Gender.MALE : Gender.FEMALE);
      if (!agrees) return SEX_OTHER;
      if (!either) return SEX_SHOWN;
      int sp = e.name().indexOf(' ');
      return GivenNames.gender(sp > 0 ? e.name().substring(0, sp) : e.name()) == want ? SEX_HINTED : SEX_UNSHOWN;
    }

    /** False when the person is known to be of the other sex: by honorifics, a clearly gendered given name or pronouns. */
    private boolean genderAgrees(Entity e, Gender want) {
      return genderAgrees(e, want, Integer.MAX_VALUE);
    }

    /** {@link #genderAgrees(Entity, Gender)} by the mentions that start before {@code limit} only. */
    private boolean genderAgrees(Entity e, Gender want, int limit) {
      boolean female = false;
      boolean male = false;
      for (Span s : e.mentions()) {
        if (s.start() >= limit) continue;
        int at = tokenAt(s.start());
        for (int k = Math.max(0, at - 1); k <= at && k < c.n(); k++) { // "Ms. Lind" or "Ms." before "Lind"
          String h = c.lower(k);
          if (h.endsWith(".")) h = h.substring(0, h.length() - 1);
          if (FEMALE_HONORIFICS.contains(h)) female = true;
          if (MALE_HONORIFICS.contains(h)) male = true;
        }
        Gender role = roleGender(s);
        if (role == Gender.FEMALE) female = true;
        if (role == Gender.MALE) male = true;
      }
      if (!female && !male) {
        // "Odel Varrin lost his job", "Tamsin Qel took her seat": the article states it
        Gender own = ownPronounSex(e);
        female = own == Gender.FEMALE;
        male = own == Gender.MALE;
      }
      if (!female && !male) {
        // the given name of a full name, or a lone name ("Prince Robert" is known only as "Robert")
        int sp = e.name().indexOf(' ');
        Gender named = GivenNames.clearGender(sp > 0 ? e.name().substring(0, sp) : e.name());
        Gender said = pronounGender.getOrDefault(e, Gender.UNKNOWN);
        Gender known = said != Gender.UNKNOWN ? said : named;
        female = known == Gender.FEMALE;
        male = known == Gender.MALE;
      }
      if (want == Gender.FEMALE) return !male || female;
      if (want == Gender.MALE) return !female || male;
      return true;
    }

    private final java.util.Map<Entity, Gender> ownPronounSex = new java.util.HashMap<>();

    /**
     * The sex the article states for {@code e} by a pronoun in a sentence it opens as the subject: the first
     * third-person singular pronoun after the name that is "he"/"she", a possessive ("his", "her" tagged as a
     * determiner) or a reflexive ("Odel Varrin lost his job", "Tamsin Qel took her seat", "Ilar Vosk blamed
     * himself"), in the same clause (no speech verb, "that", subordinator or comma before it: "Lee said her death
     * was a loss" may be about someone else), with no other name, person noun or quote between. "him" or an object
     * "her" is someone else ("Lee thanked her") and tells nothing; UNKNOWN when nothing or both sexes are stated.
     */
    private Gender ownPronounSex(Entity e) {
      Gender known = ownPronounSex.get(e);
      if (known != null) return known;
      boolean female = false;
      boolean male = false;
      for (Span s : e.mentions()) {
        int first = tokenAt(s.start());
        if (first >= c.n() || c.quoteOf()[first] >= 0 || !opensSentence(nameRunStart(first))) continue;
        Gender g = pronounAfterSubject(nameRunEnd(first));
        if (g == Gender.FEMALE) female = true;
        if (g == Gender.MALE) male = true;
      }
      Gender g = female == male ? Gender.UNKNOWN : female ? Gender.FEMALE : Gender.MALE;
      ownPronounSex.put(e, g);
      return g;
    }

    /** True when only noun-phrase words (nouns, adjectives, determiners) stand before token {@code i} in its sentence. */
    private boolean opensSentence(int i) {
      for (int k = i - 1; k >= 0 && c.sentOf()[k] == c.sentOf()[i]; k--) {
        String pos = c.toks().get(k).pos();
        if (c.quoteOf()[k] >= 0 || pos == null || !(pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT"))
            || c.toks().get(k).norm().equals(",")) {
          return false;
        }
      }
      return true;
    }

    /** The sex the first personal pronoun after the subject name ending at {@code end} states (see {@link #ownPronounSex}). */
    private Gender pronounAfterSubject(int end) {
      int sent = c.sentOf()[end];
      // an apposition right after the name ("Odel Varrin, 61, a widower, said his ...") may hold its own role noun
      int apposEnd = end;
      if (end + 1 < c.n() && c.toks().get(end + 1).norm().equals(",")) {
        int k = end + 2;
        while (k < c.n() && c.sentOf()[k] == sent && c.quoteOf()[k] < 0 && !c.toks().get(k).norm().equals(",")
            && k - end < 12) k++;
        if (k < c.n() && c.sentOf()[k] == sent && c.toks().get(k).norm().equals(",")) apposEnd = k;
        // "Odel Varrin, whose husband runs the pharmacy, ..."
        if (c.lower(end + 2).equals("whose") && end + 3 < c.n()) {
          if (c.lower(end + 3).equals("husband")) return Gender.FEMALE;
          if (c.lower(end + 3).equals("wife")) return Gender.MALE;
        }
        // a pronoun in a noun phrase in apposition is someone else's ("Ilar Vosk, her lawyer,"); in a relative
        // clause it is the person's ("Ilar Vosk, who lost his job,")
        if (apposEnd > end && !c.lower(end + 2).equals("who")) {
          for (int j = end + 2; j < apposEnd; j++) {
            if (MALE_PRONOUNS.contains(c.lower(j)) || FEMALE_PRONOUNS.contains(c.lower(j))) {
              end = apposEnd;
              break;
            }
          }
        }
      }
      for (int k = end + 1, n = 0; k < c.n() && c.sentOf()[k] == sent && n < 25; k++, n++) {
        if (c.quoteOf()[k] >= 0 || c.toks().get(k).norm().equals(";")) return Gender.UNKNOWN;
        String w = c.lower(k);
        if (w.equals("he") || w.equals("his") || w.equals("himself")) return Gender.MALE;
        if (w.equals("she") || w.equals("herself")) return Gender.FEMALE;
        if (w.equals("her")) return "PRP$".equals(c.toks().get(k).pos()) ? Gender.FEMALE : Gender.UNKNOWN;
        if (w.equals("him") || w.equals("hers") || w.equals("whom") || w.equals("whose")) return Gender.UNKNOWN;
        if (k <= apposEnd) continue;
        if (c.mf().isCap(k) || c.mf().isHonorific(k)) return Gender.UNKNOWN;
        // only in the person's own clause: "Hoffman said her death was a loss" is about someone else
        if (isCue(c, k) || w.equals("that") || SUBORDINATORS.contains(w) || w.equals(",")) return Gender.UNKNOWN;
        if (c.mf().isWord(k) && (personNoun(w) || OTHER_PERSON_NOUNS.contains(w))) return Gender.UNKNOWN;
      }
      return Gender.UNKNOWN;
    }

    /** Singular nouns for a person that {@link #personNoun} does not know by ending ("girl", "friend"). */
    private static final Set<String> OTHER_PERSON_NOUNS = MentionFinder.words("boy", "girl", "child", "kid", "baby",
        "friend", "colleague", "partner", "neighbour", "neighbor", "patient", "client", "student", "pupil", "guest",
        "victim", "man", "woman", "lady", "gentleman", "person", "someone", "somebody", "anyone", "everyone",
        "nobody", "one", "whoever", "spouse", "fiancee", "fiance", "girlfriend", "boyfriend", "cousin", "relative");

    /**
     * The sex a kinship or role noun next to the name mention {@code s} states: right before it, or before it
     * and a comma ("actress Ann Lee", "her father, Tom Lee"), or in apposition after it ("Ann Lee, the wife of",
     * "Tom Lee, her husband"); UNKNOWN when none, or both.
     */
    private Gender roleGender(Span s) {
      return roleGender(s, null);
    }

    /** {@link #roleGender(Span)}, setting {@code kin[0]} when the noun is a kinship noun. */
    private Gender roleGender(Span s, boolean[] kin) {
      int first = tokenAt(s.start());
      int after = tokenAt(s.end());
      if (first >= c.n()) return Gender.UNKNOWN;
      int sent = c.sentOf()[first];
      boolean female = false;
      boolean male = false;
      List<Integer> at = new ArrayList<>();
      int k = first - 1;
      // before a comma only as an apposition closed after the name: "her father, Tom Lee, said", not
      // "After thanking his mother, Tom Lee left"
      boolean closed = after >= c.n() || c.sentOf()[after] != sent || c.terminal(after)
          || c.toks().get(after).norm().equals(",");
      if (k >= 0 && c.toks().get(k).norm().equals(",")) k = closed ? k - 1 : -1;
      if (k >= 0) at.add(k);
      if (after + 1 < c.n() && c.toks().get(after).norm().equals(",")) {
        int j = after + 1;
        // "Odel Varrin, 61, a widow, ...": past an age between commas
        if (j + 2 < c.n() && c.sentOf()[j + 1] == sent && "CD".equals(c.toks().get(j).pos())
            && c.toks().get(j + 1).norm().equals(",")) {
          j += 2;
        }
        if (j < c.n() && APPOSITION_DETERMINERS.contains(c.lower(j))) j++;
        at.add(j);
      }
      for (int t : at) {
        if (t >= c.n() || c.sentOf()[t] != sent || c.quoteOf()[t] >= 0) continue;
        String w = c.lower(t);
        if (FEMALE_ROLE_NOUNS.contains(w)) female = true;
        if (MALE_ROLE_NOUNS.contains(w)) male = true;
        if (kin != null && KIN_NOUNS.contains(w)) kin[0] = true;
      }
      return female == male ? Gender.UNKNOWN : female ? Gender.FEMALE : Gender.MALE;
    }

    /** True when a mention of {@code e} is named as someone's relative ("her father, Tom Lee"). */
    private boolean namedAsKin(Entity e) {
      boolean[] kin = new boolean[1];
      for (Span s : e.mentions()) roleGender(s, kin);
      return kin[0];
    }

    private static final Set<String> KIN_NOUNS = MentionFinder.words("wife", "mother", "daughter", "sister", "widow",
        "grandmother", "granddaughter", "aunt", "niece", "stepmother", "mum", "mom", "husband", "father", "son",
        "brother", "widower", "grandfather", "grandson", "uncle", "nephew", "stepfather", "dad");

    private static final Set<String> APPOSITION_DETERMINERS = MentionFinder.words("the", "a", "an", "his", "her", "their");

    /** Kinship and role nouns that state a sex when right before a name ("his wife Ann Lee", "actress Ann Lee"). */
    private static final Set<String> FEMALE_ROLE_NOUNS = SexNouns.FEMALE;
    private static final Set<String> MALE_ROLE_NOUNS = SexNouns.MALE;

    private int tokenAt(int offset) {
      int lo = 0;
      int hi = c.n();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (c.toks().get(mid).start() < offset) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    }

    /**
     * A name that ends a noun phrase which starts a clause: "Top party donor Ann Lee said", "Conservative
     * icon Ann Lee, who ..., used", but not "aware of the effect Kim may have" (a preposition first).
     */
    private boolean premodifiedSubject(int i) {
      int k = i - 1;
      for (int steps = 0; k >= 0 && c.sentOf()[k] == c.sentOf()[i] && c.quoteOf()[k] < 0; k--, steps++) {
        String l = c.lower(k);
        if (CLAUSE_OPENERS.contains(l)) return true;
        if (steps >= 6 || NOT_BEFORE_SUBJECT.contains(l) || MentionFinder.STOP.contains(l)) return false;
        String pos = c.toks().get(k).pos();
        boolean nounPhraseWord = pos == null ? !SpeechVerbs.isSpeechVerb(l)
            : pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("POS")
                || pos.equals("PRP$") || pos.equals("CD") || pos.equals("HYPH");
        if (!nounPhraseWord) return false;
      }
      return true;
    }

    /**
     * "The hearing was moved to May, said prosecutor Ravi Mahmud.": a name right after a speech verb that follows a
     * comma or a closing quote mark (up to three lower-case role words between, such as "prosecutor"), ending its
     * sentence or followed by a comma, is the inverted subject of that verb.
     */
    private boolean invertedSubject(int i) {
      int k = i - 1;
      while (k >= 0 && i - k <= 3 && c.sentOf()[k] == c.sentOf()[i] && c.quoteOf()[k] < 0 && !c.mf().isCap(k)
          && c.mf().isWord(k) && !MentionFinder.STOP.contains(c.lower(k)) && !isCue(c, k)) k--;
      if (k - 1 < 0 || c.sentOf()[k - 1] != c.sentOf()[i] || !isCue(c, k) || isParticiple(c, k)) return false;
      if (!c.toks().get(k - 1).norm().equals(",") && c.quoteOf()[k - 1] < 0) return false;
      int e = i;
      while (e + 1 < c.n() && c.sentOf()[e + 1] == c.sentOf()[i] && (c.mf().isCap(e + 1) || c.mf().isHonorific(e + 1))
          && c.quoteOf()[e + 1] < 0) e++;
      return e + 1 >= c.n() || c.sentOf()[e + 1] != c.sentOf()[i] || c.terminal(e + 1)
          || c.toks().get(e + 1).norm().equals(",");
    }

    /**
     * "Mr Osei - shown by early results to be second - accused ...": the token after an aside between two dashes
     * that opens at {@code j} (at most 30 tokens, no quote or sentence end in it), else {@code j}.
     */
    private int pastDashAside(int j, int sent) {
      if (j >= c.n() || c.quoteOf()[j] >= 0 || !isDash(c.toks().get(j).norm())) return j;
      for (int k = j + 2; k < c.n() && k - j <= 30 && c.sentOf()[k] == sent; k++) {
        if (c.quoteOf()[k] >= 0 || c.terminal(k) || c.toks().get(k).norm().equals(":")) return j;
        if (isDash(c.toks().get(k).norm())) return k + 1;
      }
      return j;
    }

    /** Records that a pronoun of {@code gender} was resolved to {@code e}. */
    void notePronoun(Entity e, String pronoun) {
      String p = pronoun.toLowerCase(Locale.ROOT);
      Gender g = p.equals("she") || p.equals("her") ? Gender.FEMALE : p.equals("he") || p.equals("his") ? Gender.MALE
          : Gender.UNKNOWN;
      if (e != null && g != Gender.UNKNOWN && pronounSure) pronounGender.putIfAbsent(e, g);
    }

    /**
     * A token that starts a name in subject position: after a clause boundary ("But Lee is aware of the
     * effect Kim may have": Lee, not Kim) and followed by a verb-like lower-case word.
     */
    private boolean isSubjectStart(int i) {
      if (!c.mf().isCap(i) && !c.mf().isHonorific(i)) return false;
      if (i > 0 && (c.mf().isCap(i - 1) && !CLAUSE_OPENERS.contains(c.lower(i - 1)) || c.mf().isHonorific(i - 1))
          && c.sentOf()[i - 1] == c.sentOf()[i]) {
        return false;
      }
      if (i > 0 && c.sentOf()[i - 1] == c.sentOf()[i] && c.quoteOf()[i - 1] < 0
          && !CLAUSE_OPENERS.contains(c.lower(i - 1)) && !premodifiedSubject(i)) {
        return false;
      }
      Mention m = c.mf().phraseStartingAt(i, Math.min(c.n(), i + 14));
      if (m == null || m.first() != i && !c.mf().isHonorific(i)) return false;
      int j = m.last() + 1;
      if (j < c.n() && c.toks().get(j).norm().equals(",")) {
        if (j + 1 < c.n() && (SpeechVerbs.isSpeechVerb(c.lower(j + 1)) || AUXILIARIES.contains(c.lower(j + 1)))) {
          j = j + 1; // "..., Rear Admiral Ann Lee, said": the name is itself the appositive
        } else {
          // Appositive: "Kaja Kallas, the EU's top diplomat, said".
          int k = j + 1;
          while (k < c.n() && k - j < 20 && !c.toks().get(k).norm().equals(",") && c.quoteOf()[k] < 0
              && c.sentOf()[k] == c.sentOf()[i]) k++;
          if (k >= c.n() || !c.toks().get(k).norm().equals(",")) return false;
          // "Tomas Ekberg, who skippers Lindqvist's old trawler, "Northern Star," told ...": a relative clause may
          // end in a title or name set off by commas of its own; the verb comes after it.
          if (RELATIVE_OPENERS.contains(c.lower(j + 1))) k = pastNameInApposition(k, c.sentOf()[i]);
          j = k + 1;
          // "Ivo Tarn, head of the Lake Trust, which funded the survey, said ...": a relative clause after the
          // apposition is looked through to the verb.
          if (j < c.n() && APPOSITION_RELATIVES.contains(c.lower(j))) j = pastRelativeClause(j, c.sentOf()[i]);
        }
      }
      j = pastDashAside(j, c.sentOf()[i]);
      while (j < c.n() && MentionFinder.SKIPPABLE.contains(c.lower(j))) j++;
      j += c.mf().timeAfter(j, c.n()); // "Kenny Dunmore yesterday insisted ...": the adverbial is no verb
      j = pastNegationOrMedium(j, c.sentOf()[i]);
      if (j >= c.n()) return false;
      String w = c.toks().get(j).text();
      return Character.isLowerCase(w.charAt(0)) && !MentionFinder.STOP.contains(c.lower(j))
          || SpeechVerbs.isSpeechVerb(c.lower(j)) || AUXILIARIES.contains(c.lower(j));
    }

    /** Negations between an auxiliary and its verb. */
    private static final Set<String> NEGATIONS = MentionFinder.words("not", "n't", "never");

    /** Determiners that open the noun phrase of the medium a statement is made in ("in a letter", "in its reply"). */
    private static final Set<String> MEDIUM_DETERMINERS = MentionFinder.words("a", "an", "its", "their", "the");

    /**
     * The subject of the speech cue at {@code k} (sentence from {@code from}), looking past the medium of the
     * statement right before the cue: in "The Lowfield Rail Company in a written reply said ..." it is the company,
     * not the reply.
     */
    private Mention cueSubject(int k, int from) {
      for (int p = k - 3; p >= k - 6 && p > from; p--) {
        if (!c.lower(p).equals("in") || !MEDIUM_DETERMINERS.contains(c.lower(p + 1))) continue;
        if (pastMediumBeforeSpeechVerb(p, c.sentOf()[k]) == k) return c.mf().subjectBefore(p - 1, from);
      }
      return c.mf().subjectBefore(k - 1, from);
    }

    /**
     * From {@code j}, the word after the subject (and any skippable adverbs): past a negation after an auxiliary
     * ("The Lowfield Rail Company did not bid": the subject stays before the auxiliary) and past the medium of a
     * statement before its speech verb ({@link #pastMediumBeforeSpeechVerb}).
     */
    private int pastNegationOrMedium(int j, int sentence) {
      if (j > 0 && j < c.n() && AUXILIARIES.contains(c.lower(j - 1)) && NEGATIONS.contains(c.lower(j))) j++;
      return pastMediumBeforeSpeechVerb(j, sentence);
    }

    /**
     * "The Lowfield Rail Company in a written reply said ...": a short "in" + determiner + lower-case words phrase
     * (three words at most after the determiner) between the subject and a speech verb (no participle or noun, but
     * "said" always a verb) names the medium of the statement, not what the subject is in; the index of the speech
     * verb, else {@code j} unchanged.
     */
    private int pastMediumBeforeSpeechVerb(int j, int sentence) {
      if (j + 2 >= c.n() || !c.lower(j).equals("in") || !MEDIUM_DETERMINERS.contains(c.lower(j + 1))) return j;
      for (int k = j + 2; k < c.n() && k <= j + 5 && c.sentOf()[k] == sentence && c.quoteOf()[k] < 0; k++) {
        String w = c.toks().get(k).text();
        if (!Character.isLowerCase(w.charAt(0)) || !c.mf().isWord(k)) return j;
        // "in a written reply said": a participle or a noun ("written", "reply") is still part of the medium.
        String pos = c.toks().get(k).pos();
        boolean participleOrNoun = pos != null && (pos.startsWith("NN") || pos.equals("VBN") || pos.equals("VBG"))
            && !c.lower(k).equals("said");
        if (k > j + 2 && !participleOrNoun && SpeechVerbs.isSpeechVerb(c.lower(k))) return k;
      }
      return j;
    }

    /** Words opening a relative clause after an apposition ("..., which ran the survey, said"). */
    private static final Set<String> APPOSITION_RELATIVES = MentionFinder.words("who", "whose", "which");

    /**
     * The token after the comma closing the relative clause that opens at {@code j} (at most 25 tokens, no quote,
     * colon, semicolon, dash or sentence end in it), else {@code j}.
     */
    private int pastRelativeClause(int j, int sent) {
      for (int k = j + 1; k < c.n() && k - j <= 25 && c.sentOf()[k] == sent; k++) {
        String w = c.toks().get(k).norm();
        if (c.quoteOf()[k] >= 0 || c.terminal(k) || w.equals(":") || w.equals(";") || isDash(w)) return j;
        if (w.equals(",")) return k + 1;
      }
      return j;
    }

    /** Words opening a relative clause in apposition to a name ("Ilse Varga, who ..."). */
    private static final Set<String> RELATIVE_OPENERS = MentionFinder.words("who", "whose");

    /** Quote marks, which a title in apposition may stand in. */
    private static boolean quoteMark(String w) {
      return w.length() == 1 && "\"“”'‘’".indexOf(w.charAt(0)) >= 0;
    }

    /**
     * The comma (or the quote mark right after it) that closes a name or title in apposition after the comma at
     * {@code comma} ("..., "Northern Star," told", "..., Northern Star, told"): capitalised words, with at most a few
     * lower-case joining words ("of", "the") among them, optionally in quote marks, then a comma. {@code comma}
     * when no such name follows.
     */
    private int pastNameInApposition(int comma, int sent) {
      int k = comma + 1;
      while (k < c.n() && quoteMark(c.toks().get(k).text())) k++;
      if (k >= c.n() || c.sentOf()[k] != sent || !c.mf().isCap(k)) return comma;
      int words = 0;
      for (; k < c.n() && c.sentOf()[k] == sent && words <= 6; k++) {
        String w = c.toks().get(k).text();
        if (w.equals(",")) {
          int end = k;
          while (end + 1 < c.n() && c.sentOf()[end + 1] == sent && quoteMark(c.toks().get(end + 1).text())) end++;
          return words > 0 ? end : comma;
        }
        if (quoteMark(w)) continue;
        if (!c.mf().isWord(k) || !c.mf().isCap(k) && !NAME_JOINERS.contains(c.lower(k))) return comma;
        words++;
      }
      return comma;
    }

    /** Lower-case words inside a title ("Tales of the Sea", "Back to Work"). */
    private static final Set<String> NAME_JOINERS = MentionFinder.words("of", "the", "to", "and", "a", "in", "on", "for");

    /**
     * A description as speaker. Unnamed sources stay unnamed: an indefinite or bare description ("a
     * spokesperson", "officials", "one aide", "her adviser"), a plural ("the lawmakers"), a role of
     * someone else ("the candidate's adviser"). A document takes its owner ("the group's letter"). A definite description
     * takes the person holding that title ("the Ukrainian president"), the organisation whose name has
     * that head word ("the center" after "the Storm Center"), the one news outlet named before ("the
     * newspaper"), or names a body of a country ("the Ruritanian foreign ministry", "Ruritania's army").
     */
    /** The end of the last mention of {@code e} overlapping {@code [from, to)}, or {@code to} when none does. */
    private int lastEndWithin(Entity e, int from, int to) {
      int end = -1;
      for (Span s : e.mentions()) if (s.start() < to && s.end() > from) end = Math.max(end, s.end());
      return end < 0 ? to : end;
    }

    /** "the 45-year-old": an epithet by age alone. */
    private static final Pattern AGE_EPITHET = Pattern.compile("(?i)(?:the|this)\\s+(\\d{1,3})[- ]year[- ]old");

    /**
     * "Ann Lee, 45, ... “...,” the 45-year-old said": the one person whose age the article gave in apposition right
     * after their name (", 45,", ", aged 45,", " (45)") before the epithet; null when no one or more than one was
     * given that age, or when that age also follows a word that is no person's mention.
     */
    /** An age in apposition: ", 45,", ", aged 45,", " (45)". */
    private static Pattern agePattern(String age) {
      return Pattern.compile(",\\s*(?:aged\\s+)?" + age + "\\s*[,;.)]|\\(\\s*" + age + "\\s*\\)");
    }

    private Entity personOfAge(String age, int before) {
      String text = c.doc().text();
      Matcher given = agePattern(age).matcher(text.substring(0, before));
      Entity only = null;
      while (given.find()) {
        Entity holder = null;
        for (Entity e : entities) {
          if (e.type() != EntityType.PERSON) continue;
          for (Span sp : e.mentions()) {
            if (sp.end() <= given.start() && text.substring(sp.end(), given.start()).isBlank()) holder = e;
          }
        }
        if (holder == null || only != null && only != holder) return null;
        only = holder;
      }
      return only;
    }

    private Entity nominal(Mention m, int ms, int me) {
      Matcher age = AGE_EPITHET.matcher(c.doc().text().substring(ms, me));
      // An age the article gave decides; with no age given, the epithet rules below read it like any other.
      if (age.matches() && agePattern(age.group(1)).matcher(c.doc().text().substring(0, ms)).find()) {
        return personOfAge(age.group(1), ms);
      }
      int possessive = -1;
      for (int k = m.first(); k < m.last(); k++) if (c.mf().isPossessive(k)) possessive = k;
      // "Ann Lee's spokesman", "Tom Brandt's landlord": the one named before "'s" owns the role, and is not it.
      int own = possessive > m.first() && !c.mf().isCap(m.last()) ? c.toks().get(possessive).end() : ms;
      Entity direct = officeOfOrganisation(m, ms, me) || own >= me ? null : overlapping(own, me);
      // "the Spears staffer", "the Lee campaign": a person's name before a lower-case head noun names whose
      // staffer or campaign it is, not the speaker.
      if (direct != null && direct.type() == EntityType.PERSON && !c.mf().isCap(m.last())
          && c.toks().get(m.last()).start() >= lastEndWithin(direct, own, me)) {
        direct = null;
      }
      if (direct != null) return direct;
      String first = c.lower(m.first());
      String head = c.lower(m.last());
      String single = singular(head);
      // "Acme sent a letter. “...,” the letter said": the document speaks for its one named author.
      if (possessive < 0 && DocumentAuthor.isDocumentNoun(single)) {
        Entity author = documentAuthor(m);
        if (author != null) return author;
      }
      // "Acme's report said", "the group's letter said": the document speaks for its owner.
      boolean ownedDocument = possessive > m.first() && DOCUMENT_NOUNS.contains(single);
      // "Ruritania's foreign ministry said": a country's own body, like "the Ruritanian foreign ministry".
      boolean countrysBody = possessive == m.first() + 1 && BODY_NOUNS.contains(single) && single.equals(head)
          && c.mf().isCap(m.first()) && isPlace(m.first());
      if (countrysBody) return bodyOfCountry(m, ms, me);
      // "Harbour Town chairman Ivo Brandt ... “...,” the club's chairman said": the one person titled so.
      if (possessive > m.first() && !ownedDocument) {
        Entity leader = leaderOfOwner(m, possessive, ms, me);
        if (leader != null) return leader;
      }
      if (!ownedDocument && !first.equals("the") && !first.equals("this") && !first.equals("that")) return null;
      if (possessive > m.first()) {
        if (ownedDocument) {
          Mention owner = c.mf().phraseEndingAt(possessive - 1, m.first());
          if (owner == null) return null;
          int os = c.toks().get(owner.first()).start();
          int oe = c.toks().get(owner.last()).end();
          return owner.kind() == Kind.NAME ? overlapping(os, oe) : null;
        }
        // "the Kremlin's press office" is a body; "the Governor's office" is an office's staff, no named body.
        return BODY_NOUNS.contains(single) && c.mf().isCap(possessive - 1)
            && !NerLexicon.instance().isTitleWord(c.lower(possessive - 1)) ? bodyOfCountry(m, ms, me) : null;
      }
      boolean plural = !single.equals(head);
      if (BODY_NOUNS.contains(single) || ORG_NOMINAL_HEADS.contains(single) && !single.startsWith("spokes")) {
        if (plural) return null;
        Entity named = organisationNamedWith(single, ms);
        // "the Freedonian foreign ministry" is not another country's ministry named before it.
        if (named != null && !nameHoldsProperModifiers(named, m)) named = null;
        // "Northwind Company and Eastvale Company fell ... the company said": two fit, so neither is the speaker.
        if (named != null && otherNamedWithNear(named, single, ms)) return null;
        Entity introduced = hasProperModifier(m) ? null : organisationIntroducedAs(single, m.first());
        if (introduced != null) return named == null || named == introduced ? introduced : null;
        if (named == null && !hasProperModifier(m)) named = nearestOrganisationOfKind(single, m.first(), ms);
        if (named == null && !hasProperModifier(m) && first.equals("the") && m.last() == m.first() + 1) {
          named = nameEndingWithHead(single, m.first(), ms, me);
        }
        if (named != null && unnamedHeadSince(single, lastStartBefore(named, ms), ms)) named = null;
        if (named != null) return named;
        if (NEWS_NOUNS.contains(single)) {
          Entity outlet = onlyOutletBefore(ms);
          return outlet != null || hasProperModifier(m) ? outlet : lastOrganisationOfKind(single, NEWS_NAME_WORDS, m.first(), ms);
        }
        return BODY_NOUNS.contains(single) && hasProperModifier(m) ? bodyOfCountry(m, ms, me) : null;
      }
      boolean bare = first.equals("the") && m.last() == m.first() + 1;
      if (plural) return bare ? groupNamedAs(head, m.first(), ms, me) : null;
      if (DOCUMENT_NOUNS.contains(single)) return null;
      Entity titled = titledPerson(m, ms, me, head);
      if (titled == null) titled = officeHolderOfPlace(m, ms, me, head);
      if (titled == null && bare && ROLE_NOUNS.contains(head)) titled = soleSpeakerInRole(head, m.first(), ms, me);
      if (titled == null && first.equals("the")) {
        Entity introduced = bare ? organisationIntroducedAs(head, m.first()) : null;
        titled = organisationWithHeadWord(m, head, ms, me);
        if (introduced != null) return titled == null || titled == introduced ? introduced : null;
      }
      if (titled == null) titled = epithetReferent(m, ms, me, head);
      if (titled == null && bare && KIND_NAME_WORDS.containsKey(head)) {
        titled = lastOrganisationOfKind(head, KIND_NAME_WORDS.get(head), m.first(), ms);
      }
      return titled;
    }

    /** Kind nouns of bodies (club, firm, union) mapped to a class; nouns sharing one class are interchangeable. */
    private static final Map<String, String> OWNER_KINDS = ownerKinds(
        "business:company,firm,group,business,corporation,conglomerate,carmaker,automaker,airline,bank,lender,insurer,"
            + "retailer,chain,brand,label,studio,startup,publisher,developer,manufacturer,maker,producer,supplier,giant,"
            + "broadcaster,network,newspaper,paper,magazine",
        "sport:club,team,side,franchise", "union:union", "party:party", "campaign:campaign",
        "league:league,federation,association", "charity:charity,foundation,trust,society",
        "school:university,college,school,academy,institute", "arts:museum,gallery,orchestra,band,theatre,theater",
        "public:council,committee,commission,agency,senate,parliament,assembly,ministry,department,government");

    private static Map<String, String> ownerKinds(String... groups) {
      Map<String, String> map = new java.util.HashMap<>();
      for (String g : groups) {
        String[] p = g.split(":");
        for (String w : p[1].split(",")) map.put(w, p[0]);
      }
      return Map.copyOf(map);
    }

    /** Heads for whoever leads or founded an organisation ("the club's chairman", "the firm's founder"). */
    private static final Set<String> OWNER_LEADER_NOUNS = MentionFinder.words("chairman", "chairwoman", "chairperson",
        "chair", "president", "founder", "owner", "boss", "chief", "leader", "director", "manager", "coach", "captain",
        "skipper", "executive", "ceo", "editor", "principal", "chancellor", "commissioner");

    /** Title words that make a title another office than the bare role ("vice president", "former chairman"). */
    private static final Set<String> OTHER_OFFICE_WORDS = MentionFinder.words("vice", "deputy", "assistant",
        "associate", "former", "ex", "acting", "interim", "co", "honorary", "life", "emeritus", "joint");

    /** Short names of countries a title may open with ("US President"). */
    private static final Set<String> COUNTRY_SHORT = MentionFinder.words("us", "u.s.", "uk", "u.k.", "usa", "u.s.a.");

    /**
     * "Harbour Town chairman Ivo Brandt spoke. “...,” the club's chairman said", "“...,” said Velmora's chief
     * executive": a leader of an organisation named before "'s", by its kind ("the club's", "the company's") or by
     * name ("Velmora's"), is the one person named before {@code ms} whose title holds the role and its modifiers
     * ("chief", "managing"); boss and chief stand for any leader's title, manager and coach for each other. By
     * name, the title must hold the owner's words. By kind, the title must tie the role to some body (a capitalised
     * word, or the kind noun itself, in the title or right before a mention: "club chairman Ivo Brandt") that is no
     * country and no body of another kind ("chairman of the Senate tariffs committee" for "the company's
     * chairman"); the person holds no national office; nobody else is described with the role; no other
     * organisation whose name ends in the kind noun is named. Null when no one or more than one fits, for a
     * contrastive modifier ("the club's former chairman"), or after an unnamed holder ("a chairman").
     */
    private Entity leaderOfOwner(Mention m, int possessive, int ms, int me) {
      String head = c.lower(m.last());
      if (!OWNER_LEADER_NOUNS.contains(head) || possessive + 1 > m.last()) return null;
      List<String> modifiers = new ArrayList<>();
      for (int k = possessive + 1; k < m.last(); k++) {
        String l = c.lower(k);
        if (!c.mf().isWord(k) || c.quoteOf()[k] >= 0 || CONTRASTIVE_MODIFIERS.contains(l) || OTHER_OFFICE_WORDS.contains(l)
            || MentionFinder.DETERMINERS.contains(l) || c.mf().isCap(k) && !l.equals("ceo")) {
          return null;
        }
        modifiers.add(l);
      }
      if (c.mf().isCap(m.last()) && !head.equals("ceo")) return null;
      int start = c.lower(m.first()).equals("the") ? m.first() + 1 : m.first();
      if (start >= possessive) return null;
      String kind = null;
      List<String> ownerWords = new ArrayList<>();
      if (start == possessive - 1 && !c.mf().isCap(start) && c.lower(m.first()).equals("the")) {
        kind = c.lower(start);
        if (!OWNER_KINDS.containsKey(kind)) return null;
      } else {
        for (int k = start; k < possessive; k++) {
          String l = c.lower(k);
          if (!c.mf().isCap(k) || c.person()[k] || TITLE_WORDS.contains(l) || NerLexicon.instance().isTitleHead(l)
              || COUNTRY_NAMES.contains(l) || COUNTRY_SHORT.contains(l) || !Nationalities.showingWords(l).isEmpty()) {
            return null;
          }
          ownerWords.add(l);
        }
      }
      Entity only = null;
      for (Entity e : entities) {
        if (e.type() != EntityType.PERSON || e.mentions().stream().noneMatch(s -> s.start() < ms && !insideQuote(s.start()))) {
          continue;
        }
        boolean fits = false;
        for (String t : e.titles()) fits |= titleOfLeader(e, t, head, modifiers, kind, ownerWords, ms);
        if (!fits) continue;
        if (only != null) return null;
        only = e;
      }
      if (only == null || kind != null && nationalOffice(only)) return null;
      if (head.equals("chairwoman") && !genderAgrees(only, Gender.FEMALE)) return null;
      if (introducedUnnamed(head, m.first())) return null;
      if (kind != null) {
        if (introducedUnnamed(kind, m.first())) return null;
        Set<String> rivals = Set.of(head);
        if (head.equals("boss") || head.equals("chief") && modifiers.isEmpty()) rivals = LEADER_TITLE_WORDS;
        if (head.equals("manager") || head.equals("coach")) rivals = Set.of("manager", "coach");
        for (Entity e : entities) {
          if (e != only && e.type() == EntityType.PERSON && e.mentions().stream().anyMatch(s -> s.start() < ms)
              && describedWithAny(e, rivals, ms)) {
            return null;
          }
        }
        int bodies = 0;
        for (Entity e : entities) {
          if (e.type() == EntityType.ORGANIZATION && headWordsOfName(e.name()).contains(kind)
              && e.mentions().stream().anyMatch(s -> s.start() < ms)) {
            bodies++;
          }
        }
        if (bodies > 1) return null;
      }
      only.addMention(Span.of(c.doc().text(), ms, me));
      return only;
    }

    /** Whether the title {@code t} of {@code e} is the role {@code head} of the owner ({@link #leaderOfOwner}). */
    private boolean titleOfLeader(Entity e, String t, String head, List<String> modifiers, String kind,
        List<String> ownerWords, int ms) {
      String[] raw = t.split("[\\s-]+");
      List<String> words = new ArrayList<>();
      for (String w : raw) words.add(spelledOut(POSSESSIVE_END.matcher(w).replaceAll("").toLowerCase(Locale.ROOT)));
      boolean ceo = words.contains("ceo") || words.contains("chief") && words.contains("executive");
      boolean role;
      if (head.equals("boss") || head.equals("chief") && modifiers.isEmpty()) {
        role = false;
        for (String w : words) role |= LEADER_TITLE_WORDS.contains(w);
      } else if (head.equals("manager") || head.equals("coach")) {
        role = words.contains("manager") || words.contains("coach");
      } else if (head.equals("ceo") || head.equals("executive") && modifiers.equals(List.of("chief"))) {
        role = ceo;
      } else {
        role = words.contains(head);
      }
      if (!role) return false;
      for (String mod : modifiers) {
        if (!words.contains(mod) && !(head.equals("executive") && mod.equals("chief"))) return false;
      }
      for (String w : words) {
        if (OTHER_OFFICE_WORDS.contains(w) && !modifiers.contains(w)) return false;
      }
      if (kind == null) return words.containsAll(ownerWords);
      boolean tied = false;
      for (int i = 0; i < raw.length; i++) {
        String w = words.get(i);
        if (COUNTRY_NAMES.contains(w) || COUNTRY_SHORT.contains(w) || !Nationalities.showingWords(w).isEmpty()) return false;
        String group = OWNER_KINDS.get(singular(w));
        if (group != null && !group.equals(OWNER_KINDS.get(kind))) return false;
        if (group != null) tied = true;
        if (!raw[i].isEmpty() && Character.isUpperCase(raw[i].charAt(0)) && !TITLE_WORDS.contains(w)
            && !NerLexicon.instance().isTitleHead(w) && !LEADER_TITLE_WORDS.contains(w) && !modifiers.contains(w)
            && !w.equals(head)) {
          tied = true;
        }
      }
      return tied || kindBeforeMention(e, kind, ms);
    }

    /** "club chairman Ivo Brandt": the kind noun up to three words before a mention of {@code e}, in its sentence. */
    private boolean kindBeforeMention(Entity e, String kind, int ms) {
      for (Span s : e.mentions()) {
        if (s.start() >= ms) continue;
        int first = tokenAt(s.start());
        if (first >= c.n() || c.quoteOf()[first] >= 0) continue;
        for (int k = first - 1; k >= 0 && k >= first - 3 && c.sentOf()[k] == c.sentOf()[first]; k--) {
          if (!c.mf().isWord(k)) break;
          if (c.lower(k).equals(kind)) return true;
        }
      }
      return false;
    }

    /** National office: a country word or demonym inside one of the titles ("US President", "Ruritanian premier"). */
    private static boolean nationalOffice(Entity e) {
      for (String t : e.titles()) {
        String l = " " + t.toLowerCase(Locale.ROOT).replaceAll("[^a-z.\\s]", " ") + " ";
        for (String w : l.strip().split("\\s+")) {
          if (COUNTRY_SHORT.contains(w) || !Nationalities.showingWords(w).isEmpty()) return true;
        }
        int of = l.indexOf(" of ");
        if (of >= 0) {
          String rest = l.substring(of + 4).strip().replaceFirst("^the ", "");
          if (COUNTRY_NAMES.contains(rest)) return true;
        }
      }
      return false;
    }

    /**
     * Words whose presence in an organisation's name shows its kind, by the noun for that kind ("airline" ->
     * airways, air; "carmaker" -> motors), and, after "-", words that rule a name out ("Air Force").
     */
    private static final Map<String, Set<String>> KIND_NAME_WORDS = Lexicon.kinds("/quotes/kind-nouns.txt");

    /** Whether a word of the organisation's name shows the kind and none rules it out. */
    private static boolean nameOfKind(Entity e, Set<String> words) {
      boolean fits = false;
      for (String w : e.name().split("[\\s-]+")) {
        String l = POSSESSIVE_END.matcher(w).replaceAll("").toLowerCase(Locale.ROOT);
        if (words.contains("-" + l)) return false;
        fits |= words.contains(l);
      }
      return fits;
    }

    /**
     * "Tarrow Motors recalled its vans. ... the carmaker said": a description by kind refers back to the organisation
     * named last before it (in its sentence or the two before), if that one's name shows the kind; nothing when
     * another organisation of the kind is named near it (the reader cannot tell which) or an unnamed one
     * ("a rival carmaker", "the smaller carmaker") came since, or a capitalised word of the kind stands near outside
     * its name ("Tarrow Motors, quoting Brill Motors, said ...": another one, though not found as an organisation).
     */
    private Entity lastOrganisationOfKind(String head, Set<String> nameWords, int tok, int ms) {
      Predicate<Entity> fits = e -> nameOfKind(e, nameWords);
      Entity named = lastNamedBefore(fits, tok, ms);
      if (named != null && affiliation(lastStartBefore(named, ms))) {
        // "Kestrel Bank said ... Economists at Harrow Bank expected ... the bank said": the one that spoke.
        Entity spoke = speakerBeforeAffiliation(named, head, fits, tok, ms);
        Entity employer = named;
        return spoke == null || otherNamedNear(spoke, e -> e != employer && fits.test(e), ms)
            || kindWordOutside(spoke, employer, nameWords, tok, ms)
            || unnamedHeadSince(head, lastStartBefore(spoke, ms), ms) ? null : spoke;
      }
      if (named == null) named = firstNamedInLastNamingSentence(fits, tok, ms);
      if (named == null || otherNamedNear(named, fits, ms) || kindWordOutside(named, nameWords, tok, ms)) return null;
      int since = lastStartBefore(named, ms);
      if (unnamedHeadSince(head, since, ms) || introducedUnnamedSince(named, head, tokenAt(since), tok)) return null;
      return named;
    }

    /**
     * Heads that are never taken as an organisation's head word: places and buildings ("the house" is not the
     * White House), words for people or a state ("the guard", "the state"), and the press in general.
     */
    private static final Set<String> NOT_ORG_HEADS = MentionFinder.words(
        "house", "state", "city", "town", "village", "street", "road", "avenue", "square", "park", "hall", "home",
        "building", "tower", "court", "island", "county", "country", "nation", "republic", "kingdom", "empire",
        "world", "region", "district", "province", "river", "valley", "lake", "sea", "bay", "mountain", "guard",
        "people", "man", "woman", "family", "times", "post", "press", "media", "news", "watch", "day", "week",
        "year", "game", "show", "program", "programme", "plan", "project", "act", "law", "bill", "order",
        "force", "source", "side", "center", "centre", "line", "point", "way", "gate", "station", "office");

    /** Heads whose holders may be named as places ("St Brigid's Hospital"), yet speak as institutions. */
    private static final Set<String> INSTITUTION_HEADS = MentionFinder.words(
        "hospital", "clinic", "school", "college", "university", "academy", "church", "cathedral", "mosque",
        "synagogue", "temple", "museum", "library", "zoo", "prison", "airport");

    /**
     * "Harbor Bank cut rates. “...,” the bank said": a bare singular "the NOUN" (its other words, if any,
     * words of the name) is the one organisation named outside quotes in the description's paragraph or the
     * three before it whose name has NOUN as its head word: the last word, or the word before "of"/"for"
     * ("Bank of Ruritania", "Society for the Care of Marsh Birds"), plural names folded ("Airlines" ->
     * "the airline"). Nothing when two organisations fit or the head word is also capitalised elsewhere in
     * that stretch outside the organisation's own mentions or "a NOUN" came before ("a rival bank"); place-like,
     * personal and press words never count. A school, hospital or church named by no entity is found by its
     * capitalised name as for "the center".
     */
    private Entity organisationWithHeadWord(Mention m, String head, int ms, int me) {
      if (!head.equals(c.lower(m.last())) || !head.matches("[a-z]{3,}") || NOT_ORG_HEADS.contains(head)
          || TITLE_WORDS.contains(head) || ROLE_NOUNS.contains(head) || NerLexicon.instance().isTitleHead(head)) {
        return null;
      }
      int tok = m.first();
      Entity only = null;
      for (Entity e : entities) {
        boolean kind = e.type() == EntityType.ORGANIZATION
            || e.type() == EntityType.PLACE && INSTITUTION_HEADS.contains(head);
        if (!kind || !headWordsOfName(e.name()).contains(head) || !namedInWindow(e, tok, ms)) continue;
        if (!modifiersInName(m, e.name())) return null;
        if (only != null && !only.name().equalsIgnoreCase(e.name())) return null;
        only = e;
      }
      if (only == null && INSTITUTION_HEADS.contains(head) && m.last() == tok + 1 && !introducedUnnamed(head, tok)) {
        return nameEndingWithHead(head, tok, ms, me); // "Greenfield School" found as no entity of its own
      }
      if (only == null || headCapitalisedElsewhere(only, head, tok) || introducedUnnamed(head, tok)) return null;
      only.addMention(Span.of(c.doc().text(), ms, me));
      return only;
    }

    /** The head words of an organisation's name, singular: its last word and the word before its first "of"/"for". */
    static Set<String> headWordsOfName(String name) {
      String[] w = POSSESSIVE_END.matcher(name).replaceAll("").strip().toLowerCase(Locale.ROOT).split("\\s+");
      Set<String> heads = new HashSet<>();
      if (w.length < 2) return heads; // a one-word name has no head noun apart from the name itself
      heads.add(singular(w[w.length - 1]));
      for (int i = 1; i < w.length - 1; i++) {
        if (w[i].equals("of") || w[i].equals("for")) {
          heads.add(singular(w[i - 1]));
          break;
        }
      }
      return heads;
    }

    /** Whether {@code e} has a mention outside quotes before {@code ms} in the paragraph of {@code tok} or the three before. */
    private boolean namedInWindow(Entity e, int tok, int ms) {
      for (Span s : e.mentions()) {
        if (s.start() >= ms || insideQuote(s.start())) continue;
        if (c.paraOf()[tok] - c.paraOf()[tokenAt(s.start())] <= 3) return true;
      }
      return false;
    }

    /** Whether every word of {@code m} between the article and the head is a word of {@code name}. */
    private boolean modifiersInName(Mention m, String name) {
      List<String> words = Arrays.asList(name.toLowerCase(Locale.ROOT).split("[\\s-]+"));
      for (int k = m.first() + 1; k < m.last(); k++) if (!words.contains(c.lower(k))) return false;
      return true;
    }

    /**
     * Whether the head word, capitalised, occurs outside quotes and outside {@code e}'s mentions in the stretch the
     * description looks back over: another organisation of that kind may be named there.
     */
    private boolean headCapitalisedElsewhere(Entity e, String head, int tok) {
      for (int k = tok - 1; k >= 0 && c.paraOf()[tok] - c.paraOf()[k] <= 3; k--) {
        if (c.quoteOf()[k] >= 0 || !c.mf().isCap(k) || !singular(c.lower(k)).equals(head)) continue;
        int start = c.toks().get(k).start();
        if (e.mentions().stream().noneMatch(s -> s.start() <= start && s.end() > start)) return true;
      }
      return false;
    }

    /** Nouns a writer uses as an epithet for the person just named ("the actor", "the veteran defender"). */
    private static final Set<String> EPITHET_NOUNS = Lexicon.words("/quotes/epithet-nouns.txt");

    /** Nouns for someone defined by another person or party: never an epithet for the one just named. */
    private static final Set<String> RELATIONAL_NOUNS = MentionFinder.words(
        "spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney", "counsel", "solicitor", "barrister", "aide",
        "adviser", "advisor", "source", "insider", "friend", "official", "prosecutor", "judge", "justice", "doctor",
        "physician", "surgeon", "nurse", "therapist", "psychologist", "officer", "detective", "trooper", "agent",
        "representative", "witness", "victim", "suspect", "defendant", "plaintiff", "neighbour", "neighbor",
        "colleague", "partner", "teammate", "rival", "opponent", "owner", "employer", "employee", "assistant",
        "secretary", "deputy", "expert", "analyst", "researcher", "teacher", "student", "host", "anchor", "co-host",
        "co-anchor", "pollster", "strategist", "mr.", "mrs.", "ms.", "dr.", "vice", "prime", "speaker");

    /** Modifiers that set a description apart from the person just named ("the other coach", "the former mayor"). */
    private static final Set<String> CONTRASTIVE_MODIFIERS = MentionFinder.words(
        "other", "another", "same", "former", "ex", "late", "first", "second", "third", "last", "next", "new",
        "previous", "latest", "fellow", "rival", "opposing", "then", "both", "two", "such", "only", "alleged",
        "unnamed", "anonymous", "unidentified", "real", "original", "actual", "eventual", "future", "incoming");

    /** Heads for the staff of a team or firm, and for its players: one is not an epithet for the other. */
    private static final Set<String> STAFF_NOUNS = MentionFinder.words(
        "coach", "manager", "boss", "trainer", "owner", "chairman", "chairwoman", "president", "director", "skipper");
    private static final Set<String> PLAYER_NOUNS = MentionFinder.words(
        "player", "athlete", "striker", "forward", "midfielder", "winger", "defender", "defenseman", "defenceman",
        "fullback", "full-back", "goalkeeper", "goalie", "quarterback", "linebacker", "receiver", "tailback", "pitcher",
        "catcher", "slugger", "shortstop", "outfielder", "infielder", "batsman", "batter", "bowler", "all-rounder",
        "fly-half", "scrum-half", "flanker", "rookie", "footballer", "cricketer");

    private static final Set<String> FEMALE_EPITHETS = MentionFinder.words("woman", "girl", "lady", "actress",
        "businesswoman", "sportswoman", "chairwoman", "congresswoman", "ballerina", "queen", "princess", "duchess");
    private static final Set<String> MALE_EPITHETS = MentionFinder.words("man", "boy", "gentleman", "businessman",
        "sportsman", "chairman", "congressman", "king", "prince", "duke");

    private static final Pattern AGE_NOUN = Pattern.compile("\\d{1,3}-year-old");

    /**
     * An epithet for the person the passage is about: "Tom Baxter, who directed the film, ... “...,” the director
     * said", "“...,” Kim Dahl said. “...,” the 19-year-old rookie defenseman said", "Governor Ray Holt ... the
     * Republican governor said". A definite singular description ("the" + modifiers + a person noun, or "the
     * 32-year-old") with no contrastive modifier (other, former, new, ...) refers to the salient person: the last
     * person named (outside quotes, or as a resolved speaker) in its paragraph or the one before, when a mention of
     * that person since anyone else was named is a subject or a quote's speaker. A title or role ("the director", "the
     * Dutch coach", "the soft-spoken coach") needs that person described with it (premodifier, apposition, title, or
     * its verb: "who directed"); a noun for someone
     * defined by another (lawyer, friend, spokesman, mother) is never an epithet. None when anything else fits: the
     * noun used before for someone else or for an unnamed person, another person described with it or of that age,
     * a sex word against the person's known sex, staff for a player or the reverse, an unnamed or unresolved speaker
     * or a person description as subject since, another person after the description in its sentence, or the
     * person named in quoted words of the paragraph.
     */
    private Entity epithetReferent(Mention m, int ms, int me, String head) {
      if (!c.lower(m.first()).equals("the") || m.last() == m.first()) return null;
      boolean age = AGE_NOUN.matcher(head).matches();
      boolean descriptive = age || EPITHET_NOUNS.contains(head);
      boolean title = isPersonRoleNoun(head) || head.equals("boss") || head.equals("skipper");
      if (KIN_NOUNS.contains(head)) return null;
      if (RELATIONAL_NOUNS.contains(head)) return relationalRoleShown(m, ms, me, head);
      boolean open = !descriptive && !title;
      if (open && !openPersonNoun(head)) return null;
      for (int k = m.first() + 1; k < m.last(); k++) {
        String l = c.lower(k);
        if (CONTRASTIVE_MODIFIERS.contains(l) || c.mf().isPossessive(k) || l.matches("\\d+") || c.quoteOf()[k] >= 0
            || MentionFinder.DETERMINERS.contains(l) || l.equals("of")) {
          return null;
        }
      }
      int tok = m.first();
      int[] salient = salientPerson(tok);
      if (open) return personIntroducedAs(m, head, ms, me, salient);
      // The one person the article showed in the role ("Ivo Brandt, who directed it", "Harbour FC manager Ivo
      // Brandt" for "the Harbour FC boss") is meant even when not the last subject, unless the salient person is
      // someone else.
      Entity shown = onlyPersonShownAs(m, head, ms);
      // "Jon Bell, a striker, scored twice. Coach Ivo Brandt praised him. “...,” the striker said": a salient person
      // shown only on the other side of a team (staff for a player noun, a player for a staff noun) is not meant.
      if (shown != null && salient != null && entities.get(salient[0]) != shown
          && otherSideOfTeam(entities.get(salient[0]), head, ms)) {
        return takeEpithet(shown, head, tok, ms, me, lastMentionBefore(shown, tok));
      }
      if (shown != null && (salient == null || entities.get(salient[0]) == shown)) {
        return takeEpithet(shown, head, tok, ms, me, salient != null ? salient[1] : lastMentionBefore(shown, tok));
      }
      if (salient == null) return null;
      Entity p = entities.get(salient[0]);
      // A title or role (the coach, the Dutch coach, the soft-spoken coach) may be someone else's: the person
      // must be described with it ("Jonas Varberg scored twice. “...,” the veteran coach said" is not Varberg's).
      if (!descriptive && !describedAs(p, head, ms, true)) return null;
      return takeEpithet(p, head, tok, ms, me, salient[1]);
    }

    /**
     * A lower-case noun outside the epithet and title lists that may still be a person's description ("the
     * firefighter", "the pensioner"): not a word for a document, a body, an organisation, a place or people in
     * general.
     */
    private static boolean openPersonNoun(String head) {
      return head.matches("[a-z][a-z-]{2,}") && !DocumentAuthor.isDocumentNoun(head) && !DOCUMENT_NOUNS.contains(head)
          && !BODY_NOUNS.contains(head) && !ORG_NOMINAL_HEADS.contains(head) && !NOT_ORG_HEADS.contains(head)
          && !PEOPLE_NOUNS.contains(head) && !KIN_NOUNS.contains(head);
    }

    /**
     * "Ivo Brandt, 52, a retired firefighter, ... “...,” the firefighter said": a description whose head is in no
     * list names the one person the article introduced with that noun, in apposition ("Ivo Brandt, a retired
     * firefighter,"), right before the name ("pensioner Ivo Brandt") or as a predicate ("Ivo Brandt is a
     * firefighter"); the description's other words must be words of that introduction. None when no one or more
     * than one person was introduced so, when someone else is the salient person, or when any guard of the epithet
     * rule applies (the noun used for anyone else, a speaker in between, ...).
     */
    private Entity personIntroducedAs(Mention m, String head, int ms, int me, int[] salient) {
      Shown shown = onlyPersonShown(ms, e -> wordsIntroducingAs(e, head, ms));
      if (shown == null || salient != null && entities.get(salient[0]) != shown.person()) return null;
      Entity only = shown.person();
      List<String> words = shown.words();
      for (int k = m.first() + 1; k < m.last(); k++) if (!words.contains(singular(c.lower(k)))) return null;
      int tok = m.first();
      return takeEpithet(only, head, tok, ms, me, salient != null ? salient[1] : lastMentionBefore(only, tok));
    }

    /** A person and the words (lower case) by which the article showed them as something. */
    private record Shown(Entity person, List<String> words) {}

    /**
     * The one person mentioned before {@code ms} for whom {@code wordsOf} gives words (the article showed them so),
     * with those words; null when no person or more than one was shown so.
     */
    private Shown onlyPersonShown(int ms, Function<Entity, List<String>> wordsOf) {
      Shown only = null;
      for (Entity e : entities) {
        if (e.type() != EntityType.PERSON || e.mentions().stream().noneMatch(s -> s.start() < ms)) continue;
        List<String> words = wordsOf.apply(e);
        if (words == null) continue;
        if (only != null) return null;
        only = new Shown(e, words);
      }
      return only;
    }

    /**
     * The words (lower case, singular) of the introductions of {@code e} as {@code head} before {@code ms}: an
     * apposition or predicate noun phrase headed by it, or a common noun right before a mention; null when none.
     */
    private List<String> wordsIntroducingAs(Entity e, String head, int ms) {
      List<String> words = null;
      for (Span s : e.mentions()) {
        if (s.start() >= ms) continue;
        int first = tokenAt(s.start());
        int after = tokenAt(s.end());
        if (first >= c.n() || c.quoteOf()[first] >= 0) continue;
        int[] np = appositionPhrase(after);
        if (np == null || !c.lower(np[1]).equals(head)) np = copulaPhrase(after);
        if (np != null && c.lower(np[1]).equals(head) && c.toks().get(np[1]).start() < ms) {
          if (words == null) words = new ArrayList<>();
          for (int k = np[0]; k <= np[1]; k++) words.add(singular(c.lower(k)));
        }
        int k = first - 1;
        if (k >= 0 && c.sentOf()[k] == c.sentOf()[first] && c.lower(k).equals(head) && c.quoteOf()[k] < 0
            && (!c.mf().isCap(k) || k == 0 || c.sentOf()[k - 1] != c.sentOf()[k]
                || MentionFinder.DETERMINERS.contains(c.lower(k - 1)))
            && c.toks().get(k).pos() != null && c.toks().get(k).pos().startsWith("NN")) {
          if (words == null) words = new ArrayList<>();
          for (int j = Math.max(0, k - 2); j <= k; j++) if (c.sentOf()[j] == c.sentOf()[k]) words.add(singular(c.lower(j)));
        }
      }
      return words;
    }

    /** Whether the phrase {@code np} ([first, head] tokens or null) is headed by {@code head} and ends before {@code ms}. */
    private boolean phraseHeadedBy(int[] np, String head, int ms) {
      return np != null && c.lower(np[1]).equals(head) && c.toks().get(np[1]).start() < ms;
    }

    private static boolean within(int[] np, int k) {
      return np != null && k >= np[0] && k <= np[1];
    }

    /** Words that end the noun phrase of an apposition or predicate ("a firefighter from Lowmoor who ..."). */
    private static final Set<String> PHRASE_ENDS = MentionFinder.words("who", "whom", "whose", "which", "that", "from",
        "of", "in", "at", "for", "with", "and", "or", "but", "on", "to", "since", "until", "by", "near", "based");

    /**
     * The noun phrase [first, head] after an article starting at {@code from}: up to five words, ended by a comma or
     * other punctuation, a word of {@link #PHRASE_ENDS} or the sentence's end; its head is lower case. Else null.
     */
    private int[] nounPhraseAfterArticle(int from) {
      if (from >= c.n() || !c.lower(from).matches("a|an|the")) return null;
      int sent = c.sentOf()[from];
      int k = from + 1;
      while (k < c.n() && k <= from + 5 && c.sentOf()[k] == sent && c.quoteOf()[k] < 0 && c.mf().isWord(k)
          && !c.mf().isPossessive(k) && !PHRASE_ENDS.contains(c.lower(k)) && !SpeechVerbs.isSpeechVerb(c.lower(k))) {
        k++;
      }
      int head = k - 1;
      if (head <= from || k < c.n() && c.sentOf()[k] == sent && c.mf().isWord(k) && !PHRASE_ENDS.contains(c.lower(k))) {
        return null;
      }
      if (c.mf().isCap(head)) return null;
      return new int[] {from + 1, head};
    }

    /** "Ivo Brandt, a firefighter,", "Ivo Brandt, 52, a retired firefighter": the phrase after the comma at {@code after}. */
    private int[] appositionPhrase(int after) {
      if (after >= c.n() || !c.toks().get(after).norm().equals(",")) return null;
      int k = after + 1;
      if (k + 1 < c.n() && c.lower(k).matches("\\d{1,3}") && c.toks().get(k + 1).norm().equals(",")) k += 2;
      return nounPhraseAfterArticle(k);
    }

    /** "Ivo Brandt is a firefighter", "Ivo Brandt, who has been a firefighter": the predicate after a mention. */
    private int[] copulaPhrase(int after) {
      int k = after;
      if (k + 1 < c.n() && c.toks().get(k).norm().equals(",") && c.lower(k + 1).equals("who")) k += 2;
      if (k + 1 >= c.n()) return null;
      String l = c.lower(k);
      if ((l.equals("has") || l.equals("had")) && c.lower(k + 1).equals("been")) {
        k += 2;
      } else if (l.matches("is|was|became|becomes")) {
        k++;
      } else {
        return null;
      }
      return nounPhraseAfterArticle(k);
    }

    /** Relational nouns that never name one person shown in the role: honorifics and parts of other titles. */
    private static final Set<String> NEVER_SHOWN_ROLES = MentionFinder.words("mr.", "mrs.", "ms.", "dr.", "vice",
        "prime", "speaker", "source", "insider");

    /**
     * "Orchard owner Greta Holm ... “...,” the owner said": a noun for someone defined by another (owner, lawyer,
     * spokesman) names the one person the article showed in that role by a title, the word right before the name or
     * an apposition ("Greta Holm, owner of the orchard,"), never by salience alone, though someone else may be named since. The description's other words
     * ("the former owner", "the orchard owner") and the head noun of an "of"/"for"/"at" phrase after it ("the owner of
     * the barn") must be words of that showing; every guard of the epithet rule applies (the noun used for anyone or
     * anything else, another person shown so, someone else the salient person, a speaker in between, ...).
     */
    private Entity relationalRoleShown(Mention m, int ms, int me, String head) {
      if (NEVER_SHOWN_ROLES.contains(head)) return null;
      int tok = m.first();
      Shown shown = onlyPersonShown(ms, e -> wordsShowingAs(e, head, ms));
      if (shown == null) return null;
      Entity only = shown.person();
      List<String> shownWith = shown.words();
      for (int k = m.first() + 1; k < m.last(); k++) {
        if (c.mf().isPossessive(k) || !shownWith.contains(c.lower(k))) return null;
      }
      int after = m.last() + 1;
      if (after < c.n() && c.lower(after).matches("of|for|at|with")) {
        // "the owner of the barn said": the phrase's last word before the verb must be in the showing as well.
        int k = after + 1;
        while (k < c.n() && c.sentOf()[k] == c.sentOf()[tok] && c.mf().isWord(k)
            && !SpeechVerbs.isSpeechVerb(c.lower(k))) {
          k++;
        }
        if (k - 1 <= after || !shownWith.contains(singular(c.lower(k - 1)))) return null;
      }
      for (Entity e : entities) {
        if (e == only || e.type() != EntityType.PERSON || e.mentions().stream().noneMatch(s -> s.start() < ms)) continue;
        if (describedAs(e, head, ms, false)) return null;
      }
      // Named by the role, not by salience: someone else named since does not matter, someone else quoted does.
      return takeEpithet(only, head, tok, ms, me, lastMentionBefore(only, tok), true);
    }

    /**
     * The words, lower case and singular, of the title, the words before a name or the apposition that show {@code e}
     * as {@code head} before {@code ms}; null when none does. Several showings give all their words.
     */
    private List<String> wordsShowingAs(Entity e, String head, int ms) {
      List<String> words = new ArrayList<>();
      boolean shown = false;
      for (String t : e.titles()) {
        List<String> w = new ArrayList<>();
        for (String x : t.toLowerCase(Locale.ROOT).split("[\\s-]+")) w.add(singular(spelledOut(x)));
        if (w.contains(head)) {
          shown = true;
          words.addAll(w);
        }
      }
      for (Span s : e.mentions()) {
        if (s.start() >= ms) continue;
        int first = tokenAt(s.start());
        int after = tokenAt(s.end());
        if (first >= c.n() || c.quoteOf()[first] >= 0) continue;
        if (wordBeforeName(head, first)) {
          shown = true;
          for (int k = Math.max(0, first - 3); k < first; k++) words.add(singular(c.lower(k)));
        }
        if (appositionAfter(head, after, ms)) {
          shown = true;
          for (int k = after + 1; k < c.n() && c.sentOf()[k] == c.sentOf()[after] && c.quoteOf()[k] < 0
              && !c.toks().get(k).norm().equals(","); k++) {
            words.add(singular(c.lower(k)));
          }
        }
      }
      return shown ? words : null;
    }

    /** {@code p} for the epithet at {@code tok}, unless anything else fits (see {@link #epithetReferent}). */
    private Entity takeEpithet(Entity p, String head, int tok, int ms, int me, int since) {
      return takeEpithet(p, head, tok, ms, me, since, false);
    }

    /**
     * As above; {@code byRole} when the one person shown in the role is meant, so a person named later in the
     * sentence (what the speaker talked about) does not open another reading.
     */
    private Entity takeEpithet(Entity p, String head, int tok, int ms, int me, int since, boolean byRole) {
      Gender want = FEMALE_EPITHETS.contains(head) ? Gender.FEMALE : MALE_EPITHETS.contains(head) ? Gender.MALE
          : Gender.UNKNOWN;
      if (want != Gender.UNKNOWN
          && (!genderAgrees(p, want) || genderAgrees(p, want == Gender.FEMALE ? Gender.MALE : Gender.FEMALE))) {
        return null;
      }
      if (STAFF_NOUNS.contains(head) && describedWithAny(p, PLAYER_NOUNS, ms)
          || PLAYER_NOUNS.contains(head) && describedWithAny(p, STAFF_NOUNS, ms)) {
        return null;
      }
      if (usedForSomeoneElse(p, head, tok, ms)) return null;
      for (Entity e : entities) {
        if (e == p || e.type() != EntityType.PERSON || e.mentions().stream().noneMatch(s -> s.start() < ms)) continue;
        if (describedAs(e, head, ms, false)) return null;
      }
      if (somebodyElseBetween(p, since, tok) || !byRole && personAfterInSentence(tok)
          || namedInQuotesOfParagraph(p, since, tok)
          || coordinatedWithAnotherPerson(p, since)) {
        return null;
      }
      p.addMention(Span.of(c.doc().text(), ms, me));
      return p;
    }

    /**
     * Whether {@code p} is described with a noun of the other side of a team from {@code head} (staff for a player
     * noun, a player for a staff noun) and never with {@code head} itself.
     */
    private boolean otherSideOfTeam(Entity p, String head, int ms) {
      Set<String> other = STAFF_NOUNS.contains(head) ? PLAYER_NOUNS : PLAYER_NOUNS.contains(head) ? STAFF_NOUNS : null;
      return other != null && describedWithAny(p, other, ms) && !describedAs(p, head, ms, true);
    }

    /** Heads that name the leader of a named organisation ("the Harbour FC boss", "the Acme chief"). */
    private static final Set<String> ORG_ROLE_NOUNS = MentionFinder.words("boss", "chief", "head", "manager", "coach");

    /** Title words of a leader, which "boss", "chief" and "head" stand for. */
    private static final Set<String> LEADER_TITLE_WORDS = MentionFinder.words("boss", "chief", "head", "manager",
        "coach", "chairman", "chairwoman", "chairperson", "president", "director", "ceo", "leader", "executive");

    /** Relative pronouns and auxiliaries that may come between a name and its role's verb ("who will direct"). */
    private static final Set<String> RELATIVE_AUX = MentionFinder.words("who", "will", "would", "has", "had", "have",
        "is", "was", "also", "once", "later", "then", "now", "still", "to");

    /** "the Harbour FC boss": a leader noun after capitalised modifiers, the organisation's name. */
    private boolean orgRole(Mention m, String head) {
      return ORG_ROLE_NOUNS.contains(head) && m.last() > m.first() + 1 && c.mf().isCap(m.last() - 1);
    }

    /**
     * The one person named before {@code ms} whom the article showed as {@code head}: by a title, a word right
     * before a name ("film director Ivo Brandt"), an apposition ("Ivo Brandt, the director,") or the role's verb
     * after a name ("Ivo Brandt, who directed it"); for an organisation's leader ("the Harbour FC boss") by a title
     * holding the organisation's words and a leader word (boss, chief and head stand for any; manager and coach for
     * each other). Null when no one or more than one fits, or when someone else is described with the noun at all.
     */
    private Entity onlyPersonShownAs(Mention m, String head, int ms) {
      boolean org = orgRole(m, head);
      Entity only = null;
      for (Entity e : entities) {
        if (e.type() != EntityType.PERSON || e.mentions().stream().noneMatch(s -> s.start() < ms)) continue;
        boolean shown = org ? leaderOfNamedOrganisation(e, m, head) : shownAs(e, head, ms);
        if (!shown) continue;
        if (only != null) return null;
        only = e;
      }
      if (only == null) return null;
      for (Entity e : entities) {
        if (e == only || e.type() != EntityType.PERSON || e.mentions().stream().noneMatch(s -> s.start() < ms)) continue;
        if (describedAs(e, head, ms, true)) return null;
      }
      return only;
    }

    /** Whether a title of {@code e} holds every capitalised word of {@code m} and a leader word fitting its head. */
    private boolean leaderOfNamedOrganisation(Entity e, Mention m, String head) {
      for (String t : e.titles()) {
        List<String> words = Arrays.asList(t.toLowerCase(Locale.ROOT).split("[\\s-]+"));
        boolean named = true;
        for (int k = m.first() + 1; k < m.last(); k++) named &= !c.mf().isCap(k) || words.contains(c.lower(k));
        if (!named) continue;
        for (String w : words) {
          boolean fits = head.equals("manager") || head.equals("coach")
              ? w.equals("manager") || w.equals("coach") : LEADER_TITLE_WORDS.contains(w);
          if (fits) return true;
        }
      }
      return false;
    }

    /** Whether {@code e} is shown as {@code head} before {@code ms} by a title, a word before a name, an apposition or the role's verb. */
    private boolean shownAs(Entity e, String head, int ms) {
      for (String t : e.titles()) {
        for (String w : t.toLowerCase(Locale.ROOT).split("[\\s-]+")) if (spelledOut(w).equals(head)) return true;
      }
      for (Span s : e.mentions()) {
        if (s.start() >= ms) continue;
        int first = tokenAt(s.start());
        int after = tokenAt(s.end());
        if (first >= c.n() || c.quoteOf()[first] >= 0) continue;
        if (wordBeforeName(head, first) || appositionAfter(head, after, ms) || roleVerbAfter(head, after)
            || phraseHeadedBy(appositionPhrase(after), head, ms) || phraseHeadedBy(copulaPhrase(after), head, ms)) {
          return true;
        }
      }
      return false;
    }

    /** "director Ivo Brandt", "film director Ivo Brandt": the noun right before the name or before other words of it. */
    private boolean wordBeforeName(String head, int first) {
      for (int k = first - 1; k >= 0 && k >= first - 3 && c.sentOf()[k] == c.sentOf()[first]; k--) {
        if (spelledOut(c.lower(k)).equals(head)) return true;
        if (!c.mf().isWord(k) || c.mf().isPossessive(k) || MentionFinder.DETERMINERS.contains(c.lower(k))
            || c.lower(k).matches("of|for|and|or|by|with|to")) {
          return false;
        }
      }
      return false;
    }

    /** "Ivo Brandt, the director," or "Ivo Brandt, a film director": the noun in an apposition with no clause in it. */
    private boolean appositionAfter(String head, int after, int ms) {
      if (after >= c.n() || !c.toks().get(after).norm().equals(",")) return false;
      for (int k = after + 1; k < c.n() && k <= after + 8 && c.sentOf()[k] == c.sentOf()[after]; k++) {
        if (c.toks().get(k).start() >= ms || c.quoteOf()[k] >= 0 || !c.mf().isWord(k)) return false;
        String l = c.lower(k);
        if (l.equals(head)) return true;
        if (l.matches("who|whom|whose|which|that|and|or|but") || SpeechVerbs.isSpeechVerb(l)) return false;
      }
      return false;
    }

    /** "Ivo Brandt, who directed it", "Ivo Brandt, who will direct it", "Ivo Brandt directed it" for "the director". */
    private boolean roleVerbAfter(String head, int after) {
      String stem = head.replaceAll("(or|er|ist)$", "");
      if (stem.length() < 4 || stem.equals(head)) return false;
      int k = after;
      if (k < c.n() && c.toks().get(k).norm().equals(",")) {
        if (k + 1 >= c.n() || !c.lower(k + 1).equals("who")) return false;
        k++;
      }
      while (k < c.n() && RELATIVE_AUX.contains(c.lower(k))) k++;
      if (k >= c.n() || c.quoteOf()[k] >= 0) return false;
      String l = c.lower(k);
      return l.equals(stem) || l.equals(stem + "ed") || l.equals(stem + "es") || l.equals(stem + "s");
    }

    /** The token of the last mention of {@code e} starting before token {@code tok}. */
    private int lastMentionBefore(Entity e, int tok) {
      int last = -1;
      for (Span s : e.mentions()) {
        int t = tokenAt(s.start());
        if (t < tok) last = Math.max(last, t);
      }
      return last;
    }

    /**
     * {entity index, token of its latest salient mention}: the last person named before token {@code tok} in its
     * paragraph or the one before (outside quotes, or a resolved speaker), when one of that person's mentions since
     * anyone else was named opens a clause as its subject or is a quote's speaker; else null.
     */
    private int[] salientPerson(int tok) {
      int para = c.paraOf()[tok];
      int from = tok;
      while (from > 0 && c.paraOf()[from - 1] >= para - 1) from--;
      List<int[]> found = personMentionsIn(from, tok);
      if (found.isEmpty()) return null;
      int idx = found.get(found.size() - 1)[1];
      int at = -1;
      for (int i = found.size() - 1; i >= 0 && found.get(i)[1] == idx; i--) {
        int[] f = found.get(i);
        int run = nameRunStart(f[0]);
        boolean subject = (isSubjectStart(run) || perfectBeAfter(run)) && !followedByPossessive(f[0]);
        if (f[2] == 1 || subject || invertedSubject(run)) {
          at = Math.max(at, f[0]);
        }
      }
      return at < 0 ? null : new int[] {idx, at};
    }

    /** "Brandt has been under fire": a name opening its sentence before "has/had/have been" (no subject start). */
    private boolean perfectBeAfter(int i) {
      if (i > 0 && c.sentOf()[i - 1] == c.sentOf()[i]) return false;
      Mention m = c.mf().phraseStartingAt(i, Math.min(c.n(), i + 14));
      if (m == null || m.kind() != Kind.NAME || m.first() != i) return false;
      int j = m.last() + 1;
      return j + 1 < c.n() && c.sentOf()[j + 1] == c.sentOf()[i] && c.lower(j).matches("has|had|have")
          && c.lower(j + 1).equals("been");
    }

    /**
     * Whether {@code e} is described with {@code head} before {@code ms}: a title, a word up to three tokens before a
     * mention ("coach Ben Harlow"), an apposition after one ("Harlow, the coach,"), or, when {@code verb}, a verb of
     * the noun after a mention in its sentence ("Tom Baxter, who directed the film" for "the director").
     */
    private boolean describedAs(Entity e, String head, int ms, boolean verb) {
      for (String t : e.titles()) {
        for (String w : t.toLowerCase(Locale.ROOT).split("[\\s-]+")) if (spelledOut(w).equals(head)) return true;
      }
      String stem = head.replaceAll("(or|er|ist)$", "");
      for (Span s : e.mentions()) {
        if (s.start() >= ms) continue;
        int first = tokenAt(s.start());
        int after = tokenAt(s.end());
        if (first >= c.n() || c.quoteOf()[first] >= 0) continue;
        int sent = c.sentOf()[first];
        for (int k = Math.max(0, first - 3); k < first; k++) {
          if (c.sentOf()[k] == sent && spelledOut(c.lower(k)).equals(head)) return true;
        }
        if (after < c.n() && c.toks().get(after).norm().equals(",")) {
          for (int k = after + 1; k < c.n() && k <= after + 8 && c.sentOf()[k] == sent; k++) {
            String w = c.toks().get(k).norm();
            if (w.equals(",") || c.quoteOf()[k] >= 0) break;
            if (c.lower(k).equals(head)) return true;
          }
        }
        if (phraseHeadedBy(appositionPhrase(after), head, ms) || phraseHeadedBy(copulaPhrase(after), head, ms)) {
          return true;
        }
        if (!verb || stem.length() < 4) continue;
        for (int k = after; k < c.n() && c.sentOf()[k] == sent && c.toks().get(k).start() < ms; k++) {
          String l = c.lower(k);
          boolean verbForm = l.equals(stem + "ed") || l.equals(stem + "es") || l.equals(stem + "s");
          if (c.quoteOf()[k] < 0 && verbForm) return true;
        }
      }
      return false;
    }

    /** Abbreviated titles before a name, spelled out ("Gov." for "the governor"). */
    private static final java.util.Map<String, String> TITLE_ABBREVIATIONS = java.util.Map.ofEntries(
        java.util.Map.entry("gov.", "governor"), java.util.Map.entry("sen.", "senator"),
        java.util.Map.entry("rep.", "representative"), java.util.Map.entry("gen.", "general"),
        java.util.Map.entry("lt.", "lieutenant"), java.util.Map.entry("col.", "colonel"),
        java.util.Map.entry("capt.", "captain"), java.util.Map.entry("prof.", "professor"),
        java.util.Map.entry("adm.", "admiral"), java.util.Map.entry("sgt.", "sergeant"),
        java.util.Map.entry("maj.", "major"), java.util.Map.entry("pres.", "president"),
        java.util.Map.entry("amb.", "ambassador"), java.util.Map.entry("supt.", "superintendent"),
        java.util.Map.entry("cmdr.", "commander"), java.util.Map.entry("insp.", "inspector"));

    private static String spelledOut(String word) {
      String w = word.endsWith(".") ? word : word + ".";
      return TITLE_ABBREVIATIONS.getOrDefault(w, word);
    }

    private boolean describedWithAny(Entity e, Set<String> nouns, int ms) {
      for (String n : nouns) if (describedAs(e, n, ms, false)) return true;
      return false;
    }

    /**
     * True when the head noun (singular or plural, in or out of quotes) occurs before token {@code tok} other than in
     * a description of {@code p} ("Kim Dahl thanked her coach. ... the coach said"), or, for an age ("the
     * 32-year-old"), when another person is given that age ("Ann Pike, 32,") or {@code p} another. A possessed use
     * ("Jon Bell praised his coach") in a sentence that does not name {@code p} is {@code p}'s role again when the
     * article showed {@code p} in it ("coach Ivo Brandt"): it says whose coach, not that there is another.
     */
    private boolean usedForSomeoneElse(Entity p, String head, int tok, int ms) {
      String plural = head.endsWith("s") || head.endsWith("ch") || head.endsWith("sh") ? head + "es" : head + "s";
      for (int k = 0; k < tok; k++) {
        String l = c.lower(k);
        if (l.equals(head) && possessedOutsideSentenceOf(p, k) && shownAs(p, head, ms)) continue;
        if ((l.equals(head) || l.equals(plural)) && !inDescriptionOf(p, k)) return true;
      }
      if (!AGE_NOUN.matcher(head).matches()) return false;
      String years = head.substring(0, head.indexOf('-'));
      for (Entity e : entities) {
        if (e.type() != EntityType.PERSON) continue;
        for (Span s : e.mentions()) {
          if (s.start() >= ms) continue;
          int after = tokenAt(s.end());
          if (after + 1 < c.n() && c.toks().get(after).norm().equals(",") && c.lower(after + 1).matches("\\d{1,3}")
              && (e == p) != c.lower(after + 1).equals(years)) {
            return true;
          }
        }
      }
      return false;
    }

    /**
     * Whether token {@code k} follows "his", "her", "their" or "its" (outside quotes) in a sentence with no mention of
     * {@code p}.
     */
    private boolean possessedOutsideSentenceOf(Entity p, int k) {
      if (k == 0 || c.quoteOf()[k] >= 0 || !THIRD_PERSON_POSSESSIVES.contains(c.lower(k - 1))) return false;
      for (Span s : p.mentions()) {
        int t = tokenAt(s.start());
        if (t < c.n() && c.sentOf()[t] == c.sentOf()[k]) return false;
      }
      return true;
    }

    /** Whether token {@code k} is up to three tokens before a mention of {@code p} or in an apposition after one. */
    private boolean inDescriptionOf(Entity p, int k) {
      for (Span s : p.mentions()) {
        int first = tokenAt(s.start());
        int after = tokenAt(s.end());
        if (first >= c.n() || c.sentOf()[first] != c.sentOf()[k]) continue;
        if (k < first && k >= first - 3) return true;
        if (within(appositionPhrase(after), k) || within(copulaPhrase(after), k)) return true;
        if (k > after && k <= after + 8 && after < c.n() && c.toks().get(after).norm().equals(",")) {
          boolean closed = false;
          for (int j = after + 1; j < k; j++) closed |= c.toks().get(j).norm().equals(",");
          if (!closed) return true;
        }
      }
      return false;
    }

    /**
     * True when between {@code since} and {@code tok} someone else may be the one meant: a speaker not resolved to
     * {@code p} ("a teammate said", an unresolved "she said"), or a clause whose subject is a description of a
     * person ("The Dutch striker is linked with a move").
     */
    private boolean somebodyElseBetween(Entity p, int since, int tok) {
      for (int[] r : allSpeakers) {
        if (r[0] > since && r[0] < tok && r[1] != entities.indexOf(p)) return true;
      }
      int sentStart = since;
      for (int i = since + 1; i < tok; i++) {
        if (c.sentOf()[i] != c.sentOf()[i - 1]) sentStart = i;
        if (c.quoteOf()[i] >= 0 || !clauseStart(i, sentStart) || !nominalSubjectAt(i, tok)) continue;
        Mention ph = c.mf().phraseStartingAt(i, tok);
        if (ph == null) continue;
        String h = c.lower(ph.last());
        if (AGE_NOUN.matcher(h).matches() || EPITHET_NOUNS.contains(h) || isPersonRoleNoun(h)
            || RELATIONAL_NOUNS.contains(h) || KIN_NOUNS.contains(h)) {
          return true;
        }
      }
      return false;
    }

    /**
     * "Luc Armand and Pavel Niemi both scored": the mention at token {@code at} joined to another person's by "and",
     * "or", "&" or a comma. The epithet after it may be either's, so it is neither's.
     */
    private boolean coordinatedWithAnotherPerson(Entity p, int at) {
      String text = c.doc().text();
      Span own = null;
      for (Span s : p.mentions()) if (tokenAt(s.start()) <= at && tokenAt(s.end()) > at) own = s;
      if (own == null) return false;
      for (Entity e : entities) {
        if (e == p || e.type() != EntityType.PERSON) continue;
        for (Span s : e.mentions()) {
          String between = s.end() <= own.start() ? text.substring(s.end(), own.start())
              : own.end() <= s.start() ? text.substring(own.end(), s.start()) : null;
          if (between != null && COORDINATION.matcher(between).matches()) return true;
        }
      }
      return false;
    }

    private static final Pattern COORDINATION = Pattern.compile("\\s*(?:,\\s*(?:and|or)?|and|or|&)\\s*");

    /**
     * True when a person is named after token {@code tok} in its sentence, outside quotes and titles ("said of
     * Dahl", not "said of “Dahl Returns”").
     */
    private boolean personAfterInSentence(int tok) {
      for (Entity e : entities) {
        if (e.type() != EntityType.PERSON) continue;
        for (Span s : e.mentions()) {
          int t = tokenAt(s.start());
          if (t > tok && t < c.n() && c.sentOf()[t] == c.sentOf()[tok] && c.quoteOf()[t] < 0 && !insideTitle(s)) {
            return true;
          }
        }
      }
      return false;
    }

    /** True when {@code p} is named inside quoted words after {@code since} in the paragraph of {@code tok}. */
    private boolean namedInQuotesOfParagraph(Entity p, int since, int tok) {
      for (Span s : p.mentions()) {
        int t = tokenAt(s.start());
        if (t > since && t < c.n() && c.quoteOf()[t] >= 0 && c.paraOf()[t] <= c.paraOf()[tok]
            && (c.paraOf()[t] == c.paraOf()[tok] || t < tok)) {
          return true;
        }
      }
      return false;
    }

    private DocumentAuthor documents;

    /** The one named author of the document a cue's subject stands for (see {@link DocumentAuthor}), else null. */
    private Entity documentAuthor(Mention m) {
      if (documents == null) {
        documents = new DocumentAuthor(c.toks(), c.sentOf(), c.paraOf(), c.mf(), v -> subjectOfVerb(c, v),
            a -> resolve(a, c.toks().get(a.first()).start()));
      }
      return documents.authorOf(m);
    }

    /**
     * "the center" after "the Coastal Storm Center issued a warning", when no entity has that name: the one
     * capitalised name of two or more words ending in the head word ("Center") in the description's
     * paragraph or the three before it, outside quotes; none if two different such names are there.
     */
    private Entity nameEndingWithHead(String head, int tok, int ms, int me) {
      String name = null;
      int nameStart = -1;
      int nameEnd = -1;
      for (int k = tok - 1; k > 0 && c.paraOf()[tok] - c.paraOf()[k] <= 3; k--) {
        if (c.quoteOf()[k] >= 0 || !c.lower(k).equals(head) || !c.mf().isCap(k)) continue;
        int s = k;
        while (s - 1 >= 0 && c.sentOf()[s - 1] == c.sentOf()[k] && c.mf().isCap(s - 1) && c.quoteOf()[s - 1] < 0
            && !MentionFinder.DETERMINERS.contains(c.lower(s - 1))) s--;
        if (s == k) continue;
        String found = c.doc().text().substring(c.toks().get(s).start(), c.toks().get(k).end());
        if (name != null && !name.equalsIgnoreCase(found)) return null;
        if (name == null) {
          name = found;
          nameStart = c.toks().get(s).start();
          nameEnd = c.toks().get(k).end();
        }
      }
      if (name == null) return null;
      for (Entity e : entities) {
        if (e.type() == EntityType.ORGANIZATION && e.name().equalsIgnoreCase(name)) {
          e.addMention(Span.of(c.doc().text(), ms, me));
          return e;
        }
      }
      Entity org = new Entity(freshId(), EntityType.ORGANIZATION, name);
      org.addMention(Span.of(c.doc().text(), nameStart, nameEnd));
      org.addMention(Span.of(c.doc().text(), ms, me));
      entities.add(org);
      return org;
    }

    /** Nouns of a professional role that a writer uses for a source named just before ("the expert explains"). */
    private static final Set<String> ROLE_NOUNS = MentionFinder.words(
        "expert", "specialist", "doctor", "physician", "surgeon", "nurse", "lawyer", "scientist", "researcher",
        "analyst", "economist", "strategist", "consultant", "historian", "psychologist", "therapist", "engineer",
        "architect", "designer", "chef", "professor");

    private static final Set<String> INDEFINITES = MentionFinder.words("a", "an", "one", "another");

    /**
     * "the expert" when the article has named exactly one person so far, that person was already quoted,
     * holds no title of another kind, was last mentioned within three paragraphs, and no unnamed holder of
     * the role was introduced ("a doctor at the clinic said ... the doctor added" stays unnamed).
     */
    private Entity soleSpeakerInRole(String head, int tok, int ms, int me) {
      Entity only = null;
      for (Entity e : entities) {
        if (e.type() != EntityType.PERSON || e.mentions().stream().noneMatch(s -> s.start() < ms)) continue;
        if (only != null) return null;
        only = e;
      }
      if (only == null || !speakerEntities.contains(only)) return null;
      for (String t : only.titles()) {
        if (!Arrays.asList(t.toLowerCase(Locale.ROOT).split("[\\s-]+")).contains(head)) return null;
      }
      int last = -1;
      for (Span s : only.mentions()) if (s.start() < ms) last = Math.max(last, s.start());
      if (c.paraOf()[tok] - c.paraOf()[tokenAt(last)] > 3) return null;
      if (introducedUnnamed(head, tok)) return null;
      only.addMention(Span.of(c.doc().text(), ms, me));
      return only;
    }

    /**
     * Whether "a/an/one/another [up to two modifiers] {head}" occurs in tokens {@code [from, tok)}, not in apposition
     * to a mention of {@code named} ("Tomas Reyl, a government official, said").
     */
    private boolean introducedUnnamedSince(Entity named, String head, int from, int tok) {
      for (int k = Math.max(0, from); k < tok; k++) {
        if (!c.lower(k).equals(head)) continue;
        for (int j = k - 1; j >= 0 && j >= k - 3 && c.sentOf()[j] == c.sentOf()[k]; j--) {
          if (INDEFINITES.contains(c.lower(j))) {
            boolean apposition = j >= 2 && c.toks().get(j - 1).norm().equals(",") && mentionEndsAt(named, j - 2);
            if (!apposition) return true;
            break;
          }
          if (!c.mf().isWord(j) || MentionFinder.DETERMINERS.contains(c.lower(j))) break;
        }
      }
      return false;
    }

    /** Whether a mention of {@code e} ends at token {@code t}. */
    private boolean mentionEndsAt(Entity e, int t) {
      int end = c.toks().get(t).end();
      for (Span s : e.mentions()) if (s.end() == end) return true;
      return false;
    }

    /** Whether "a/an/one/another [up to two modifiers] {head}" occurs before token {@code tok}. */
    private boolean introducedUnnamed(String head, int tok) {
      return introducedUnnamed(head, 0, tok);
    }

    /** Whether "a/an/one/another [up to two modifiers] {head}" occurs in tokens {@code [from, tok)}. */
    private boolean introducedUnnamed(String head, int from, int tok) {
      for (int k = Math.max(0, from); k < tok; k++) {
        if (!c.lower(k).equals(head)) continue;
        for (int j = k - 1; j >= 0 && j >= k - 3 && c.sentOf()[j] == c.sentOf()[k]; j--) {
          if (INDEFINITES.contains(c.lower(j))) return true;
          if (!c.mf().isWord(j) || MentionFinder.DETERMINERS.contains(c.lower(j))) break;
        }
      }
      return false;
    }

    private static final Set<String> NAME_CONNECTORS = MentionFinder.words("for", "of", "and", "&", "the", "on");

    /**
     * "the doctors" after the article said what they are as a group: "the doctors, members of the group
     * Medics for Clean Water, ..." (or "the doctors are members of ...") names the organisation that speaks
     * for them. Only when every such statement about the noun names the same organisation.
     */
    private Entity groupNamedAs(String head, int tok, int ms, int me) {
      String name = null;
      int nameStart = -1;
      int nameEnd = -1;
      for (int k = 1; k + 3 < tok; k++) {
        if (!c.lower(k).equals(head) || !c.lower(k - 1).equals("the")) continue;
        int j = k + 1;
        if (c.lower(j).equals(",")) j++;
        if (c.lower(j).equals("who")) j++;
        if (c.lower(j).equals("are") || c.lower(j).equals("were")) j++;
        if (j == k + 1 || j + 1 >= tok || !c.lower(j).equals("members") || !c.lower(j + 1).equals("of")) continue;
        int s = j + 2;
        int skipped = 0;
        while (s < tok && c.sentOf()[s] == c.sentOf()[k] && !c.mf().isCap(s) && c.mf().isWord(s) && skipped < 5) {
          s++;
          skipped++;
        }
        if (s >= tok || c.sentOf()[s] != c.sentOf()[k] || !c.mf().isCap(s)) continue;
        int e = s;
        while (e + 1 < tok && c.sentOf()[e + 1] == c.sentOf()[k]) {
          if (c.mf().isCap(e + 1)) e++;
          else if (NAME_CONNECTORS.contains(c.lower(e + 1)) && e + 2 < tok && c.mf().isCap(e + 2)) e += 2;
          else break;
        }
        if (e == s) continue; // one capitalised word may be the start of something else
        String found = c.doc().text().substring(c.toks().get(s).start(), c.toks().get(e).end());
        if (name != null && !name.equalsIgnoreCase(found)) return null;
        name = found;
        nameStart = c.toks().get(s).start();
        nameEnd = c.toks().get(e).end();
      }
      if (name == null) return null;
      Entity org = null;
      for (Entity e : entities) {
        if (e.type() == EntityType.ORGANIZATION && e.name().equalsIgnoreCase(name)) org = e;
      }
      if (org == null) {
        org = new Entity(freshId(), EntityType.ORGANIZATION, name);
        org.addMention(Span.of(c.doc().text(), nameStart, nameEnd));
        entities.add(org);
      }
      org.addMention(Span.of(c.doc().text(), ms, me));
      return org;
    }

    static String singular(String w) {
      if (w.endsWith("ies") && w.length() > 4) return w.substring(0, w.length() - 3) + "y";
      if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("'s") || w.length() < 4) return w;
      if (w.endsWith("s")) return w.substring(0, w.length() - 1);
      return w;
    }

    /** True when every capitalised modifier of {@code m} ("French" in "the French ministry") is in the entity's name. */
    private boolean nameHoldsProperModifiers(Entity e, Mention m) {
      String name = " " + e.name().toLowerCase(Locale.ROOT) + " ";
      for (int k = m.first() + 1; k < m.last(); k++) {
        if (c.mf().isCap(k) && !name.contains(" " + c.lower(k) + " ")) return false;
      }
      return true;
    }

    private boolean hasProperModifier(Mention m) {
      for (int k = m.first() + 1; k < m.last(); k++) if (c.mf().isCap(k)) return true;
      return false;
    }

    /** The organisation mentioned before {@code ms} whose name has {@code head} as a word, latest first. */
    private Entity organisationNamedWith(String head, int ms) {
      Entity best = null;
      int bestPos = -1;
      for (Entity e : entities) {
        if (e.type() != EntityType.ORGANIZATION) continue;
        if (!nameHasWord(e, head)) continue;
        for (Span s : e.mentions()) {
          if (s.start() < ms && s.start() > bestPos) {
            best = e;
            bestPos = s.start();
          }
        }
      }
      return best;
    }

    /**
     * Whether another organisation whose name has {@code head} as a word is named, outside quotes, between the start
     * of the sentence before {@code named}'s last mention and {@code ms}: a reader cannot tell which one "the
     * company" is.
     */
    private boolean otherNamedWithNear(Entity named, String head, int ms) {
      return otherNamedNear(named, e -> nameHasWord(e, head), ms);
    }

    /** Whether another organisation that {@code fits} is named near {@code named}, as for {@link #otherNamedWithNear}. */
    private boolean otherNamedNear(Entity named, Predicate<Entity> fits, int ms) {
      int from = nearWindowStart(named, ms);
      if (from < 0) return false;
      int windowStart = c.toks().get(from).start();
      for (Entity e : entities) {
        if (e == named || e.type() != EntityType.ORGANIZATION || e.name().equalsIgnoreCase(named.name())) continue;
        if (!fits.test(e)) continue;
        for (Span s : e.mentions()) {
          if (s.start() >= windowStart && s.start() < ms && !insideQuote(s.start())) return true;
        }
      }
      return false;
    }

    /** First token of the sentence before {@code named}'s last mention before {@code ms}, or -1. */
    private int nearWindowStart(Entity named, int ms) {
      int t = tokenAt(lastStartBefore(named, ms));
      if (t < 0) return -1;
      int from = t;
      while (from > 0 && c.sentOf()[from - 1] >= c.sentOf()[t] - 1) from--;
      return from;
    }

    /**
     * Whether a capitalised word of {@code nameWords} stands outside quotes and outside {@code named}'s mentions
     * between {@link #nearWindowStart} and token {@code tok}: another organisation of the kind may be named there.
     */
    private boolean kindWordOutside(Entity named, Set<String> nameWords, int tok, int ms) {
      return kindWordOutside(named, named, nameWords, tok, ms);
    }

    /** {@link #kindWordOutside}, a word in the mentions of {@code also} (a commentator's employer) aside too. */
    private boolean kindWordOutside(Entity named, Entity also, Set<String> nameWords, int tok, int ms) {
      for (int k = Math.max(0, nearWindowStart(named, ms)); k < tok; k++) {
        if (c.quoteOf()[k] >= 0 || !c.mf().isCap(k) || !nameWords.contains(c.lower(k))) continue;
        int start = c.toks().get(k).start();
        if (named.mentions().stream().noneMatch(s -> s.start() <= start && s.end() > start)
            && also.mentions().stream().noneMatch(s -> s.start() <= start && s.end() > start)) {
          return true;
        }
      }
      return false;
    }

    private static boolean nameHasWord(Entity e, String word) {
      for (String w : e.name().split("\\s+")) if (w.equalsIgnoreCase(word)) return true;
      return false;
    }

    /**
     * "Acme, the company that makes chains, ...": the one organisation the article introduced, outside quotes and
     * before token {@code tok}, by an apposition of {@code head} (a comma, "a"/"an"/"the", up to three modifiers, the
     * head, then a comma, relative pronoun or preposition: "Acme, the agency said" is a cue); null when none or two different ones were, or when another "a {head}" came since.
     */
    private static final Set<String> APPOSITION_ARTICLES = MentionFinder.words("a", "an", "the");

    /** Words that may follow the head of an apposition ("Acme, a company based in ..."), unlike a verb of its own. */
    private static final Set<String> APPOSITION_ENDS = MentionFinder.words(
        ",", "that", "which", "whose", "based", "founded", "owned", "run", "behind", "known", "in", "of", "from", "with");

    private Entity organisationIntroducedAs(String head, int tok) {
      Entity only = null;
      int introduced = -1;
      for (int k = 3; k < tok; k++) {
        if (c.quoteOf()[k] >= 0 || !c.lower(k).equals(head) || !APPOSITION_ENDS.contains(c.lower(k + 1))) continue;
        int j = k - 1;
        while (j > k - 4 && j > 1 && c.mf().isWord(j) && !MentionFinder.ARTICLES.contains(c.lower(j))
            && !MentionFinder.STOP.contains(c.lower(j))) {
          j--;
        }
        if (!APPOSITION_ARTICLES.contains(c.lower(j)) || !c.toks().get(j - 1).norm().equals(",")) continue;
        // "Acme Growers (AG), a cooperative based in ...": the acronym the name is defined by ends the name
        int nameEnd = j - 2;
        if (nameEnd - 2 >= 0 && c.toks().get(nameEnd).norm().equals(")") && c.toks().get(nameEnd - 2).norm().equals("(")) {
          nameEnd--;
        }
        Entity org = null;
        for (Entity e : entities) {
          if (e.type() == EntityType.ORGANIZATION && mentionEndsAt(e, nameEnd)) org = e;
        }
        if (org == null) continue;
        if (only != null && only != org && !only.name().equalsIgnoreCase(org.name())) return null;
        only = org;
        introduced = k + 1;
      }
      return only != null && !introducedUnnamedSince(only, head, introduced, tok) ? only : null;
    }

    /** Start of the entity's last mention before {@code offset}, or -1. */
    private static int lastStartBefore(Entity e, int offset) {
      int last = -1;
      for (Span s : e.mentions()) if (s.start() < offset) last = Math.max(last, s.start());
      return last;
    }

    /**
     * Whether {@code head} occurs between {@code from} and {@code to} outside quotes and outside any organisation's
     * mention ("the curfew was ordered by Freedonia's interior ministry. ... the ministry said"): a reader takes
     * "the ministry" for that nearer, unnamed body, not an organisation named with the word further back.
     */
    private boolean unnamedHeadSince(String head, int from, int to) {
      if (from < 0) return false;
      int t = tokenAt(from);
      if (t < 0) return false;
      for (int k = Math.max(t, 1); k + 1 < c.n() && c.toks().get(k).end() <= to; k++) {
        if (c.quoteOf()[k] < 0 && !c.organisation()[k] && c.lower(k).equals(head) && otherBodyModifier(k - 1)
            && !nounAfter(k + 1)) {
          return true;
        }
      }
      return false;
    }

    /**
     * A possessor ("Freedonia's interior ministry") or a lower-case modifier ("the interior ministry") before a head
     * noun: another body. A determiner alone ("the ministry", "its ministry") may refer back to the named one.
     */
    private boolean otherBodyModifier(int k) {
      if (c.mf().isPossessive(k)) return true;
      String l = c.lower(k);
      return Character.isLowerCase(c.toks().get(k).text().charAt(0)) && l.chars().allMatch(Character::isLetter)
          && !MentionFinder.DETERMINERS.contains(l) && !MentionFinder.STOP.contains(l) && !c.mf().isPronoun(k);
    }

    /** A noun right after the head makes the head a modifier ("a ministry spokesman"), not the body itself. */
    private boolean nounAfter(int k) {
      String pos = c.toks().get(k).pos();
      if (pos != null) return pos.startsWith("NN");
      return Character.isLowerCase(c.toks().get(k).text().charAt(0)) && !MentionFinder.STOP.contains(c.lower(k))
          && !SpeechVerbs.isSpeechVerb(c.lower(k));
    }

    /** True when the text offset lies in a token inside quotation marks. */
    private boolean insideQuote(int offset) {
      int t = tokenAt(offset);
      return t >= 0 && t < c.n() && c.quoteOf()[t] >= 0;
    }

    /**
     * "The Lowmoor Weather Centre issued a warning. The agency said ...": the organisation last named in the
     * nominal's sentence or the two before it, if it is the last name before the nominal and its name fits
     * the noun: a public body ("the agency", "the department") names one by a word such as Centre, Ministry
     * or Service; a business ("the company", "the firm") names none. A nominal with a proper modifier ("the
     * French ministry") is left to the body-of-country rule. "The group" or "the organisation" fits any name but a
     * news outlet's ("the group" no public body's either): "The Lowmoor Heath Trust opposed the road. “...,” the
     * group said". When no fitting organisation is the last name, the one that spoke in a sentence before (up to
     * three back) may be meant ({@link #organisationThatSpokeBefore}); one named only as an affiliation ("analysts at
     * X") is passed over for the one that spoke ({@link #affiliation}); one that is the object of another's words in
     * its sentence gives none ({@link #objectOfAnotherSpeaker}).
     */
    private Entity nearestOrganisationOfKind(String head, int tok, int ms) {
      if (GENERAL_ORG_HEADS.contains(head)) {
        Predicate<Entity> fits = e -> !isNewsOutletName(e) && (!head.equals("group") || !isPublicBody(e));
        Entity named = lastNamedBefore(fits, tok, ms);
        if (named == null) return organisationThatSpokeBefore(head, fits, tok, ms);
        int last = lastStartBefore(named, ms);
        if (affiliation(last)) return speakerBeforeAffiliation(named, head, fits, tok, ms);
        return headWordBetween(head, last, tok) || otherOrganisationInSentenceOf(named, last) ? null : named;
      }
      boolean publicBody = PUBLIC_BODY_HEADS.contains(head);
      if (!publicBody && !BUSINESS_HEADS.contains(head)) return null;
      Predicate<Entity> fits = e -> isPublicBody(e) == publicBody;
      Entity named = lastNamedBefore(fits, tok, ms);
      if (named == null) return organisationThatSpokeBefore(head, fits, tok, ms);
      int last = lastStartBefore(named, ms);
      if (affiliation(last)) return speakerBeforeAffiliation(named, head, fits, tok, ms);
      return objectOfAnotherSpeaker(named, last, fits) ? null : named;
    }

    /**
     * "Dunmore Foods said its profit fell. ¶ Analysts at Kellner Partners expected a bigger fall. ¶ “...,” the
     * company said": the organisation last named is only where the analysts work, so the description refers back to
     * the organisation that spoke before it ({@link #organisationThatSpokeBefore}, which passes over such mentions);
     * none when no other one spoke.
     */
    private Entity speakerBeforeAffiliation(Entity named, String head, Predicate<Entity> fits, int tok, int ms) {
      Entity spoke = organisationThatSpokeBefore(head, fits, tok, ms);
      return spoke != null && spoke != named ? spoke : null;
    }

    /**
     * "Tallis Freight said it had bought Onslow Depots. “...,” the company said": the organisation named last is
     * the object of what another organisation of the kind, named before it in the same sentence, said; a reader
     * cannot be sure which of the two the description means.
     */
    private boolean objectOfAnotherSpeaker(Entity named, int at, Predicate<Entity> fits) {
      int t = tokenAt(at);
      if (t < 0 || t >= c.n()) return false;
      int[] range = sentenceRange(c.sentOf()[t]);
      if (range == null) return false;
      Entity org = soleSpeakingOrganisation(range[0], range[1]);
      if (org == null || org == named || !fits.test(org)) return false;
      int first = firstStartIn(org, range[0], range[1]);
      return first >= 0 && first < at;
    }

    /** Start of the entity's first mention outside quotes in the token range {@code [from, to)}, or -1. */
    private int firstStartIn(Entity e, int from, int to) {
      int a = c.toks().get(from).start();
      int b = c.toks().get(to - 1).end();
      int first = -1;
      for (Span s : e.mentions()) {
        if (s.start() >= a && s.start() < b && !insideQuote(s.start()) && (first < 0 || s.start() < first)) {
          first = s.start();
        }
      }
      return first;
    }

    /**
     * Whether the organisation's mention at text offset {@code at} names only where people work or where figures
     * come from, not an organisation acting: after "at", "with", "of", "for", "from" or "by" following a commentator
     * or a source ("analysts at", "an economist with", "data from", "a survey by"), or right before a commentator
     * ("Kellner Partners analyst Jo Bell", "Kellner's chief economist").
     */
    private boolean affiliation(int at) {
      int a = tokenAt(at);
      if (a < 0 || a >= c.n() || c.quoteOf()[a] >= 0) return false;
      int p = a - 1;
      if (p >= 0 && MentionFinder.ARTICLES.contains(c.lower(p))) p--;
      if (p >= 1 && c.sentOf()[p - 1] == c.sentOf()[a] && AFFILIATION_PREPOSITIONS.contains(c.lower(p))
          && (COMMENTATOR_NOUNS.contains(c.lower(p - 1)) || SOURCE_NOUNS.contains(c.lower(p - 1)))) {
        return true;
      }
      int k = a;
      int end = mentionEnd(at);
      while (k + 1 < c.n() && c.toks().get(k + 1).start() < end) k++;
      k++;
      if (k < c.n() && c.mf().isPossessive(k)) k++;
      while (k < c.n() && COMMENTATOR_MODIFIERS.contains(c.lower(k))) k++;
      return k < c.n() && c.sentOf()[k] == c.sentOf()[a] && COMMENTATOR_NOUNS.contains(c.lower(k));
    }

    /** End offset of the organisation mention starting at {@code at}. */
    private int mentionEnd(int at) {
      int end = at;
      for (Entity e : entities) {
        if (e.type() != EntityType.ORGANIZATION) continue;
        for (Span s : e.mentions()) if (s.start() == at) end = Math.max(end, s.end());
      }
      return end;
    }

    /** Prepositions that tie a commentator or a source to an organisation ("an analyst at", "figures from"). */
    private static final Set<String> AFFILIATION_PREPOSITIONS = MentionFinder.words("at", "with", "of", "for", "from",
        "by");

    /**
     * People who comment on others' affairs from the organisation they work for; not its own staff doing its work
     * ("forecasters at the weather service", "scientists at the institute"), who act for it.
     */
    private static final Set<String> COMMENTATOR_NOUNS = MentionFinder.words("analyst", "analysts", "economist",
        "economists", "strategist", "strategists", "consultant", "consultants", "trader", "traders", "broker",
        "brokers", "dealer", "dealers", "pollster", "pollsters", "commentator", "commentators");

    /** Words that may stand between an organisation's name and a commentator ("Kellner's chief economist"). */
    private static final Set<String> COMMENTATOR_MODIFIERS = MentionFinder.words("chief", "senior", "lead",
        "principal", "head", "research", "market", "equity", "credit", "industry", "global");

    /** Things an organisation publishes that others cite ("data from", "a survey by"). */
    private static final Set<String> SOURCE_NOUNS = MentionFinder.words("data", "figures", "report", "survey",
        "study", "research", "estimates", "estimate", "poll", "analysis", "statistics", "numbers", "index",
        "forecast", "forecasts", "calculations", "tally", "ranking", "rankings");

    /**
     * "The Coastal Growers Union said it had filed a complaint over charges levied in the Dallow Valley. ¶ “...,”
     * the group said": the organisation that is the subject of every speech cue of the nearest sentence, outside
     * quotes, naming any organisation (the description's own sentence or the three before it), when its name fits
     * the noun. The names after it in its sentence (a place, a person it spoke of) are what it said, not what the
     * description refers back to. None when another organisation is named between that sentence's start and the
     * description, when the organisation did not speak there, or when the noun occurs in between (a nearer group
     * left unnamed).
     */
    private Entity organisationThatSpokeBefore(String head, Predicate<Entity> fits, int tok, int ms) {
      int sentence = c.sentOf()[tok];
      for (int s = sentence; s >= 0 && s >= sentence - 3; s--) {
        int[] range = sentenceRange(s);
        if (range == null) continue;
        int to = s == sentence ? tok : range[1];
        Set<Entity> named = organisationsNamedOutsideQuotes(c.toks().get(range[0]).start(), s == sentence ? ms
            : c.toks().get(to - 1).end());
        if (named.isEmpty()) continue;
        if (s == sentence || named.size() > 1) return null;
        Entity org = soleSpeakingOrganisation(range[0], to);
        if (org == null || !named.contains(org) || !fits.test(org)) return null;
        if (!organisationsNamedOutsideQuotes(c.toks().get(to - 1).end(), ms).isEmpty()) return null;
        return headWordBetween(head, c.toks().get(range[0]).start(), tok) ? null : org;
      }
      return null;
    }

    /**
     * The organisations with a mention starting outside quotes in the text range {@code [from, to)}, but for one
     * naming only where a commentator works or where figures come from ({@link #affiliation}).
     */
    private Set<Entity> organisationsNamedOutsideQuotes(int from, int to) {
      Set<Entity> found = new HashSet<>();
      for (Entity e : entities) {
        if (e.type() != EntityType.ORGANIZATION) continue;
        for (Span s : e.mentions()) {
          if (s.start() >= from && s.start() < to && !insideQuote(s.start()) && !affiliation(s.start())) found.add(e);
        }
      }
      return found;
    }

    /**
     * "The Harbour Gazette has sued the port authority and the Ferry Union over a leaked memo. ... the
     * newspaper said": the organisation that {@code fits} and is the first name, outside quotes, of the last sentence
     * naming anything before {@code ms} (in the window of {@link #lastNamedBefore}); the names after it in that
     * sentence are its objects, not what a kind noun refers back to. Null when another name comes first.
     */
    private Entity firstNamedInLastNamingSentence(Predicate<Entity> fits, int tok, int ms) {
      int sentence = c.sentOf()[tok];
      int lastSentence = -1;
      for (Entity e : entities) {
        for (Span s : e.mentions()) {
          int t = tokenAt(s.start());
          if (t >= 0 && s.start() < ms && !insideQuote(s.start()) && c.sentOf()[t] >= sentence - 2) {
            lastSentence = Math.max(lastSentence, c.sentOf()[t]);
          }
        }
      }
      if (lastSentence < 0) return null;
      Entity first = null;
      int firstPos = Integer.MAX_VALUE;
      for (Entity e : entities) {
        for (Span s : e.mentions()) {
          int t = tokenAt(s.start());
          if (t >= 0 && s.start() < ms && !insideQuote(s.start()) && c.sentOf()[t] == lastSentence && s.start() < firstPos) {
            first = e;
            firstPos = s.start();
          }
        }
      }
      return first != null && first.type() == EntityType.ORGANIZATION && fits.test(first) ? first : null;
    }

    /**
     * "The Trust objected. Later a group of anglers gathered ... “...,” the group said": the noun (or its plural)
     * outside quotes and names after the organisation's mention at {@code from} and before token {@code before} is a
     * nearer group the description may mean.
     */
    private boolean headWordBetween(String head, int from, int before) {
      int t = tokenAt(from);
      if (t < 0) return false;
      for (int k = t; k < before && k < c.n(); k++) {
        String l = c.lower(k);
        if (c.quoteOf()[k] < 0 && !c.organisation()[k] && (l.equals(head) || l.equals(head + "s"))) return true;
      }
      return false;
    }

    /** "The Trust and the Anglers Club met ...": another organisation named outside quotes in the same sentence. */
    private boolean otherOrganisationInSentenceOf(Entity named, int at) {
      int t = tokenAt(at);
      if (t < 0 || t >= c.n()) return false;
      int sentence = c.sentOf()[t];
      for (Entity e : entities) {
        if (e == named || e.type() != EntityType.ORGANIZATION) continue;
        for (Span s : e.mentions()) {
          int k = tokenAt(s.start());
          if (k >= 0 && k < c.n() && c.sentOf()[k] == sentence && c.quoteOf()[k] < 0) return true;
        }
      }
      return false;
    }

    /** Heads that describe an organisation of any kind ("the group said", "the organisation said"). */
    private static final Set<String> GENERAL_ORG_HEADS = MentionFinder.words("group", "organisation", "organization");

    /** Whether a word of the organisation's name shows a news outlet ("Harbour Gazette", "Channel 9 News"). */
    private static boolean isNewsOutletName(Entity e) {
      for (String w : e.name().split("\\s+")) {
        String l = w.toLowerCase(Locale.ROOT);
        if (NEWS_NAME_WORDS.contains(l) || MORE_NEWS_NAME_WORDS.contains(l)) return true;
      }
      return false;
    }

    /** Further words of newspaper and broadcaster names ("Tarn Courier", "Lowmoor Chronicle"). */
    private static final Set<String> MORE_NEWS_NAME_WORDS = MentionFinder.words("courier", "chronicle", "observer",
        "mirror", "inquirer", "examiner", "dispatch", "bulletin", "gazette", "globe", "monitor", "wire", "tv", "fm",
        "weekly", "review", "record", "standard", "star", "sun", "times-dispatch", "register", "recorder", "echo");

    /** Whether a word of the organisation's name makes it a public body ("Centre", "Ministry", "Administration"). */
    private boolean isPublicBody(Entity e) {
      boolean body = false;
      for (String w : e.name().split("[\\s-]+")) {
        body |= BODY_NOUNS.contains(w.toLowerCase(Locale.ROOT)) || AGENCY_NAME_WORDS.contains(w) && !namedAfterPerson(e);
      }
      return body;
    }

    /**
     * The organisation that {@code fits}, named outside quotes in the sentence of {@code tok} or the two before,
     * if it is the last name of all before {@code ms}; null otherwise.
     */
    private Entity lastNamedBefore(Predicate<Entity> fits, int tok, int ms) {
      int sentence = c.sentOf()[tok];
      int from = tok;
      while (from > 0 && c.sentOf()[from - 1] >= sentence - 2) from--;
      int windowStart = c.toks().get(from).start();
      Entity best = null;
      int bestPos = -1;
      int lastName = -1;
      for (Entity e : entities) {
        for (Span s : e.mentions()) {
          // names inside quoted words are not what the narrator's "the company" refers back to
          if (s.start() >= windowStart && s.start() < ms && !insideQuote(s.start())) lastName = Math.max(lastName, s.start());
        }
      }
      for (Entity e : entities) {
        if (e.type() != EntityType.ORGANIZATION || !fits.test(e)) continue;
        for (Span s : e.mentions()) {
          if (s.start() >= windowStart && s.start() < ms && s.start() > bestPos && !insideQuote(s.start())) {
            best = e;
            bestPos = s.start();
          }
        }
      }
      // Only the name right before the description: another name after it may be what it refers to.
      return bestPos == lastName ? best : null;
    }

    /**
     * Capitalised words that make a name a public body's though no description noun says so ("the Federal
     * Fisheries Administration"); "the Marsh Administration", named after a leader, is a government instead.
     */
    private static final Set<String> AGENCY_NAME_WORDS = Set.of("Administration", "Directorate", "Inspectorate",
        "Secretariat");

    /** True when a word of the organisation's name is a word of a person's name in the article. */
    private boolean namedAfterPerson(Entity org) {
      Set<String> words = new HashSet<>(Arrays.asList(org.name().split("[\\s-]+")));
      for (Entity e : entities) {
        if (e.type() != EntityType.PERSON) continue;
        for (String w : e.name().split("[\\s-]+")) if (words.contains(w)) return true;
      }
      return false;
    }

    /** "the newspaper": the one news organisation named before, if there is exactly one. */
    private Entity onlyOutletBefore(int ms) {
      Entity only = null;
      for (Entity e : entities) {
        if (e.type() != EntityType.ORGANIZATION || e.mentions().stream().noneMatch(s -> s.start() < ms)) continue;
        boolean news = false;
        for (String w : e.name().split("\\s+")) news |= NEWS_NAME_WORDS.contains(w.toLowerCase(Locale.ROOT));
        if (!news) continue;
        if (only != null) return null;
        only = e;
      }
      return only;
    }

    /** "the Ruritanian foreign ministry": an organisation named by the description itself, added to the entities. */
    private Entity bodyOfCountry(Mention m, int ms, int me) {
      int from = m.first();
      if (MentionFinder.ARTICLES.contains(c.lower(from))) from++;
      String name = c.doc().text().substring(c.toks().get(from).start(), me);
      for (Entity e : entities) {
        if (e.type() == EntityType.ORGANIZATION && e.name().equalsIgnoreCase(name)) {
          e.addMention(Span.of(c.doc().text(), ms, me));
          return e;
        }
      }
      Entity fresh = new Entity(freshId(), EntityType.ORGANIZATION, name);
      fresh.addMention(Span.of(c.doc().text(), ms, me));
      entities.add(fresh);
      return fresh;
    }

    /**
     * "Court of Appeal Justice Ivo Kessler", "Chief Justice Ivo Kessler": a title ending in "Justice" is a judge's, so
     * "the judge" may mean its holder ("Justice Minister" ends in another word and is not).
     */
    private static boolean judgeTitled(Entity e) {
      for (String t : e.titles()) if (t.toLowerCase(Locale.ROOT).matches("(.*\\s)?justice")) return true;
      return false;
    }

    /** True when a title of {@code e} or the words right before one of its mentions (before {@code ms}) say "former". */
    private boolean calledFormer(Entity e, int ms) {
      for (String t : e.titles()) if (t.toLowerCase(Locale.ROOT).matches(".*\\b(former|ex)\\b.*")) return true;
      String text = c.doc().text();
      for (Span s : e.mentions()) {
        if (s.start() >= ms) continue;
        String before = text.substring(Math.max(0, s.start() - 40), s.start()).toLowerCase(Locale.ROOT);
        int stop = Math.max(before.lastIndexOf('.'), Math.max(before.lastIndexOf(','), before.lastIndexOf('\n')));
        if (before.substring(stop + 1).matches(".*\\b(former|ex)\\b.*")) return true;
      }
      return false;
    }

    /**
     * "Tarn Sen. Mara Quill and Sen. Ivo Brandt of Lowmark spoke. “...,” the Tarn senator said": a title word after
     * the name of a place ("the Tarn senator", "the New Lowmark governor") is the one person named before who is
     * shown in that office ({@link #shownAs}) and with that place: the place's words in one of the titles, among
     * the words right before a mention ("Tarn Sen. Mara Quill"), or after "of"/"from" right after one ("Sen. Mara
     * Quill of Tarn"). Null when no one or more than one is shown so, when the description holds any word that is no
     * capitalised word of a place, or when an unnamed holder ("a Tarn senator") came since the person was named. Not
     * someone called former ("former Tarn Gov. Ivo Brandt" is not "the Tarn governor").
     */
    private Entity officeHolderOfPlace(Mention m, int ms, int me, String head) {
      if (!c.lower(m.first()).equals("the") || m.last() < m.first() + 2 || !TITLE_WORDS.contains(head)) return null;
      List<String> place = new ArrayList<>();
      for (int k = m.first() + 1; k < m.last(); k++) {
        if (!c.mf().isWord(k) || !c.mf().isCap(k) || c.mf().isPossessive(k) || c.quoteOf()[k] >= 0 || !isPlace(k)) {
          return null;
        }
        place.add(c.lower(k));
      }
      Entity only = null;
      for (Entity e : entities) {
        if (e.type() != EntityType.PERSON || !shownAs(e, head, ms) || !shownWithPlace(e, place, ms)
            || calledFormer(e, ms)) {
          continue;
        }
        if (only != null) return null;
        only = e;
      }
      if (only == null || introducedUnnamedSince(only, head, lastMentionBefore(only, m.first()), m.first())) return null;
      only.addMention(Span.of(c.doc().text(), ms, me));
      return only;
    }

    /** Whether {@code e} is shown with the place {@code words} before {@code ms} ({@link #officeHolderOfPlace}). */
    private boolean shownWithPlace(Entity e, List<String> words, int ms) {
      for (String t : e.titles()) {
        if (Arrays.asList(t.toLowerCase(Locale.ROOT).split("[\\s-]+")).containsAll(words)) return true;
      }
      for (Span s : e.mentions()) {
        if (s.start() >= ms) continue;
        int first = tokenAt(s.start());
        int after = tokenAt(s.end());
        if (first >= c.n() || c.quoteOf()[first] >= 0) continue;
        List<String> before = new ArrayList<>();
        for (int k = first - 1; k >= 0 && k >= first - 4 && c.sentOf()[k] == c.sentOf()[first]; k--) {
          if (!c.mf().isWord(k) || !c.mf().isCap(k) || c.mf().isPossessive(k) || c.quoteOf()[k] >= 0) break;
          before.add(c.lower(k));
        }
        if (before.containsAll(words)) return true;
        if (after + words.size() < c.n() && c.lower(after).matches("of|from") && c.sentOf()[after] == c.sentOf()[first]) {
          boolean all = true;
          for (int i = 0; i < words.size(); i++) all &= c.lower(after + 1 + i).equals(words.get(i));
          if (all) return true;
        }
      }
      return false;
    }

    /** "the Ukrainian president": the person whose titles hold the head and the description's other words. */
    private Entity titledPerson(Mention m, int ms, int me, String head) {
      if (!NerLexicon.instance().isTitleHead(head) && !TITLE_WORDS.contains(head)) return null;
      List<String> modifiers = new ArrayList<>();
      boolean former = false;
      for (int k = m.first(); k < m.last(); k++) {
        String l = c.lower(k);
        if (l.equals("former")) former = true;
        if (!MentionFinder.DETERMINERS.contains(l) && c.mf().isWord(k) && !l.equals("former") && !l.equals("new")) {
          modifiers.add(l);
        }
      }
      Entity best = null;
      int bestPos = -1;
      for (Entity e : entities) {
        if (e.type() != EntityType.PERSON) continue;
        StringBuilder desc = new StringBuilder(String.join(" ", e.titles()).toLowerCase(Locale.ROOT));
        int lastBefore = -1;
        for (Span s : e.mentions()) {
          if (s.start() >= ms) continue;
          lastBefore = Math.max(lastBefore, s.start());
          desc.append(' ').append(s.text().toLowerCase(Locale.ROOT));
        }
        if (lastBefore < 0) continue;
        // "the former prime minister" is not the sitting one: only someone the article calls former.
        if (former && !calledFormer(e, ms)) continue;
        String d = desc.toString();
        if (!Arrays.asList(d.split("[\\s-]+")).contains(head) && !(head.equals("judge") && judgeTitled(e))) {
          continue;
        }
        boolean all = true;
        for (String mod : modifiers) all &= d.contains(mod.length() > 5 ? mod.substring(0, 5) : mod);
        if (all && lastBefore > bestPos) {
          best = e;
          bestPos = lastBefore;
        }
      }
      // "Official Tomas Reyl gave the toll. Later, an official said ... “...,” the official said": an unnamed holder of
      // the title introduced since the named one was last mentioned is the one meant.
      if (best != null && introducedUnnamedSince(best, head, tokenAt(bestPos), m.first())) return null;
      if (best != null) best.addMention(Span.of(c.doc().text(), ms, me));
      return best;
    }  }
}


