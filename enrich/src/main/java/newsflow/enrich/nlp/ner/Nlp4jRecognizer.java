package newsflow.enrich.nlp.ner;

import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import java.util.ArrayList;
import java.util.List;
import newsflow.enrich.nlp.Document;
import newsflow.enrich.nlp.EntityMention;
import newsflow.enrich.nlp.EntityRecognizer;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.Sentence;
import newsflow.enrich.nlp.Token;
import newsflow.enrich.nlp.places.Gazetteer;

/**
 * The statistical recogniser: NLP4J's OntoNotes NER model over the tokens of a processed document,
 * mapped to newsflow's types (PERSON; ORG -> ORGANIZATION; GPE, LOC, FAC -> PLACE; NORP, EVENT,
 * WORK_OF_ART, LAW, PRODUCT, LANGUAGE -> OTHER; dates and numbers dropped). Demonyms (NORP) are
 * deliberately not places. Also fills each token's part-of-speech tag.
 */
public final class Nlp4jRecognizer implements EntityRecognizer {
  private final Nlp4jTagger tagger;
  private final PlaceLexicon places;

  public Nlp4jRecognizer(Nlp4jTagger tagger) {
    this(tagger, null);
  }

  /** With {@code gazetteer}, each sentence also carries its GeoNames place tags for the entity model. */
  public Nlp4jRecognizer(Nlp4jTagger tagger, Gazetteer gazetteer) {
    this.tagger = tagger;
    this.places = gazetteer == null ? null : new PlaceLexicon(gazetteer);
  }

  /**
   * The result of tagging: the document with POS tags on its tokens, NLP4J's mentions, and each
   * sentence as the entity model reads it (in document order, one per sentence of the document).
   */
  public record Tagged(Document document, List<EntityMention> mentions, List<NerSentence> sentences) {
    /** A result with new mentions. */
    public Tagged withMentions(List<EntityMention> m) {
      return new Tagged(document, m, sentences);
    }
  }

  @Override
  public List<EntityMention> recognize(Document doc) {
    return tag(doc).mentions();
  }

  /** Tags every sentence of {@code doc}. */
  public Tagged tag(Document doc) {
    List<Sentence> sentences = new ArrayList<>(doc.sentences().size());
    List<EntityMention> mentions = new ArrayList<>();
    List<NerSentence> annotated = new ArrayList<>(doc.sentences().size());
    String text = doc.text();
    for (Sentence s : doc.sentences()) {
      List<Token> tokens = s.tokens();
      boolean mayHoldName = !tokens.isEmpty() && mayHoldName(tokens);
      if (!mayHoldName && !holdsQuoteMark(tokens)) {
        sentences.add(s); // no capitalised word that could start a name: nothing for the model to find
        annotated.add(NerSentence.skipped(tokens));
        continue;
      }
      List<String> forms = new ArrayList<>(tokens.size());
      for (Token t : tokens) forms.add(form(t));
      NLPNode[] nodes = tagger.tag(forms);
      List<Token> posTokens = new ArrayList<>(tokens.size());
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        posTokens.add(new Token(t.start(), t.end(), t.text(), t.norm(), nodes[i + 1].getPartOfSpeechTag()));
      }
      sentences.add(new Sentence(s.start(), s.end(), s.paragraph(), List.copyOf(posTokens)));
      if (!mayHoldName) {
        // A sentence with a quotation mark but no name ("She condemned the “reckless” cuts."): tagged for the
        // quote rules, which read its verbs and nouns, but the model still does not read it.
        annotated.add(NerSentence.skipped(posTokens));
        continue;
      }
      String[] words = new String[forms.size()];
      annotated.add(NerSentence.of(posTokens, nodes, places == null ? new String[words.length] : places.tags(forms.toArray(words))));
      collect(text, tokens, nodes, mentions);
    }
    return new Tagged(new Document(text, doc.paragraphs(), List.copyOf(sentences)), mentions, annotated);
  }

  /** Function words that start sentences; a sentence with no other capitalised word holds no name. */
  private static final java.util.Set<String> STARTERS = newsflow.enrich.nlp.lexicon.Lexicon.words("/ner/sentence-start-function-words.txt");

  /** False when no token but a leading function word is capitalised (or any character is upper case). */
  static boolean mayHoldName(List<Token> tokens) {
    boolean first = true;
    for (Token t : tokens) {
      String w = t.norm() == null ? t.text() : t.norm();
      if (w.isEmpty() || !Character.isLetterOrDigit(w.charAt(0))) continue; // quotes, dashes
      boolean upper = false;
      for (int i = 0; i < w.length() && !upper; i++) upper = Character.isUpperCase(w.charAt(i));
      if (upper && !(first && STARTERS.contains(w.toLowerCase(java.util.Locale.ROOT)))) return true;
      first = false;
    }
    return false;
  }

  /** Quotation marks, straight, curly and angled, single and double. */
  private static final String QUOTE_MARKS = "\"'“”‘’«»„‚‹›";

  /** True when a token of {@code tokens} is a quotation mark on its own. */
  static boolean holdsQuoteMark(List<Token> tokens) {
    for (Token t : tokens) {
      String w = t.text();
      if (w.length() == 1 && QUOTE_MARKS.indexOf(w.charAt(0)) >= 0) return true;
    }
    return false;
  }

  /** The word form NLP4J is given for a token: its normalised text, "_" for an empty token. */
  static String form(Token t) {
    String f = t.norm() == null ? t.text() : t.norm();
    return f.isEmpty() ? "_" : f;
  }

  /** Decodes BILOU tags into spans; tolerant of ill-formed sequences (I/L without B). */
  private static void collect(String text, List<Token> tokens, NLPNode[] nodes, List<EntityMention> out) {
    int start = -1;
    String type = null;
    for (int i = 0; i < tokens.size(); i++) {
      String tag = nodes[i + 1].getNamedEntityTag();
      char prefix = tag == null || tag.length() < 3 ? 'O' : tag.charAt(0);
      String label = prefix == 'O' ? null : tag.substring(2);
      if (start >= 0 && (prefix == 'O' || prefix == 'B' || prefix == 'U' || !label.equals(type))) {
        emit(text, tokens, start, i - 1, type, out);
        start = -1;
      }
      if (prefix == 'O') continue;
      if (start < 0) {
        start = i;
        type = label;
      }
      if (prefix == 'U' || prefix == 'L') {
        emit(text, tokens, start, i, type, out);
        start = -1;
      }
    }
    if (start >= 0) emit(text, tokens, start, tokens.size() - 1, type, out);
  }

  private static void emit(String text, List<Token> tokens, int from, int to, String label, List<EntityMention> out) {
    EntityType type = map(label);
    if (type == null) return;
    int s = tokens.get(from).start();
    int e = tokens.get(to).end();
    out.add(new EntityMention(s, e, text.substring(s, e), type, 0.9));
  }

  /** OntoNotes label to newsflow type; null for types newsflow does not report (dates, numbers). */
  static EntityType map(String label) {
    switch (label) {
      case "PERSON":
        return EntityType.PERSON;
      case "ORG":
        return EntityType.ORGANIZATION;
      case "GPE":
      case "LOC":
      case "FAC":
        return EntityType.PLACE;
      case "NORP":
      case "EVENT":
      case "WORK_OF_ART":
      case "LAW":
      case "PRODUCT":
      case "LANGUAGE":
        return EntityType.OTHER;
      default:
        return null;
    }
  }
}
