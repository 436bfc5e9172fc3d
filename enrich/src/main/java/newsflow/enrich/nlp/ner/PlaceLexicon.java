package newsflow.enrich.nlp.ner;

import java.util.List;
import newsflow.enrich.nlp.places.Gazetteer;
import newsflow.enrich.nlp.places.GazetteerEntry;
import newsflow.enrich.nlp.places.PlaceKind;

/**
 * Gazetteer membership as a feature of the entity model: the longest run of capitalised words (up to
 * four) that names a place in the product's gazetteer (GeoNames cities and divisions, countries,
 * regions), tagged per token in BILOU with the kind of its most important entry ("B-COUNTRY",
 * "U-CITY1" for a city of 100,000 people or more); a national adjective is "U-DEMONYM". Thread-safe.
 */
final class PlaceLexicon {
  private static final int MAX_WORDS = 4;
  private final Gazetteer gazetteer;

  PlaceLexicon(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** One tag per word, null where no place is named. */
  String[] tags(String[] words) {
    String[] out = new String[words.length];
    int i = 0;
    while (i < words.length) {
      if (!startsName(words[i])) {
        i++;
        continue;
      }
      int best = -1;
      String kind = null;
      StringBuilder phrase = new StringBuilder();
      for (int j = i; j < words.length && j < i + MAX_WORDS; j++) {
        if (j > i && !inName(words[j])) break;
        if (j > i) phrase.append(' ');
        phrase.append(words[j]);
        if (!startsName(words[j])) continue; // a name ends on a capitalised word
        List<GazetteerEntry> entries = gazetteer.lookup(phrase.toString());
        if (!entries.isEmpty()) {
          best = j;
          kind = kind(entries.get(0));
        }
      }
      if (best < 0) {
        if (gazetteer.demonymCountry(words[i]) != null) out[i] = "U-DEMONYM";
        i++;
        continue;
      }
      if (best == i) {
        out[i] = "U-" + kind;
      } else {
        out[i] = "B-" + kind;
        for (int k = i + 1; k < best; k++) out[k] = "I-" + kind;
        out[best] = "L-" + kind;
      }
      i = best + 1;
    }
    return out;
  }

  private static String kind(GazetteerEntry e) {
    if (e.kind() == PlaceKind.CITY) return e.population() >= GazetteerEntry.WELL_KNOWN_POPULATION ? "CITY1" : "CITY";
    return e.kind().name();
  }

  private static boolean startsName(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  /** Words that may continue a place name: capitalised words and particles ("Rio de Janeiro", "Isle of Man"). */
  private static boolean inName(String w) {
    return startsName(w) || w.equals("de") || w.equals("of") || w.equals("la") || w.equals("del") || w.equals("-");
  }
}
