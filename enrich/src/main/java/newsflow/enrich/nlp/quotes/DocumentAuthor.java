package newsflow.enrich.nlp.quotes;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.Token;
import newsflow.enrich.nlp.lexicon.SpeechVerbs;
import newsflow.enrich.nlp.quotes.MentionFinder.Kind;
import newsflow.enrich.nlp.quotes.MentionFinder.Mention;

/**
 * The author of a document that is a quote's cue: in "Nurses for Safe Wards sent a letter to the minister.
 * “We ask for a review,” the letter said" the letter's words are the group's. Looking back from the cue over
 * the mentions of the same document noun ("letter") in its paragraph and the {@value #WINDOW} before it, each
 * mention may name an author: the subject of an authoring verb ("X sent a letter", "X issued a warning"), of a
 * speech verb with the document after "in" ("X said in a statement"; fronted: "In a letter to Y, X wrote"), a name
 * after "from"/"by" ("the report from X", "a memo by X", "a statement released by X"), or a possessor ("X's
 * report"). The author is returned only when exactly one named person or organisation is found this way over the
 * whole window, which ends with the paragraph of the nearest "a"/"an" mention naming one (a statement of an
 * earlier paragraph is another one); a mention after "is"/"was" describes the same document. None when an author
 * is unnamed ("police said in court documents", "its report"), two are named (two letters, or a letter issued
 * by one and signed by another), the document is one of several (a plural of the noun) or set apart from another
 * ("the earlier report"), or the subject is one of a list ("X and Y wrote", "..., including X, signed"). A letter
 * to someone or a report about someone names no author.
 * Stateless apart from the document it reads.
 */
final class DocumentAuthor {

  /** Written things whose words are their author's. */
  private static final Set<String> DOCUMENT_NOUNS = MentionFinder.words(
      "letter", "statement", "report", "memo", "memorandum", "complaint", "lawsuit", "filing", "post", "tweet",
      "email", "e-mail", "release", "note", "message", "editorial", "op-ed", "column", "notice", "announcement",
      "warning", "advisory", "alert", "bulletin", "petition", "motion", "brief", "affidavit", "ruling",
      "judgment", "judgement", "order", "decision", "study", "document", "submission", "proposal");

  /** Verbs whose subject writes or issues the document they take as object ("X sent a letter"). */
  private static final Set<String> AUTHORING_VERBS = MentionFinder.words(
      "send", "sends", "sent", "sending", "write", "writes", "wrote", "written", "writing", "issue", "issues",
      "issued", "issuing", "release", "releases", "released", "releasing", "publish", "publishes", "published",
      "publishing", "file", "files", "filed", "filing", "post", "posts", "posted", "posting", "submit", "submits",
      "submitted", "submitting", "lodge", "lodges", "lodged", "lodging", "pen", "pens", "penned", "draft",
      "drafts", "drafted", "sign", "signs", "signed", "signing", "put", "puts", "tweet", "tweets", "tweeted",
      "deliver", "delivers", "delivered", "hand", "handed");

  /** Participles between a document and "by" that name its author ("a statement released by X"). */
  private static final Set<String> AUTHORING_PARTICIPLES = MentionFinder.words(
      "sent", "written", "issued", "released", "published", "filed", "posted", "submitted", "lodged", "penned",
      "drafted", "signed", "put");

  /** Modifiers that set the document apart from another one of its kind ("the earlier report"). */
  private static final Set<String> DISTINGUISHING = MentionFinder.words(
      "previous", "prior", "earlier", "later", "first", "second", "third", "final", "last", "next", "other",
      "another", "separate", "original", "latest", "initial", "subsequent", "follow-up", "second-quarter");

  /** Words that may stand between a speech verb and "in a statement" ("said Monday in a statement"). */
  private static final int VERB_BEFORE_IN = 4;

  /** Paragraphs before the cue's own that are searched for the document's introduction. */
  static final int WINDOW = 4;

  private final List<Token> toks;
  private final int[] sentOf;
  private final int[] paraOf;
  private final MentionFinder mf;
  private final IntFunction<Mention> subjectOfVerb;
  private final Function<Mention, Entity> resolve;

  /**
   * {@code subjectOfVerb}: the subject mention of the verb at a token index (null when there is none);
   * {@code resolve}: the entity a mention names (null when none).
   */
  DocumentAuthor(List<Token> toks, int[] sentOf, int[] paraOf, MentionFinder mf, IntFunction<Mention> subjectOfVerb,
      Function<Mention, Entity> resolve) {
    this.toks = toks;
    this.sentOf = sentOf;
    this.paraOf = paraOf;
    this.mf = mf;
    this.subjectOfVerb = subjectOfVerb;
    this.resolve = resolve;
  }

  /** True when the singular, lower-case noun names a kind of document this rule knows. */
  static boolean isDocumentNoun(String single) {
    return DOCUMENT_NOUNS.contains(single);
  }

  /** The one named author of the document the mention {@code m} (a speech cue's subject) stands for, else null. */
  Entity authorOf(Mention m) {
    int head = m.last();
    String noun = mf.lower(head);
    if (!DOCUMENT_NOUNS.contains(noun) || !isNoun(head)) return null;
    String det = mf.lower(m.first());
    boolean definite = det.equals("the") || det.equals("this") || det.equals("that");
    boolean indefinite = det.equals("a") || det.equals("an");
    if (!definite && !indefinite) return null;
    for (int k = m.first() + 1; k < head; k++) {
      if (DISTINGUISHING.contains(mf.lower(k)) || mf.isCap(k) || mf.isPossessive(k)) return null;
    }
    Set<Entity> authors = new LinkedHashSet<>();
    int firstPara = paraOf[head] - WINDOW;
    for (int k = head; k >= 0 && paraOf[k] >= firstPara; k--) {
      if (mf.quoted(k) || !isNoun(k)) continue;
      String l = mf.lower(k);
      if (!l.equals(noun)) {
        if (l.equals(noun + "s") || l.equals(noun + "es")) return null; // several of them in play
        continue;
      }
      if (k != head && m.first() < k) continue;
      int start = determinerBefore(k);
      if (start < 0 || k != head && predicative(start)) continue;
      for (int t = start; t < k; t++) {
        if (DISTINGUISHING.contains(mf.lower(t))) return null; // "a second statement": another one in play
      }
      String opener = mf.lower(start);
      int known = authors.size();
      if (MentionFinder.PRONOUNS.contains(opener) || MentionFinder.POSSESSIVE_DETERMINERS.contains(opener)) {
        // "Ann Lee said in her letter", "In its report, Acme wrote": the owner is the one who says it there; any
        // other pronoun owner ("their report") is one this rule does not resolve.
        if (ownerSpeaking(k, start, opener, authors) == null) return null;
        continue;
      }
      if (authorsAt(k, start, authors) == null) return null;
      if (indefinite) break; // "X issued a statement warning that “...”": this mention introduces it
      // "Ann Lee said in a statement ...": an earlier document of an earlier paragraph is another one; one in the
      // same paragraph still makes it unclear which is meant.
      if (k != head && introduces(start) && authors.size() > known) firstPara = Math.max(firstPara, paraOf[k]);
    }
    if (authors.isEmpty() && definite && noun.equals("letter") && !writtenTo(head, authors)) return null;
    return authors.size() == 1 ? authors.iterator().next() : null;
  }

  /** Forms of "be" before a predicate noun phrase ("It is the third memo on the budget"). */
  private static final Set<String> BE_FORMS = MentionFinder.words("is", "are", "was", "were");

  /**
   * True when the document's phrase opening at {@code start} follows a form of "be" ("Her note was the last memo
   * before the vote"): it describes a thing already named, so it is no other document in play.
   */
  private boolean predicative(int start) {
    return start > 0 && sentOf[start - 1] == sentOf[start] && !mf.quoted(start - 1)
        && BE_FORMS.contains(mf.lower(start - 1));
  }

  /**
   * True when the document's phrase opening at {@code start} brings in a new document ("a statement" in "Ann Lee
   * said in a statement on Friday"): looking back from "the statement said", a statement of an earlier paragraph
   * than this one is another one.
   */
  private boolean introduces(int start) {
    String det = mf.lower(start);
    return det.equals("a") || det.equals("an");
  }

  /** Forms of "write" that, followed by "to", say that their subject sent a letter ("X wrote to the council"). */
  private static final Set<String> WRITE_FORMS = MentionFinder.words("wrote", "writes", "written");

  /**
   * "The Harbour Union wrote to the agency on Monday. “...,” the letter said": with no earlier mention of the
   * letter, the subject of "wrote to" (outside quotes, in the paragraph of the cue or the {@value #WINDOW} before it)
   * is the author; every such subject is added, so two writers, or one of a list ("X and three colleagues wrote"),
   * leave no single author; false when a writer is no one entity or one of a list.
   */
  private boolean writtenTo(int head, Set<Entity> authors) {
    int firstPara = paraOf[head] - WINDOW;
    for (int k = head - 1; k >= 0 && paraOf[k] >= firstPara; k--) {
      if (mf.quoted(k) || !WRITE_FORMS.contains(mf.lower(k)) || k + 1 >= toks.size() || !mf.lower(k + 1).equals("to")
          || sentOf[k + 1] != sentOf[k] || !isVerb(k)) {
        continue;
      }
      if (subjectAuthor(k, authors) == null) return false; // an unnamed or listed writer: no single author
    }
    return true;
  }

  /**
   * Adds the authors the mention of the document at {@code k} (its phrase from {@code start}) names to
   * {@code authors}; null when it names an author that is no entity, or one of several.
   */
  private Boolean authorsAt(int k, int start, Set<Entity> authors) {
    // "X's report": the possessor.
    if (mf.isPossessive(start)) {
      Mention owner = mf.phraseEndingAt(start - 1, Math.max(0, start - 8));
      if (owner == null || owner.kind() != Kind.NAME) return null;
      return add(owner, authors);
    }
    // "the report from X", "a statement released by X", "The letter, signed by X, said".
    int j = k + 1;
    if (j < toks.size() && mf.norm(j).equals(",")) j++;
    if (j + 1 < toks.size() && (mf.lower(j).equals("which") || mf.lower(j).equals("that"))) j++;
    while (j < toks.size() && (mf.lower(j).equals("was") || mf.lower(j).equals("is") || mf.lower(j).equals("has")
        || mf.lower(j).equals("had") || mf.lower(j).equals("been"))) j++;
    boolean participle = j < toks.size() && AUTHORING_PARTICIPLES.contains(mf.lower(j));
    if (participle) j++;
    // "the report by X" and "The report, by X, found" name the author as well ("by" right after the noun).
    boolean rightAfter = j == k + 1 || j == k + 2 && mf.norm(k + 1).equals(",");
    if (j + 1 < toks.size() && sentOf[j] == sentOf[k] && !mf.quoted(j)
        && (mf.lower(j).equals("by") && (participle || rightAfter) || mf.lower(j).equals("from") && j == k + 1)) {
      Mention after = mf.phraseStartingAt(j + 1, verbAfter(j + 1, Math.min(toks.size(), j + 14)));
      if (after != null) {
        Boolean ok = add(after, authors);
        if (ok == null) return null;
      }
    }
    // "An editorial in the Harbour Courier argued": an editorial is the voice of the paper it runs in.
    if (mf.lower(k).equals("editorial") && k + 2 < toks.size() && mf.lower(k + 1).equals("in")
        && sentOf[k + 1] == sentOf[k] && !mf.quoted(k + 1)) {
      Entity paper = publication(k + 2);
      if (paper != null) authors.add(paper);
    }
    int before = start - 1;
    if (before < 0 || sentOf[before] != sentOf[k] || mf.quoted(before)) return true;
    String b = mf.lower(before);
    // "X sent a letter", "X issued a warning", "X put out a statement".
    int verb = b.equals("out") && before - 1 >= 0 ? before - 1 : before;
    if (AUTHORING_VERBS.contains(mf.lower(verb)) && !mf.isCap(verb) && isVerb(verb)) {
      return subjectAuthor(verb, authors);
    }
    if (!b.equals("in")) return true;
    return speakerInDocument(k, before, authors);
  }

  /**
   * The speaker of a clause the document's phrase (its noun at {@code k}) is the medium of, "in" being at
   * {@code before}: the subject of a speech verb a few words before "in" ("X said in a statement", "X wrote Monday
   * in a letter"), or of the clause after a fronted phrase ("In a letter to the agency, Rep. Dana Whitfield
   * wrote"). Added to {@code authors}; null when that subject is no one entity or one of a list, true otherwise.
   */
  private Boolean speakerInDocument(int k, int before, Set<Entity> authors) {
    // "X said in a statement", "X wrote Monday in a letter".
    for (int v = before - 1; v >= 0 && before - v <= VERB_BEFORE_IN && sentOf[v] == sentOf[k]; v--) {
      if (mf.quoted(v) || !mf.isWord(v)) break;
      if (SpeechVerbs.isSpeechVerb(mf.lower(v)) && !mf.isCap(v) && isVerb(v)) return subjectAuthor(v, authors);
    }
    // "In a letter to the agency, Rep. Dana Whitfield wrote": the subject after the fronted phrase.
    boolean fronted = before == 0 || sentOf[before - 1] != sentOf[before] || mf.quoted(before - 1);
    if (!fronted) return true;
    int comma = k + 1;
    while (comma < toks.size() && sentOf[comma] == sentOf[k] && comma - k < 15 && !mf.norm(comma).equals(",")) comma++;
    if (comma >= toks.size() || !mf.norm(comma).equals(",") || mf.quoted(comma)) return true;
    Mention subject = mf.phraseStartingAt(comma + 1, Math.min(toks.size(), comma + 14));
    if (subject == null) return true;
    int v = subject.last() + 1;
    while (v < toks.size() && MentionFinder.SKIPPABLE.contains(mf.lower(v))) v++;
    if (v < toks.size() && sentOf[v] == sentOf[k] && SpeechVerbs.isSpeechVerb(mf.lower(v)) && !mf.isCap(v)) {
      return add(subject, authors);
    }
    return true;
  }

  /**
   * "Ann Lee said in her letter", "In its report, the Harbour Board wrote": a document owned through a possessive
   * pronoun ({@code opener}, at {@code start}) is the speaker's own when the speaker says it in that document and
   * is of the pronoun's kind ("his"/"her" a person, "its" an organisation); that speaker is added to
   * {@code authors}. Null for any other owner ("their letter", "his report" with no such clause, a speaker of the
   * other kind); true otherwise.
   */
  private Boolean ownerSpeaking(int k, int start, String opener, Set<Entity> authors) {
    EntityType kind = opener.equals("his") || opener.equals("her") ? EntityType.PERSON
        : opener.equals("its") ? EntityType.ORGANIZATION : null;
    int before = start - 1;
    if (kind == null || before < 0 || sentOf[before] != sentOf[k] || mf.quoted(before)
        || !mf.lower(before).equals("in")) {
      return null;
    }
    Set<Entity> speaker = new LinkedHashSet<>();
    if (speakerInDocument(k, before, speaker) == null || speaker.size() != 1) return null;
    Entity e = speaker.iterator().next();
    if (e.type() != kind) return null;
    authors.add(e);
    return true;
  }

  /** Tokens the name of a publication after "an editorial in" may run to before its verb. */
  private static final int PUBLICATION_SPAN = 10;

  /**
   * The organisation a publication's phrase from {@code from} names ("the Harbour Courier"), or its name set off
   * by commas after a description ("the region's oldest daily, the Harbour Courier,"); null when neither names
   * one.
   */
  private Entity publication(int from) {
    int limit = Math.min(toks.size(), from + PUBLICATION_SPAN);
    Mention first = mf.phraseStartingAt(from, verbAfter(from, limit));
    if (first == null || mf.quoted(first.first()) || sentOf[first.first()] != sentOf[from]) return null;
    if (first.kind() == Kind.NAME) {
      Entity e = resolve.apply(first);
      if (e != null && e.type() == EntityType.ORGANIZATION) return e;
    }
    int comma = first.last() + 1;
    if (comma + 1 >= toks.size() || !mf.norm(comma).equals(",") || mf.quoted(comma) || sentOf[comma] != sentOf[from]) {
      return null;
    }
    Mention apposed = mf.phraseStartingAt(comma + 1, verbAfter(comma + 1, Math.min(toks.size(), comma + 1 + PUBLICATION_SPAN)));
    if (apposed == null || apposed.kind() != Kind.NAME || sentOf[apposed.first()] != sentOf[from]) return null;
    int after = apposed.last() + 1;
    if (after >= toks.size() || !mf.norm(after).equals(",")) return null;
    Entity e = resolve.apply(apposed);
    return e != null && e.type() == EntityType.ORGANIZATION ? e : null;
  }

  /** The subject of the verb at {@code v} as an author: null when it is no one entity or one of a list. */
  private Boolean subjectAuthor(int v, Set<Entity> authors) {
    Mention subject = subjectOfVerb.apply(v);
    if (subject == null) return null;
    for (int t = subject.first() - 1; t >= 0 && sentOf[t] == sentOf[v]; t--) {
      String l = mf.lower(t);
      // "Forty doctors, including Dr. Ann Lee, signed a letter": one of several authors.
      if (!mf.quoted(t) && (l.equals("including") || l.equals("among") || l.equals("and") && t == subject.first() - 1)) {
        return null;
      }
    }
    return add(subject, authors);
  }

  private Boolean add(Mention author, Set<Entity> authors) {
    if (author.kind() == Kind.NOT_SPEAKER || author.kind() == Kind.RELATIVE) return null;
    if (author.kind() == Kind.NOMINAL && DOCUMENT_NOUNS.contains(mf.lower(author.last()))) return null;
    int after = author.last() + 1;
    if (after < toks.size() && (mf.lower(after).equals("and") || mf.lower(after).equals("&")) && !mf.quoted(after)) {
      return null; // "from Ann Lee and Tom Brandt"
    }
    Entity e = resolve.apply(author);
    if (e == null || e.type() != EntityType.PERSON && e.type() != EntityType.ORGANIZATION) return null;
    authors.add(e);
    return true;
  }

  /**
   * The first token from {@code from} (before {@code limit}) tagged as a verb, else {@code limit}: the end of the
   * author's phrase in "The memo by the Kestrel Foundation warned ...", which stops before "warned".
   */
  private int verbAfter(int from, int limit) {
    for (int t = from; t < limit; t++) {
      String pos = toks.get(t).pos();
      if (pos != null && pos.startsWith("VB")) return t;
    }
    return limit;
  }

  /** The determiner (or possessive) opening the document's phrase ending at {@code k}, or -1. */
  private int determinerBefore(int k) {
    for (int t = k - 1; t >= 0 && k - t <= 5 && sentOf[t] == sentOf[k]; t--) {
      String l = mf.lower(t);
      if (mf.quoted(t)) return -1;
      if (MentionFinder.DETERMINERS.contains(l) || mf.isPossessive(t)) return t;
      if (!mf.isWord(t) && !l.equals("-")) return -1;
      if (MentionFinder.STOP.contains(l)) return -1;
    }
    return -1;
  }

  private boolean isNoun(int k) {
    String pos = toks.get(k).pos();
    return pos == null || pos.startsWith("NN");
  }

  private boolean isVerb(int k) {
    String pos = toks.get(k).pos();
    return pos == null || pos.startsWith("VB");
  }
}
