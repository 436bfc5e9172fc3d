package newsflow.enrich.nlp.ner;

import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import java.util.List;
import java.util.Set;
import newsflow.enrich.nlp.Token;

/**
 * One sentence as the entity model reads it: the word forms, and per token what was computed once
 * for it before the model runs (NLP4J's part-of-speech tag, Brown-cluster prefixes, word embedding,
 * its OntoNotes entity tag and gazetteer tags, and the GeoNames match of {@link PlaceLexicon}).
 * A sentence with no word that could start a name is {@code skipped}: no model runs on it.
 */
final class NerSentence {
  final Token[] tokens;
  final String[] words;
  final String[] pos;
  final String[][] clusters;
  final float[][] embeddings;
  final String[] onto;
  final String[][] lexicon;
  final String[] geo;
  final boolean skipped;
  /** Most letters of the sentence are capitals: a headline or a results line. */
  final boolean capitals;

  private NerSentence(Token[] tokens, String[] words, String[] pos, String[][] clusters, float[][] embeddings,
      String[] onto, String[][] lexicon, String[] geo, boolean skipped) {
    this.tokens = tokens;
    this.words = words;
    this.pos = pos;
    this.clusters = clusters;
    this.embeddings = embeddings;
    this.onto = onto;
    this.lexicon = lexicon;
    this.geo = geo;
    this.skipped = skipped;
    this.capitals = capitals(words);
  }

  int size() {
    return words.length;
  }

  /** A sentence the model does not read. */
  static NerSentence skipped(List<Token> tokens) {
    Token[] t = tokens.toArray(new Token[0]);
    String[] words = new String[t.length];
    for (int i = 0; i < t.length; i++) words[i] = Nlp4jRecognizer.form(t[i]);
    return new NerSentence(t, words, new String[t.length], new String[t.length][], new float[t.length][],
        new String[t.length], new String[t.length][], new String[t.length], true);
  }

  /** A sentence tagged by NLP4J ({@code nodes[0]} is its root) and matched on the gazetteer. */
  static NerSentence of(List<Token> tokens, NLPNode[] nodes, String[] geo) {
    int n = tokens.size();
    Token[] t = tokens.toArray(new Token[0]);
    String[] words = new String[n];
    String[] pos = new String[n];
    String[][] clusters = new String[n][];
    float[][] embeddings = new float[n][];
    String[] onto = new String[n];
    String[][] lexicon = new String[n][];
    for (int i = 0; i < n; i++) {
      NLPNode node = nodes[i + 1];
      words[i] = Nlp4jRecognizer.form(t[i]);
      pos[i] = node.getPartOfSpeechTag();
      Set<String> c = node.getWordClusters();
      clusters[i] = c == null ? null : c.toArray(new String[0]);
      embeddings[i] = node.getWordEmbedding();
      onto[i] = node.getNamedEntityTag();
      Set<String> g = node.getNamedEntityGazetteerSet();
      lexicon[i] = g == null || g.isEmpty() ? null : g.toArray(new String[0]);
    }
    return new NerSentence(t, words, pos, clusters, embeddings, onto, lexicon, geo, false);
  }

  private static boolean capitals(String[] words) {
    int upper = 0;
    int lower = 0;
    for (String w : words) {
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (Character.isUpperCase(c)) upper++;
        else if (Character.isLowerCase(c)) lower++;
      }
    }
    return upper >= 4 && upper > 2 * lower;
  }
}
