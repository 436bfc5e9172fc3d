package newsflow.enrich.nlp.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.ner.NewsEntityRecognizer.Doc;
import newsflow.enrich.nlp.ner.NewsEntityRecognizer.M;
import newsflow.enrich.nlp.places.Gazetteer;
import newsflow.enrich.nlp.places.GazetteerEntry;
import newsflow.enrich.nlp.places.PlaceKind;

/**
 * Clubs named after their home: in a sports report, "Leicestershire beat Somerset", "Surrey captain
 * Chris Lewis", "Nice's home defeat" and "the match against Yorkshire" name teams, which are
 * organisations, not places. A place name becomes an organisation when the article is a sports report
 * (at least three different sports words) and one of its mentions competes (a word of
 * {@code /ner/sports.txt} right before or after it), or is listed with one that does ("rivals Essex,
 * Derbyshire and Surrey"); then all its mentions in the article are the team (one sense per article),
 * except after a spatial preposition ("at Leicester", "in Nice") and in a dateline.
 * Country names (and the home nations that field their own teams, "nation" in the list) stay places:
 * a national team is reported under its country, as the gazetteer and most news taggers have it.
 */
final class SportsTeams {
  private static final int MIN_SPORTS_TERMS = 3;
  private static final Set<String> SPATIAL = Set.of("in", "at", "near", "outside", "around", "across", "to", "from",
      "of", "into");
  private static final Set<String> CONNECTORS = Set.of(",", "and", "or", "&");
  private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "was", "were", "will", "would");
  /** Words between "X's" and a team word: "X's new coach", "X's first-choice goalkeeper". */
  private static final Set<String> ADJECTIVES = Set.of("new", "former", "first-choice", "regular", "veteran",
      "young", "assistant", "interim", "caretaker", "top", "leading", "first", "second", "third", "home", "away");

  private final NerLexicon lex;
  private final Gazetteer gazetteer;

  SportsTeams(NerLexicon lex, Gazetteer gazetteer) {
    this.lex = lex;
    this.gazetteer = gazetteer;
  }

  /** {@code chosen} with the teams of a sports report retyped as organisations; unchanged otherwise. */
  List<M> retype(Doc d, List<M> chosen) {
    if (!isSportsReport(d)) return chosen;
    Set<String> teams = new HashSet<>();
    Set<Integer> people = new HashSet<>(); // first tokens of people
    for (M m : chosen) if (m.type() == EntityType.PERSON && m.to() > m.from()) people.add(m.from());
    boolean[] candidate = new boolean[chosen.size()]; // one gazetteer lookup per mention
    boolean[] competing = new boolean[chosen.size()]; // with their own evidence: "fans of X", "transfer to X"
    for (int k = 0; k < chosen.size(); k++) candidate[k] = candidate(d, chosen.get(k));
    for (int k = 0; k < chosen.size(); k++) {
      M m = chosen.get(k);
      if (!candidate[k] || !competes(d, m, people)) continue;
      teams.add(key(d, m));
      competing[k] = true;
      // coordinated with it: "rivals Essex , Derbyshire and Surrey", "Derbyshire and Surrey closed in"
      for (int dir = -1; dir <= 1; dir += 2) {
        M prev = m;
        for (int j = k + dir; j >= 0 && j < chosen.size(); j += dir) {
          M o = chosen.get(j);
          if (!candidate[j] || !coordinated(d, dir < 0 ? o : prev, dir < 0 ? prev : o)) break;
          teams.add(key(d, o));
          prev = o;
        }
      }
    }
    if (teams.isEmpty()) return chosen;
    List<M> out = new ArrayList<>(chosen.size());
    for (int k = 0; k < chosen.size(); k++) {
      M m = chosen.get(k);
      boolean team = competing[k] || candidate[k] && teams.contains(key(d, m)) && !spatial(d, m)
          && !dateline(d, m) && !(qualifier(d, m) && d.allCaps(m.from() - 2));
      out.add(team ? new M(m.from(), m.to(), EntityType.ORGANIZATION, m.score()) : m);
    }
    return out;
  }

  /**
   * At least {@value #MIN_SPORTS_TERMS} different sports words, one of them specific to sport
   * ("innings", "league"; "season", "victory" or "coach" alone do not make a sports report).
   */
  boolean isSportsReport(Doc d) {
    Set<String> seen = new HashSet<>();
    boolean specific = false;
    for (int i = 0; i < d.tok.length; i++) {
      String w = d.norm(i).toLowerCase(Locale.ROOT);
      boolean term = lex.isSportsWord("term", w);
      if (!term && !lex.isSportsWord("weak", w)) continue;
      specific |= term;
      seen.add(w);
      if (specific && seen.size() >= MIN_SPORTS_TERMS) return true;
    }
    return false;
  }

  /**
   * A place name (not a country or a sporting nation) the recogniser took for a place or, when it is a
   * division or a well-known city ({@link GazetteerEntry#isWellKnown}), for a person ("Glamorgan").
   */
  private boolean candidate(Doc d, M m) {
    boolean person = m.type() == EntityType.PERSON && m.from() == m.to() && m.score() <= NewsEntityRecognizer.MODEL;
    if (m.type() != EntityType.PLACE && !person) return false;
    String phrase = d.phrase(m.from(), m.to());
    if (lex.isSportsWord("nation", phrase)) return false;
    List<GazetteerEntry> entries = gazetteer.lookup(phrase);
    if (entries.isEmpty()) return !person; // "Ssangbangwool": the model's place
    boolean big = false;
    for (GazetteerEntry e : entries) {
      if (e.kind() == PlaceKind.COUNTRY) return false;
      big |= e.isWellKnown();
    }
    return !person || big;
  }

  /** A sports word right before or after the name, or after "name's". */
  private boolean competes(Doc d, M m, Set<Integer> people) {
    int p = m.from() - 1;
    if (p >= 0 && d.sameSentence(p, m.from())) {
      String w = d.norm(p).toLowerCase(Locale.ROOT);
      if (lex.isSportsWord("before", w)) return true;
      if (w.equals("over") && near(d, p, "win", "wins", "victory", "triumph", "lead")) return true; // "win over X"
      if (w.equals("to") && near(d, p, "lost", "lose", "loses", "losing", "defeat", "loss")) return true;
      if (w.equals("with") && near(d, p, "drew", "draw", "draws", "tied", "tie")) return true;
      // "winners over X", "scored for X", "fans of X", "coach at X", "the move to X"
      if (w.equals("over") && near(d, p, "winners", "winner", "victors")) return true;
      if (w.equals("for") && near(d, p, "played", "plays", "playing", "play", "scored", "scores", "signed", "signs")) {
        return true;
      }
      if (w.equals("of") && near(d, p, "fans", "supporters", "players", "coach", "manager", "captain")) return true;
      if (w.equals("at") && near(d, p, "coach", "manager", "player", "striker", "spell", "career", "stint")) return true;
      if (w.equals("to") && near(d, p, "transferred", "transfer", "move", "moved", "moves", "loaned", "switch")) {
        return true;
      }
    }
    int n = m.to() + 1;
    if (n < d.tok.length && d.sameSentence(m.to(), n)) {
      String w = d.norm(n).toLowerCase(Locale.ROOT);
      if (spatial(d, m) || qualifier(d, m)) return false;
      if (lex.isSportsWord("after", w)) return true;
      // "X has won", "X were beaten": an auxiliary, then the verb
      if (AUXILIARIES.contains(w) && n + 1 < d.tok.length && d.sameSentence(n, n + 1)
          && (lex.isSportsWord("after", d.norm(n + 1)) || d.norm(n + 1).equalsIgnoreCase("beaten"))) {
        return true;
      }
      // "X's coach", "X's Australian captain"
      if ((w.equals("'s") || w.equals("\u2019s")) && n + 1 < d.tok.length && d.sameSentence(n, n + 1)) {
        if (lex.isSportsWord("owned", d.norm(n + 1))) return true;
        if (people.contains(n + 1)) return true; // "Baltimore's Eddie Murray": the club's player
        return n + 2 < d.tok.length && d.sameSentence(n, n + 2) && lex.isSportsWord("owned", d.norm(n + 2))
            && (d.capitalised(n + 1) || ADJECTIVES.contains(d.norm(n + 1).toLowerCase(Locale.ROOT)));
      }
    }
    return false;
  }

  /** One of {@code words} one or two tokens before {@code p}. */
  private static boolean near(Doc d, int p, String... words) {
    for (int k = p - 1; k >= Math.max(0, p - 2); k--) {
      if (!d.sameSentence(k, p)) return false;
      String w = d.norm(k).toLowerCase(Locale.ROOT);
      for (String x : words) if (w.equals(x)) return true;
    }
    return false;
  }

  /** Only commas, "and", "or" between {@code a} and {@code b} (a before b, same sentence). */
  private static boolean coordinated(Doc d, M a, M b) {
    if (a.to() >= b.from() || !d.sameSentence(a.to(), b.from()) || b.from() - a.to() > 3) return false;
    for (int i = a.to() + 1; i < b.from(); i++) {
      if (!CONNECTORS.contains(d.norm(i).toLowerCase(Locale.ROOT))) return false;
    }
    return b.from() > a.to() + 1;
  }

  private static boolean spatial(Doc d, M m) {
    int p = m.from() - 1;
    return p >= 0 && d.sameSentence(p, m.from()) && SPATIAL.contains(d.norm(p).toLowerCase(Locale.ROOT));
  }

  /** "ARLINGTON , Texas": the state or county of a place before it, not a team. */
  private static boolean qualifier(Doc d, M m) {
    int p = m.from() - 1;
    return p >= 1 && d.sameSentence(p - 1, m.from()) && d.norm(p).equals(",") && d.capitalised(p - 1);
  }

  /** "LEICESTER 1996-08-30": a dateline in capitals at the start of a paragraph. */
  private static boolean dateline(Doc d, M m) {
    return d.paragraphStart(m.from()) && d.allCaps(m.from());
  }

  private static String key(Doc d, M m) {
    return d.phrase(m.from(), m.to()).toLowerCase(Locale.ROOT);
  }
}
