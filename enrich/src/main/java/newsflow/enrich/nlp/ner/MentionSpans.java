package newsflow.enrich.nlp.ner;

import static newsflow.enrich.nlp.ner.NerLayers.GAZETTEER_MATCHES;
import static newsflow.enrich.nlp.ner.NerLayers.MENTIONS;
import static newsflow.enrich.nlp.ner.NerLayers.RETYPED;
import static newsflow.enrich.nlp.ner.NerLayers.TOKENS;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsflow.enrich.nlp.Annotation;
import newsflow.enrich.nlp.EntityMention;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.places.GazetteerPlaceRecognizer;

/**
 * RETYPED, GAZETTEER_MATCHES, TOKENS -> MENTIONS: the candidates back on characters, in text order, each
 * scored by its source's confidence. A place named inside a token keeps the gazetteer's character span
 * ("London" of "London-based"); a place glued to a currency sign or a product code ("US$", "T*SOL") is
 * dropped, and so is a politician's party-and-state tag ("D-Mass" of "(D-Mass.)"). An organisation name the
 * article defines by an acronym is made whole ({@link AcronymDefinedNames}), and so is a "X for Y" name an
 * apposition calls an organisation; an organisation's acronym that is also a word is found ({@link
 * OrganisationNameFixes}).
 */
final class MentionSpans extends NerLayers.Stage {

  MentionSpans() {
    super(List.of(TOKENS, GAZETTEER_MATCHES, RETYPED), MENTIONS);
  }

  @Override
  public void annotate(Annotation a) {
    TokenIndex d = a.get(TOKENS);
    Map<Long, int[]> insideChars = a.get(GAZETTEER_MATCHES).insideChars();
    String text = d.text();
    List<EntityMention> out = new ArrayList<>();
    for (Candidate m : a.get(RETYPED)) {
      int s = d.start(m.from());
      int e = d.end(m.to());
      int[] chars = m.type() == EntityType.PLACE ? insideChars.get(m.key()) : null;
      if (chars != null) {
        s = chars[0];
        e = chars[1];
      }
      if (m.type() == EntityType.PLACE && e < text.length() && text.charAt(e) == '$') continue; // "US$3.7m": a currency
      if (m.type() == EntityType.PLACE && (s > 0 && glued(text.charAt(s - 1)) || e < text.length() && glued(text.charAt(e)))) {
        continue; // "T*SOL", "PV*SOL": part of a product code, not a place
      }
      if (isPartyTag(text, s, e)) continue; // "(D-Mass.)": a politician's party and seat, not an entity
      if (m.type() == EntityType.ORGANIZATION) {
        int cut = memberRoleStart(text, s, e);
        if (cut >= 0) {
          int keep = partyBefore(text, s, cut);
          if (keep < 0) continue; // "Harbourside MP", "Liberal MP": a person's role, not an organisation
          e = keep; // "Green Party MP": the party is the organisation, the role word is not part of it
        }
      }
      out.add(new EntityMention(s, e, text.substring(s, e), m.type(), m.source().confidence()));
    }
    out.sort(Comparator.comparingInt(EntityMention::start));
    a.put(MENTIONS, List.copyOf(OrganisationNameFixes.apply(text, AcronymDefinedNames.apply(text, out))));
  }

  /**
   * A mention that is a whole party-and-state tag after a politician's name, party letter included: "D-Mass"
   * of "(D-Mass.)", "R-Texas" of ", R-Texas,". Its state is not a place of the story either (see
   * {@link GazetteerPlaceRecognizer#inPartyTag}).
   */
  private static boolean isPartyTag(String text, int s, int e) {
    if (e - s < 3 || "DRI".indexOf(text.charAt(s)) < 0 || text.charAt(s + 1) != '-' && text.charAt(s + 1) != '\u2013') {
      return false;
    }
    return GazetteerPlaceRecognizer.inPartyTag(text, s, e);
  }

  /**
   * Abbreviations for a member of a legislature ("MP", "MSP", "MEP", "MLA", "MPP"): they always name a person's
   * seat, so a name ending in one is a role ("Harbourside MP", "Liberal MP"), never an organisation.
   */
  static final Set<String> MEMBER_ROLES = Set.of("MP", "MPs", "MSP", "MSPs", "MEP", "MEPs", "MLA", "MLAs",
      "MPP", "MPPs");

  /** Start of the last word of the span when it is a member-of-legislature abbreviation after other words, else -1. */
  static int memberRoleStart(String text, int s, int e) {
    int sp = text.lastIndexOf(' ', e - 1);
    if (sp < s) return -1;
    return MEMBER_ROLES.contains(text.substring(sp + 1, e)) ? sp + 1 : -1;
  }

  /** End of the words before the role when they end in "Party" ("Green Party MP"), else -1. */
  private static int partyBefore(String text, int s, int cut) {
    int end = cut;
    while (end > s && Character.isWhitespace(text.charAt(end - 1))) end--;
    return end - s > 5 && text.startsWith("Party", end - 5) && (end - 5 == s || text.charAt(end - 6) == ' ')
        && end - 5 > s ? end : -1;
  }

  /** A character that glues a word into a code or a longer word ("T*SOL"); hyphens and apostrophes do not. */
  private static boolean glued(char c) {
    return Character.isLetterOrDigit(c) || c == '*' || c == '+' || c == '@' || c == '#' || c == '_';
  }
}
