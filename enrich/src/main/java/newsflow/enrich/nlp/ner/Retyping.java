package newsflow.enrich.nlp.ner;

import static newsflow.enrich.nlp.ner.ConsistentTagging.majority;
import static newsflow.enrich.nlp.ner.NerLayers.CONSISTENT;
import static newsflow.enrich.nlp.ner.NerLayers.GAZETTEER_MATCHES;
import static newsflow.enrich.nlp.ner.NerLayers.RETYPED;
import static newsflow.enrich.nlp.ner.NerLayers.TOKENS;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.enrich.nlp.Annotation;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.lexicon.GivenNames;
import newsflow.enrich.nlp.lexicon.SpeechVerbs;
import newsflow.enrich.nlp.text.SportsReport;

/**
 * CONSISTENT, GAZETTEER_MATCHES, TOKENS -> RETYPED: one sense per article. A single word tagged as a
 * place or organisation that is the surname (or the leading given name) of a person named in full is
 * that person ("Wang Dan ... Wang said"), unless it is a known place; a single word the model alone calls
 * a person that the gazetteer found as a place elsewhere in the article is that place; a mention in
 * capitals (headlines) takes the type its mixed-case occurrences have, where the model is more reliable;
 * a single word the model calls a person that is never named in full nor after a title, each of whose
 * mentions is the subject of "reported" ("as Bloomberg has reported"), is a news outlet.
 * Such a single word each of whose mentions is joined by "or" or within a list of three or more to
 * organisations only ("Harbourline Media or Whitcombe") is an organisation; so is such a single word the model
 * calls an organisation elsewhere in the article. Such a single word each of whose mentions comes right after
 * "the", "a" or "an" ("the Brannock exhibition") is a thing named after someone, not a person; a "person"
 * with a word in a brand's house style in or right before it ("an iDrive Mini", "the xPhone Tessa") is a product.
 * Spans and sources are kept.
 */
final class Retyping extends NerLayers.Stage {

  Retyping() {
    super(List.of(TOKENS, GAZETTEER_MATCHES, CONSISTENT), RETYPED);
  }

  @Override
  public void annotate(Annotation a) {
    TokenIndex d = a.get(TOKENS);
    Set<Candidate> sites = new HashSet<>();
    List<Candidate> chosen = siteNames(d, a.get(CONSISTENT), sites);
    Set<Long> gazetteerSpans = a.get(GAZETTEER_MATCHES).keys();
    Map<String, Integer> surnames = new HashMap<>();
    Map<String, Integer> givenFirst = new HashMap<>();
    Map<String, Map<EntityType, Integer>> mixedCase = new HashMap<>();
    Set<String> placeWords = new HashSet<>();
    for (Candidate m : chosen) {
      if (m.type() == EntityType.PLACE && m.from() == m.to() && gazetteerSpans.contains(m.key())) placeWords.add(d.norm(m.from()));
      if (m.type() == EntityType.PERSON && m.to() > m.from() && d.capitalised(m.to()) && !d.allCaps(m.to())) {
        surnames.merge(d.norm(m.to()), 1, Integer::sum);
        if (d.capitalised(m.from()) && !NameWords.isInitial(d.norm(m.from()))) {
          givenFirst.merge(d.norm(m.from()), 1, Integer::sum); // "Wang Dan"
        }
      }
      if (!d.allCaps(m.from(), m.to()) && m.type() != EntityType.OTHER) {
        mixedCase.computeIfAbsent(d.phrase(m.from(), m.to()).toLowerCase(Locale.ROOT), k -> new LinkedHashMap<>())
            .merge(m.type(), 1, Integer::sum);
      }
    }
    Set<String> particleSurnames = particleSurnames(d, chosen);
    // word -> {mentions, as a reporting outlet, listed with firms, after an article}
    Map<String, int[]> lonePeople = new HashMap<>();
    Set<String> fullNames = new HashSet<>(); // "nouri al-maliki": people named in full, lower case
    for (Candidate m : chosen) {
      if (m.type() == EntityType.PERSON && m.to() > m.from()) fullNames.add(d.phrase(m.from(), m.to()).toLowerCase(Locale.ROOT));
    }
    for (Candidate m : chosen) {
      if (m.type() != EntityType.PERSON) {
        continue;
      }
      int[] n = lonePeople.computeIfAbsent(d.norm(m.from()), k -> new int[4]);
      if (m.from() != m.to() || !m.source().atMost(MentionSource.MODEL)) {
        n[0] = -1_000; // named in full, or after an honorific or a title: a person
        continue;
      }
      n[0]++;
      if (reportsAsOutlet(d, m.to())) n[1]++;
      if (listedWithOrganisationsOnly(d, m, chosen)) n[2]++;
      if (articleBefore(d, m.from()) && !joinedToSurname(d, m.to(), surnames) && !ledBy(d, m.to())) n[3]++;
    }
    Set<String> personTails = new HashSet<>(); // "de la garza" of "Ovidio de la Garza", a person
    Set<String> speakingTails = new HashSet<>(); // "de la garza" of "De La Garza said"
    for (Candidate m : chosen) {
      int tail = particleTail(d, m);
      if (tail > 0 && (m.type() == EntityType.PERSON || givenNameWithParticles(d, m, tail))) {
        personTails.add(d.phrase(tail, m.to()).toLowerCase(Locale.ROOT));
      }
      int from = tail > 0 ? tail : particleLed(d, m) ? m.from() : -1;
      if (from >= 0 && speechVerbAfter(d, m.to())) speakingTails.add(d.phrase(from, m.to()).toLowerCase(Locale.ROOT));
    }
    boolean sports = SportsReport.of(d.text());
    List<Candidate> out = new ArrayList<>(chosen.size());
    for (Candidate m : chosen) {
      if (sites.contains(m)) {
        out.add(m);
        continue;
      }
      EntityType type = m.type();
      String word = d.norm(m.from());
      // a known place keeps its type when the "person" merely starts with it ("Honolulu Star-Advertiser")
      boolean place = m.type() == EntityType.PLACE
          && (m.source() == MentionSource.GAZETTEER_STRONG || gazetteerSpans.contains(m.key()));
      // "Dallas Keuchel pitched ... Houston beat Dallas": a known place the model calls an organisation, joined
      // to another known place by a result verb or "and", is a club or a city, not a person's given name
      boolean placeOrganisation = m.type() == EntityType.ORGANIZATION && m.from() == m.to()
          && gazetteerSpans.contains(m.key()) && besideKnownPlace(d, m, chosen, gazetteerSpans);
      if (type == EntityType.PERSON && brandStyled(d, m)) {
        type = EntityType.OTHER; // "an eKiosk Shuffle", "the xPhone Tessa": a product, not a person
      } else if (m.from() == m.to() && type != EntityType.PERSON && type != EntityType.OTHER
          && (surnames.containsKey(word) || !place && !placeOrganisation && givenFirst.containsKey(word))) {
        type = EntityType.PERSON;
      } else if (type != EntityType.PERSON && particleSurnameAlone(d, m, particleSurnames)) {
        type = EntityType.PERSON; // "Karim al-Haddad ... al-Haddad said": the particle and surname alone, in any case
      } else if (m.from() == m.to() && type == EntityType.PERSON && m.source().atMost(MentionSource.MODEL)
          && placeWords.contains(word) && !surnames.containsKey(word) && !givenFirst.containsKey(word)) {
        type = EntityType.PLACE; // "in Nelson ... the Nelson office": one sense per article unless someone is so named
      } else if (m.from() == m.to() && type == EntityType.PERSON && m.source().atMost(MentionSource.MODEL) && sports
          && gazetteerSpans.contains(m.key()) && !surnames.containsKey(word) && !givenFirst.containsKey(word)
          && !GivenNames.isGivenName(word)) {
        type = EntityType.ORGANIZATION; // a sports report's "Brackwell have signed": a town alone is its club
      } else if (m.from() == m.to() && type == EntityType.PERSON && m.source().atMost(MentionSource.MODEL)
          && outlet(lonePeople.get(word)) && !surnames.containsKey(word) && !givenFirst.containsKey(word)) {
        type = EntityType.ORGANIZATION; // "as Bloomberg has reported": an outlet, never named as a person
      } else if (m.from() == m.to() && type == EntityType.PERSON && m.source().atMost(MentionSource.MODEL)
          && listedFirm(lonePeople.get(word)) && !surnames.containsKey(word) && !givenFirst.containsKey(word)) {
        type = EntityType.ORGANIZATION; // "brands such as Quorvex, Halden and Mirabo": listed with firms only
      } else if (m.from() == m.to() && type == EntityType.PERSON && m.source().atMost(MentionSource.MODEL)
          && articleLed(lonePeople.get(word)) && !surnames.containsKey(word) && !givenFirst.containsKey(word)) {
        type = EntityType.OTHER; // "the Brannock committee", "a Velmont report": a thing named after someone
      } else if (m.from() == m.to() && type == EntityType.PERSON && m.source().atMost(MentionSource.MODEL)
          && lone(lonePeople.get(word)) && !surnames.containsKey(word) && !givenFirst.containsKey(word)
          && !endsAFullName(d.phrase(m.from(), m.to()), fullNames)
          && mixedCase.getOrDefault(d.phrase(m.from(), m.to()).toLowerCase(Locale.ROOT), Map.of()).containsKey(EntityType.ORGANIZATION)) {
        type = EntityType.ORGANIZATION; // "Morland Capital ... Morland expects": one sense per article, a firm
      } else if (type == EntityType.ORGANIZATION && m.source().atMost(MentionSource.MODEL)
          && (givenNameWithParticles(d, m, particleTail(d, m)) || personTailAlone(d, m, personTails)
              || speakingCompoundParticleName(d, m, speakingTails))) {
        type = EntityType.PERSON; // "Ilse Van Der Molen ... Van Der Molen": capitalised particles, still a person
      } else if (type == EntityType.PERSON && compassLedName(d, m)) {
        type = EntityType.PLACE; // "North Lowmoor voters": a compass word opens a district's name, not a person's
      } else if (d.allCaps(m.from(), m.to())) {
        Map<EntityType, Integer> v = mixedCase.get(d.phrase(m.from(), m.to()).toLowerCase(Locale.ROOT));
        if (v != null) type = majority(v);
      }
      out.add(m.withType(type));
    }
    a.put(RETYPED, List.copyOf(CoordinatedOrgJoin.apply(d, GivenNameJoin.apply(d, out))));
  }

  /**
   * "the new eKiosk Slim", "an iDrive Mini", "the xPhone Tessa": a word in a brand's house style inside the
   * span, or right before it, makes the span a product's name, not a person's.
   */
  private static boolean brandStyled(TokenIndex d, Candidate m) {
    int from = m.from() > 0 && d.sameSentence(m.from() - 1, m.from()) ? m.from() - 1 : m.from();
    for (int i = from; i <= m.to(); i++) if (NameWords.isBrandStyled(d.norm(i))) return true;
    return false;
  }

  /** A web domain's ending right after a name ("Quillpost.com", "Tidewatch.org", "Marketly.co.uk"). */
  private static final Pattern SITE_ENDING = Pattern.compile(
      "\\.(?:com|org|net|info|biz|(?:co|org|ac|gov)\\.uk|com\\.au|co\\.nz|co\\.za|co\\.in)(?![\\p{L}\\p{N}/@]|\\.\\p{L})");

  /**
   * Mentions written right before a web domain's ending ("Quillpost.com reported", "a Fernhill.org study") are
   * the site's name: one organisation mention that takes in the ending, never a person or a place. Not inside
   * an address or e-mail ("www.quillpost.com", "desk@Quillpost.com"). Returns {@code chosen} with such mentions
   * replaced, and adds them to {@code sites}.
   */
  private static List<Candidate> siteNames(TokenIndex d, List<Candidate> chosen, Set<Candidate> sites) {
    List<Candidate> out = new ArrayList<>(chosen.size());
    String text = d.text();
    for (Candidate m : chosen) {
      int start = d.start(m.from());
      int end = d.end(m.to());
      Matcher e = SITE_ENDING.matcher(text).region(end, text.length());
      char before = start > 0 ? text.charAt(start - 1) : ' ';
      if (!e.lookingAt() || before == '.' || before == '/' || before == '@' || before == ':') {
        out.add(m);
        continue;
      }
      Candidate site = d.toTokens(start, e.end(), EntityType.ORGANIZATION, m.source());
      if (site == null || site.from() != m.from() || overlapsOther(site, m, chosen)) {
        site = m.withType(EntityType.ORGANIZATION);
      }
      sites.add(site);
      out.add(site);
    }
    return out;
  }

  private static boolean overlapsOther(Candidate site, Candidate m, List<Candidate> chosen) {
    for (Candidate o : chosen) if (o != m && o.from() <= site.to() && o.to() >= site.from()) return true;
    return false;
  }

  /**
   * The index of the first of the name particles that follow the first word of {@code m} ("Ilse <Van> Der
   * Molen", "K. <de> Smet"), with at most two surname words after them, or -1. Capitalised particles count:
   * they are what makes the model read an organisation.
   */
  private static int particleTail(TokenIndex d, Candidate m) {
    if (NameWords.PARTICLES.contains(d.norm(m.from()).toLowerCase(Locale.ROOT))) return -1;
    int k = m.from() + 1;
    while (k < m.to() && NameWords.PARTICLES.contains(d.norm(k).toLowerCase(Locale.ROOT))) k++;
    if (k == m.from() + 1 || m.to() - k > 1) return -1;
    for (int i = k; i <= m.to(); i++) {
      if (!d.capitalised(i) || d.allCaps(i) || NameWords.PARTICLES.contains(d.norm(i).toLowerCase(Locale.ROOT))) return -1;
    }
    return m.from() + 1;
  }

  /**
   * A known given name or initials, particles and a surname ("Ilse Van Der Molen", "JK de Smet"), with no
   * organisation, facility or title word in it ("Van Den Bosch Bank" stays an organisation).
   */
  private static boolean givenNameWithParticles(TokenIndex d, Candidate m, int tail) {
    if (tail < 0 || d.allCaps(m.from(), m.to()) || organisationEvidence(d, m)) return false;
    String first = d.norm(m.from());
    boolean initials = NameWords.isInitial(first) || first.length() == 2 && d.allCaps(m.from());
    return initials || d.capitalised(m.from()) && GivenNames.isGivenName(first);
  }

  /**
   * A name that opens with a capitalised particle ("Van Der Molen") and is the particles and surname of a
   * person named in full in the article.
   */
  private static boolean personTailAlone(TokenIndex d, Candidate m, Set<String> personTails) {
    return m.to() > m.from() && NameWords.PARTICLES.contains(d.norm(m.from()).toLowerCase(Locale.ROOT))
        && !organisationEvidence(d, m) && personTails.contains(d.phrase(m.from(), m.to()).toLowerCase(Locale.ROOT));
  }

  /**
   * The particle-led surnames of the people named in full in the article, in one spelling (lower case, one
   * hyphen between particle and surname): "al-haddad" of "Karim al-Haddad" and of "Karim Al Haddad".
   */
  private static Set<String> particleSurnames(TokenIndex d, List<Candidate> chosen) {
    Set<String> out = new HashSet<>();
    for (Candidate m : chosen) {
      if (m.type() != EntityType.PERSON || m.to() == m.from() || d.allCaps(m.from(), m.to())) continue;
      String last = d.norm(m.to());
      if (NameWords.isParticleName(last)) {
        out.add(particleKey(last));
      } else if (m.to() - 1 > m.from() && d.capitalised(m.to())
          && NameWords.PARTICLES.contains(d.norm(m.to() - 1).toLowerCase(Locale.ROOT))) {
        out.add(particleKey(d.norm(m.to() - 1) + "-" + last));
      }
    }
    return out;
  }

  private static String particleKey(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-\u2010\u2011]+", "-");
  }

  /**
   * A mention that is only a particle and a surname ("al-Haddad", "Al-Haddad", "Al Haddad"), with no
   * organisation word, written as the particle-led surname of a person named in full in the article.
   */
  private static boolean particleSurnameAlone(TokenIndex d, Candidate m, Set<String> particleSurnames) {
    if (particleSurnames.isEmpty() || m.to() - m.from() > 1 || organisationEvidence(d, m)) return false;
    String key;
    if (m.from() == m.to()) {
      String w = d.norm(m.from());
      int h = w.indexOf('-');
      if (h <= 0 || !NameWords.isParticleName(w.substring(0, h).toLowerCase(Locale.ROOT) + w.substring(h))) return false;
      key = particleKey(w);
    } else {
      if (!NameWords.PARTICLES.contains(d.norm(m.from()).toLowerCase(Locale.ROOT)) || !d.capitalised(m.to())) return false;
      key = particleKey(d.norm(m.from()) + "-" + d.norm(m.to()));
    }
    return particleSurnames.contains(key);
  }

  /** A name that opens with a particle and goes on with a capitalised word ("Van Der Molen", "De Smet"). */
  private static boolean particleLed(TokenIndex d, Candidate m) {
    if (m.to() == m.from() || !NameWords.PARTICLES.contains(d.norm(m.from()).toLowerCase(Locale.ROOT))) return false;
    int k = m.from();
    while (k < m.to() && NameWords.PARTICLES.contains(d.norm(k).toLowerCase(Locale.ROOT))) k++;
    return m.to() - k <= 1 && d.capitalised(k) && !d.allCaps(k);
  }

  /** A lower-case speech verb right after token {@code i} in its sentence ("Van Der Molen said"). */
  private static boolean speechVerbAfter(TokenIndex d, int i) {
    return i + 1 < d.size() && d.sameSentence(i, i + 1) && !d.capitalised(i + 1)
        && SpeechVerbs.isSpeechVerb(d.norm(i + 1));
  }

  /**
   * A name with two particles or more before its surname ("Van Der Molen", "Rafa De La Mata"), no organisation
   * word in it, whose particles and surname are somewhere the subject of a speech verb ("De La Mata said"):
   * a double particle is a family name's, and the speaking makes it a person's rather than a firm's.
   */
  private static boolean speakingCompoundParticleName(TokenIndex d, Candidate m, Set<String> speakingTails) {
    int from = particleLed(d, m) ? m.from() : particleTail(d, m);
    if (from < 0 || organisationEvidence(d, m) || d.allCaps(m.from(), m.to())) return false;
    if (!NameWords.PARTICLES.contains(d.norm(from + 1).toLowerCase(Locale.ROOT))) return false; // one particle only
    return speakingTails.contains(d.phrase(from, m.to()).toLowerCase(Locale.ROOT));
  }

  private static boolean organisationEvidence(TokenIndex d, Candidate m) {
    for (int i = m.from(); i <= m.to(); i++) {
      String w = d.norm(i);
      if (LEX.isOrgSuffix(w) || LEX.isFacilitySuffix(w) || LEX.isTitleWord(NameWords.stripPeriod(w))) return true;
    }
    return false;
  }

  private static final NerLexicon LEX = NerLexicon.instance();

  /** Compass and position words that open names of districts, regions and constituencies, not of people. */
  private static final Set<String> COMPASS_WORDS = Set.of(
      "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Upper", "Lower", "Central",
      "Greater", "Northeast", "Northwest", "Southeast", "Southwest");

  /**
   * A name the model alone calls a person that opens with a compass word and goes on with a word that is no
   * given name ("North Lowmoor", "West Ardshire"): such names are districts or constituencies. Not for a
   * given name after the compass word ("South Jordan Ames" stays with the model), nor capitals.
   */
  private static boolean compassLedName(TokenIndex d, Candidate m) {
    return m.to() > m.from() && m.source().atMost(MentionSource.MODEL) && !d.allCaps(m.from(), m.to())
        && COMPASS_WORDS.contains(d.norm(m.from())) && d.capitalised(m.from() + 1)
        && !GivenNames.isGivenName(d.norm(m.from() + 1));
  }

  /** Words that join two clubs or places: a result ("Houston beat Dallas") or a list ("Houston and Dallas"). */
  private static final Set<String> PLACE_JOINS = Set.of(
      "beat", "beats", "defeated", "defeat", "defeats", "edged", "downed", "routed", "topped", "blanked", "outlasted",
      "edges", "tops", "routs", "blanks", "vs", "vs.", "v", "v.", "against", "and", "or", ",");

  /**
   * Whether the one-word mention {@code m} is joined by one of {@link #PLACE_JOINS} to another mention the model
   * calls a place or an organisation that the gazetteer found as a place too ("Houston beat Dallas", "Dallas and
   * Houston"), in the same sentence.
   */
  private static boolean besideKnownPlace(TokenIndex d, Candidate m, List<Candidate> chosen, Set<Long> gazetteerSpans) {
    for (Candidate o : chosen) {
      if (o == m || o.type() != EntityType.PLACE && o.type() != EntityType.ORGANIZATION
          || !gazetteerSpans.contains(o.key())) {
        continue;
      }
      int join = o.to() + 2 == m.from() ? m.from() - 1 : m.to() + 2 == o.from() ? m.to() + 1 : -1;
      if (join < 0 || !d.sameSentence(o.from(), m.to()) || !PLACE_JOINS.contains(d.norm(join).toLowerCase(Locale.ROOT))) {
        continue;
      }
      return true;
    }
    return false;
  }

  /**
   * Every one-word mention of the name comes right after "the", "a" or "an" ("the Brannock exhibition", "a
   * Velmont report"): a person is not named with an article, an award, a venue, a ship or a firm is.
   */
  private static boolean articleLed(int[] n) {
    return n != null && n[0] > 0 && n[3] == n[0];
  }

  /** The name is only ever one word the model alone calls a person: never named in full nor after a title. */
  private static boolean lone(int[] n) {
    return n != null && n[0] > 0;
  }

  /** {@code word} ends the name of a person named in full ("al-Maliki" of "Nouri al-Maliki"), hyphens included. */
  private static boolean endsAFullName(String word, Set<String> fullNames) {
    String w = word.toLowerCase(Locale.ROOT);
    for (String n : fullNames) if (n.endsWith(" " + w) || n.endsWith("-" + w)) return true;
    return false;
  }

  private static final Set<String> ARTICLES = Set.of("the", "a", "an");

  /**
   * The word after {@code i} is "and" or "or" followed by the surname of a person named in full in the article:
   * "the Pellham and Corrigan years" speaks of two people, the article goes with the noun.
   */
  private static boolean joinedToSurname(TokenIndex d, int i, Map<String, Integer> surnames) {
    return i + 2 < d.size() && d.sameSentence(i, i + 2)
        && (d.norm(i + 1).equals("and") || d.norm(i + 1).equals("or")) && surnames.containsKey(d.norm(i + 2));
  }

  /** What a person leads or heads, named after them with an article: "the Brandt administration". */
  private static final Set<String> LED = Set.of(
      "administration", "administrations", "government", "governments", "presidency", "premiership", "regime",
      "cabinet", "era", "campaign", "family", "dynasty");

  /** The word after {@code i}, in its sentence, is something a person leads ({@link #LED}): the name is a person's. */
  private static boolean ledBy(TokenIndex d, int i) {
    return i + 1 < d.size() && d.sameSentence(i, i + 1) && LED.contains(d.norm(i + 1).toLowerCase(Locale.ROOT));
  }

  /** The word before {@code i}, in its sentence, is an article. */
  private static boolean articleBefore(TokenIndex d, int i) {
    return i > 0 && d.sameSentence(i - 1, i) && ARTICLES.contains(d.norm(i - 1).toLowerCase(Locale.ROOT));
  }

  /** Every one-word mention of the name stands in a list of organisations only ({@link #listedWithOrganisationsOnly}). */
  private static boolean listedFirm(int[] n) {
    return n != null && n[0] > 0 && n[2] == n[0];
  }

  /** A one-word plural ("Democrats", "Greens"): such an organisation names people. */
  private static boolean pluralWord(String w) {
    return w.endsWith("s") && !w.endsWith("ss");
  }

  private static boolean listJoin(String w) {
    return w.equals("and") || w.equals("or") || w.equals(",");
  }

  /**
   * The one-word mention {@code m} is joined to an organisation's mention right before or after it by "or",
   * ", and", ", or", or by "and" or a comma in a list of three or more ({@code m} or that organisation has a
   * list word on its other side too: "Brill, Quorn and others"; a pair joined by "and" is not enough, a
   * politician is often named with a party; "With Quorn, Brill began ..." is no list), and to no person's,
   * place's or thing's mention nor a one-word plural organisation ("Democrats", people) that way.
   */
  private static boolean listedWithOrganisationsOnly(TokenIndex d, Candidate m, List<Candidate> chosen) {
    boolean organisation = false;
    for (Candidate o : chosen) {
      if (o == m) continue;
      int gapFrom;
      int gapTo;
      boolean before = o.to() < m.from();
      if (before) {
        gapFrom = o.to() + 1;
        gapTo = m.from() - 1;
      } else if (o.from() > m.to()) {
        gapFrom = m.to() + 1;
        gapTo = o.from() - 1;
      } else {
        continue;
      }
      if (gapTo < gapFrom || gapTo - gapFrom > 1 || !d.sameSentence(Math.min(o.from(), m.from()), Math.max(o.to(), m.to()))) {
        continue;
      }
      String first = d.norm(gapFrom).toLowerCase(Locale.ROOT);
      String last = d.norm(gapTo).toLowerCase(Locale.ROOT);
      boolean joined = gapFrom == gapTo ? listJoin(first)
          : first.equals(",") && (last.equals("and") || last.equals("or"));
      if (!joined) continue;
      if (gapFrom == gapTo && !first.equals("or")) { // "and" or a comma: a list of three or more, not a pair
        int mOther = before ? m.to() + 1 : m.from() - 1; // m's other side
        int oOther = before ? o.from() - 1 : o.to() + 1; // the organisation's other side
        boolean list = mOther >= 0 && mOther < d.size() && d.sameSentence(mOther, m.from())
                && listJoin(d.norm(mOther).toLowerCase(Locale.ROOT))
            || oOther >= 0 && oOther < d.size() && d.sameSentence(oOther, o.from())
                && listJoin(d.norm(oOther).toLowerCase(Locale.ROOT));
        if (!list) continue;
      }
      if (o.type() != EntityType.ORGANIZATION || o.from() == o.to() && pluralWord(d.norm(o.from()))) return false;
      organisation = true;
    }
    return organisation;
  }

  private static final Set<String> REPORTED = Set.of("reported", "reports");
  private static final Set<String> PERFECT = Set.of("has", "have", "had");

  /** Every one-word mention of the name is the subject of "reported" ("X reported", "X has first reported"). */
  private static boolean outlet(int[] n) {
    return n != null && n[0] > 0 && n[1] == n[0];
  }

  /**
   * The word after {@code i} is "reported"/"reports", perhaps after "has"/"have"/"had" (and "first"/"also"),
   * with the name after "as" ("as X has reported") or the verb ending the clause or before "that" ("X
   * reported that"): a person "reported for duty" or "reported the theft".
   */
  private static boolean reportsAsOutlet(TokenIndex d, int i) {
    int k = i + 1;
    if (k < d.size() && d.sameSentence(i, k) && PERFECT.contains(d.norm(k))) k++;
    if (k < d.size() && d.sameSentence(i, k) && (d.norm(k).equals("first") || d.norm(k).equals("also"))) k++;
    if (k >= d.size() || !d.sameSentence(i, k) || !REPORTED.contains(d.norm(k))) return false;
    if (asBefore(d, i)) return true;
    String next = k + 1 < d.size() && d.sameSentence(k, k + 1) ? d.norm(k + 1) : ".";
    return next.equals("that") || next.equals(",") || next.equals(".") || next.equals(";");
  }

  /** "as X has reported", "as both Y and X reported": "as" before the name or the names joined to it. */
  private static boolean asBefore(TokenIndex d, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 6) && d.sameSentence(k, i); k--) {
      String w = d.norm(k);
      if (w.equalsIgnoreCase("as")) return true;
      if (!(d.capitalised(k) || w.equals("and") || w.equals("both") || w.equals(",") || w.equals("the"))) return false;
    }
    return false;
  }
}
