package newsflow.enrich.nlp.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsflow.enrich.nlp.EntityType;

/**
 * An organisation whose name coordinates two words before its head ("the Farming and Rural Affairs Council",
 * "Tamworth and Dunmore Police") read as its second part alone ("Rural Affairs Council", "Dunmore Police").
 * The capitalised word right before "and" joins the organisation when the organisation's last word is an
 * institutional head (council, police, foundation, ...) and either that word is part of no other mention or,
 * for a force or service named after two areas, it is a one-word place or organisation of its own (a
 * one-word miscellaneous tag also yields). Two
 * firms or teams in a row ("Brightwell and Harlow Foundation" where Brightwell is a named firm spanning more
 * words, "the Rovers and Harlow Town") stay apart: a longer mention before "and", a head that is no
 * institution, or anything but single spaces around "and" keeps them separate.
 */
final class CoordinatedOrgJoin {

  /** Last words of an institution's name that a coordinated pair of modifiers can precede. */
  private static final Set<String> HEADS = Set.of(
      "council", "councils", "police", "constabulary", "foundation", "administration", "association", "division",
      "department", "ministry", "commission", "institute", "agency", "authority", "board", "committee", "society",
      "trust", "fund", "service", "services", "directorate", "bureau", "office", "unit", "centre", "center",
      "federation", "union", "league", "academy");

  /** Heads of a service named after the areas it covers ("Tamworth and Dunmore Police"). */
  private static final Set<String> AREA_HEADS = Set.of("police", "constabulary", "fire", "trust", "council");

  private CoordinatedOrgJoin() {}

  static List<Candidate> apply(TokenIndex d, List<Candidate> in) {
    String text = d.text();
    Set<Candidate> drop = new HashSet<>();
    List<Candidate> joined = new ArrayList<>();
    for (Candidate m : in) {
      int and = m.from() - 1;
      int x = and - 1;
      if (m.type() != EntityType.ORGANIZATION || m.to() == m.from() || x < 0) continue;
      String head = d.norm(m.to()).toLowerCase(Locale.ROOT);
      if (!HEADS.contains(head) || !d.capitalised(m.from()) || d.allCaps(m.from(), m.to())) continue;
      String conj = d.norm(and);
      if (!conj.equals("and") && !conj.equals("&")) continue;
      if (!d.sameSentence(x, m.to()) || !d.capitalised(x) || d.allCaps(x)) continue;
      if (!single(text, d.end(x), d.start(and)) || !single(text, d.end(and), d.start(m.from()))) continue;
      Candidate at = null;
      for (Candidate o : in) if (o.from() <= x && o.to() >= x) at = o;
      if (at != null) {
        // only a one-word area of its own before an area service's head
        boolean one = at.from() == x && at.to() == x;
        boolean area = one && AREA_HEADS.contains(head)
            && (at.type() == EntityType.PLACE || at.type() == EntityType.ORGANIZATION);
        if (!area && !(one && at.type() == EntityType.OTHER)) continue; // a stray one-word misc tag ("Bill")
      } else if (d.sentenceStart(x) || NameWords.hasLetter(d.norm(x)) && !Character.isLetter(d.norm(x).charAt(0))) {
        continue; // an untagged sentence opener is no part of a name
      }
      if (x > 0 && d.sameSentence(x - 1, x) && d.capitalised(x - 1) && Candidate.covers(in, x - 1)) continue;
      if (at != null) drop.add(at);
      drop.add(m);
      joined.add(new Candidate(x, m.to(), EntityType.ORGANIZATION, m.source()));
    }
    return Candidate.replace(in, drop, joined);
  }

  private static boolean single(String text, int from, int to) {
    return to == from + 1 && (text.charAt(from) == ' ' || text.charAt(from) == '\u00a0');
  }
}
