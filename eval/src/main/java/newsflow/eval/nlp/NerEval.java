package newsflow.eval.nlp;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsflow.enrich.nlp.ArticleAnalysis;
import newsflow.enrich.nlp.pipeline.ArticleAnalyzer;
import newsflow.enrich.nlp.Entity;
import newsflow.enrich.nlp.EntityMention;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.Span;
import newsflow.enrich.nlp.ner.Conll;
import newsflow.enrich.nlp.ner.Conll.Predicted;
import newsflow.enrich.nlp.ner.Conll.Scores;
import newsflow.enrich.nlp.officials.Watchlist;

/**
 * CoNLL-2003 NER scoring of the whole analyzer (and of its entity model alone) as defined in the
 * evaluation README: each rebuilt document ({@link Conll}) is analysed verbatim and scored with
 * {@link Conll#evaluate}, the measure training prints too.
 */
public final class NerEval {
  private NerEval() {}

  /** The CoNLL file under an evaluation data directory ({@code DIR/ner/conllpp_dev.txt}). */
  public static Path conllFile(Path data) {
    Path f = data.resolve("ner").resolve("conllpp_dev.txt");
    return Files.isRegularFile(f) ? f : data;
  }

  /** The CoNLL type of a newsflow entity type, or null when not scored. */
  public static String conllType(EntityType type) {
    switch (type) {
      case PERSON:
        return "PER";
      case ORGANIZATION:
        return "ORG";
      case PLACE:
        return "LOC";
      default:
        return null;
    }
  }

  /** Every entity mention of an analysis as a typed span. */
  public static List<Predicted> predictions(ArticleAnalysis analysis) {
    List<Predicted> out = new ArrayList<>();
    for (Entity e : analysis.entities()) {
      String t = conllType(e.type());
      if (t == null) continue;
      for (Span m : e.mentions()) out.add(new Predicted(m.start(), m.end(), t));
    }
    return out;
  }

  /** Scores the analyzer on the CoNLL file under {@code data}. */
  public static Scores evaluate(Path data, ArticleAnalyzer analyzer, PrintStream errors) {
    return Conll.evaluate(Conll.load(conllFile(data)), text -> predictions(analyzer.analyze(text, "en")), errors);
  }

  /** Scores the entity model alone, without news rules (see {@link ArticleAnalyzer#modelMentions}). */
  public static Scores evaluateModel(Path data, ArticleAnalyzer analyzer, PrintStream errors) {
    return Conll.evaluate(Conll.load(conllFile(data)), text -> modelPredictions(analyzer.modelMentions(text)), errors);
  }

  /** Mentions as typed spans. */
  public static List<Predicted> modelPredictions(List<EntityMention> mentions) {
    List<Predicted> out = new ArrayList<>();
    for (EntityMention m : mentions) {
      String t = conllType(m.type());
      if (t != null) out.add(new Predicted(m.start(), m.end(), t));
    }
    return out;
  }

  /** {@code NerEval --data DIR [--errors] [--model-only]}: prints the CoNLL scores. */
  public static void main(String[] args) {
    Path data = EvalMain.dataDir(args);
    boolean errors = List.of(args).contains("--errors");
    ArticleAnalyzer analyzer = ArticleAnalyzer.load(Watchlist.empty());
    Scores s = List.of(args).contains("--model-only") ? evaluateModel(data, analyzer, errors ? System.out : null)
        : evaluate(data, analyzer, errors ? System.out : null);
    System.out.println(s.summary());
  }
}
