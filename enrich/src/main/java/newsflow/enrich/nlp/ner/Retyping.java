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
import newsflow.enrich.nlp.Annotation;
import newsflow.enrich.nlp.EntityType;

/**
 * CONSISTENT, GAZETTEER_MATCHES, TOKENS -> RETYPED: one sense per article. A single word tagged as a
 * place or organisation that is the surname (or the leading given name) of a person named in full is
 * that person ("Wang Dan ... Wang said"), unless it is a known place; a single word the model alone calls
 * a person that the gazetteer found as a place elsewhere in the article is that place; a mention in
 * capitals (headlines) takes the type its mixed-case occurrences have, where the model is more reliable.
 * Spans and sources are kept.
 */
final class Retyping extends NerLayers.Stage {

  Retyping() {
    super(List.of(TOKENS, GAZETTEER_MATCHES, CONSISTENT), RETYPED);
  }

  @Override
  public void annotate(Annotation a) {
    TokenIndex d = a.get(TOKENS);
    List<Candidate> chosen = a.get(CONSISTENT);
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
    List<Candidate> out = new ArrayList<>(chosen.size());
    for (Candidate m : chosen) {
      EntityType type = m.type();
      String word = d.norm(m.from());
      // a known place keeps its type when the "person" merely starts with it ("Honolulu Star-Advertiser")
      boolean place = m.type() == EntityType.PLACE
          && (m.source() == MentionSource.GAZETTEER_STRONG || gazetteerSpans.contains(m.key()));
      if (m.from() == m.to() && type != EntityType.PERSON && type != EntityType.OTHER
          && (surnames.containsKey(word) || !place && givenFirst.containsKey(word))) {
        type = EntityType.PERSON;
      } else if (m.from() == m.to() && type == EntityType.PERSON && m.source().atMost(MentionSource.MODEL)
          && placeWords.contains(word) && !surnames.containsKey(word) && !givenFirst.containsKey(word)) {
        type = EntityType.PLACE; // "in Nelson ... the Nelson office": one sense per article unless someone is so named
      } else if (d.allCaps(m.from(), m.to())) {
        Map<EntityType, Integer> v = mixedCase.get(d.phrase(m.from(), m.to()).toLowerCase(Locale.ROOT));
        if (v != null) type = majority(v);
      }
      out.add(m.withType(type));
    }
    a.put(RETYPED, List.copyOf(out));
  }
}
