package newsflow.enrich.nlp.ner;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import newsflow.enrich.nlp.Document;
import newsflow.enrich.nlp.Token;
import newsflow.enrich.nlp.places.Gazetteer;
import newsflow.enrich.nlp.text.TextPipeline;

/**
 * Trains {@link NerModel} from a CoNLL-2003 file (4 columns, IOB tags, {@code -DOCSTART-} between
 * documents). Each document is rebuilt as the evaluation rebuilds it (tokens joined by spaces, one
 * sentence per line) and read through the product's own text pipeline, NLP4J tagger and gazetteer, so
 * the features in training are those the product computes. Gold spans are mapped to the product's
 * tokens by character offsets. The first stage is trained on all training documents; for the second,
 * the first stage's tags of each training document come from a model trained without that document's
 * fold (k-fold jackknifing), so the second stage learns from predictions as good as those it will see.
 * Deterministic for a seed. {@code --holdout F} keeps a seeded fraction F of the training documents
 * out of training and scores on them, to measure generalisation without the development set.
 */
public final class NerTrainer {
  /** Training settings. */
  public record Options(Path train, Path dev, Path out, long seed, int epochs, int minCount, int folds,
      double holdout, boolean stage2, String without, int cv) {
    public static Options defaults(Path train, Path dev, Path out) {
      return new Options(train, dev, out, 1, 10, 1, 5, 0, true, "", 0);
    }
  }

  /** One training or evaluation document: its sentences as the model reads them, and gold labels. */
  record Doc(Conll.ConllDocument conll, NerSentence[] sentences, int[][] gold, NerFeatures.Sentence[] feats) {}

  private final Nlp4jRecognizer recognizer;
  private final PrintStream log;
  private NerFeatures features = NerFeatures.all();

  NerTrainer(Nlp4jRecognizer recognizer, PrintStream log) {
    this.recognizer = recognizer;
    this.log = log;
  }

  /** Loads the tagger and gazetteer and trains; returns the written model. */
  public static NerModel run(Options o, PrintStream log) throws IOException {
    long cpu0 = cpu();
    long t0 = System.nanoTime();
    Nlp4jTagger tagger = Nlp4jTagger.load(Nlp4jTagger.defaultCacheDir());
    NerTrainer t = new NerTrainer(new Nlp4jRecognizer(tagger, Gazetteer.shared()), log);
    NerModel m = t.train(o);
    log.printf(Locale.ROOT, "total: %.0f s wall, %.0f CPU-s%n", (System.nanoTime() - t0) / 1e9, (cpu() - cpu0) / 1e9);
    return m;
  }

  NerModel train(Options o) throws IOException {
    long t0 = System.nanoTime();
    java.util.Set<NerFeatures.Group> groups = java.util.EnumSet.allOf(NerFeatures.Group.class);
    for (String g : o.without().split(",")) {
      if (!g.isBlank()) groups.remove(NerFeatures.Group.valueOf(g.trim().toUpperCase(Locale.ROOT)));
    }
    features = new NerFeatures(groups);
    List<Doc> all = read(o.train());
    List<Doc> train = new ArrayList<>();
    List<Doc> held = new ArrayList<>();
    Random r = new Random(o.seed());
    for (Doc d : all) (o.holdout() > 0 && r.nextDouble() < o.holdout() ? held : train).add(d);
    List<Doc> dev = o.dev() != null && Files.isRegularFile(o.dev()) ? read(o.dev()) : List.of();
    log.printf(Locale.ROOT, "read %d training documents (%d held out), %d dev documents in %.0f s%n", train.size(),
        held.size(), dev.size(), (System.nanoTime() - t0) / 1e9);

    if (o.cv() > 1) {
      crossValidate(all, o);
      return null;
    }
    long t1 = System.nanoTime();
    LinearChain[] stages = fit(train, o);
    LinearChain stage1 = stages[0];
    LinearChain stage2 = stages[1];
    log.printf(Locale.ROOT, "trained in %.0f s%n", (System.nanoTime() - t1) / 1e9);
    NerModel first = new NerModel("stage1", "", features, stage1, null);
    StringBuilder scores = new StringBuilder();
    if (!held.isEmpty()) {
      scores.append(report("held-out train, stage 1", first, held)).append("; ");
      if (stage2 != null) scores.append(report("held-out train", new NerModel("", "", features, stage1, stage2), held)).append("; ");
    }
    if (!dev.isEmpty()) {
      scores.append(report("dev, stage 1", first, dev)).append("; ");
      if (stage2 != null) scores.append(report("dev", new NerModel("", "", features, stage1, stage2), dev));
    }
    String provenance = String.format(Locale.ROOT,
        "trained by newsflow NerTrainer on %s (%d documents, %d held out), seed %d, %d epochs, min count %d, %s, "
            + "features %s; %s",
        o.train().getFileName(), train.size(), held.size(), o.seed(), o.epochs(), o.minCount(),
        o.stage2() ? o.folds() + "-fold two-stage" : "one stage", features.groups(), scores);
    NerModel model = NerModel.write(o.out(), provenance, features, stage1, stage2);
    log.printf(Locale.ROOT, "wrote %s (%s, %d bytes)%n", o.out(), model.id(), Files.size(o.out()));
    return model;
  }

  /** Stage 1 and (unless one-stage) stage 2 trained on {@code train}. */
  private LinearChain[] fit(List<Doc> train, Options o) {
    PerceptronTrainer trainer = new PerceptronTrainer(o.epochs(), o.minCount(), o.seed());
    LinearChain stage1 = trainer.train(examples(train, null), dim(train));
    LinearChain stage2 = null;
    if (o.stage2()) {
      int[][][] jack = new int[train.size()][][];
      for (int fold = 0; fold < o.folds(); fold++) {
        List<Doc> in = new ArrayList<>();
        List<Integer> outIdx = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) {
          if (i % o.folds() == fold) outIdx.add(i);
          else in.add(train.get(i));
        }
        LinearChain m = new PerceptronTrainer(o.epochs(), o.minCount(), o.seed() + fold + 1).train(examples(in, null),
            dim(train));
        for (int i : outIdx) jack[i] = tagFirst(m, train.get(i));
      }
      List<PerceptronTrainer.Example> ex = new ArrayList<>();
      for (int i = 0; i < train.size(); i++) ex.addAll(examples(List.of(train.get(i)), jack[i]));
      stage2 = trainer.train(ex, dim(train));
    }
    return new LinearChain[] {stage1, stage2};
  }

  /** K-fold cross-validation over documents: scores pooled over the folds (model selection without dev). */
  private void crossValidate(List<Doc> all, Options o) {
    List<Doc> shuffled = new ArrayList<>(all);
    java.util.Collections.shuffle(shuffled, new Random(o.seed() * 7919));
    int[][] sum = new int[Conll.TYPES.size()][3];
    for (int fold = 0; fold < o.cv(); fold++) {
      List<Doc> train = new ArrayList<>();
      List<Doc> test = new ArrayList<>();
      for (int i = 0; i < shuffled.size(); i++) (i % o.cv() == fold ? test : train).add(shuffled.get(i));
      LinearChain[] st = fit(train, o);
      Conll.Scores s = score(new NerModel("", "", features, st[0], st[1]), test);
      for (int t = 0; t < sum.length; t++) {
        int[] c = s.counts().get(Conll.TYPES.get(t));
        for (int k = 0; k < 3; k++) sum[t][k] += c[k];
      }
      log.printf(Locale.ROOT, "cv fold %d: F1 %.4f%n", fold + 1, s.f1());
    }
    java.util.Map<String, int[]> counts = new java.util.LinkedHashMap<>();
    for (int t = 0; t < sum.length; t++) counts.put(Conll.TYPES.get(t), sum[t]);
    Conll.Scores pooled = new Conll.Scores(all.size(), counts);
    log.printf(Locale.ROOT, "cv %d folds: F1 %.4f (P %.4f R %.4f) PER %.4f ORG %.4f LOC %.4f%n", o.cv(), pooled.f1(),
        pooled.precision(), pooled.recall(), pooled.f1("PER"), pooled.f1("ORG"), pooled.f1("LOC"));
  }

  private String report(String name, NerModel model, List<Doc> docs) {
    Conll.Scores s = score(model, docs);
    String line = String.format(Locale.ROOT, "%s: F1 %.4f (P %.4f R %.4f) PER %.4f ORG %.4f LOC %.4f", name, s.f1(),
        s.precision(), s.recall(), s.f1("PER"), s.f1("ORG"), s.f1("LOC"));
    log.println(line);
    return line;
  }

  /** Model-alone PER/ORG/LOC scores with the evaluation's scorer. */
  static Conll.Scores score(NerModel model, List<Doc> docs) {
    Map<String, List<Conll.Predicted>> byText = new IdentityHashMap<>();
    List<Conll.ConllDocument> conll = new ArrayList<>();
    for (Doc d : docs) {
      int[][] labels = model.tag(d.sentences());
      List<Conll.Predicted> p = new ArrayList<>();
      for (int s = 0; s < labels.length; s++) {
        if (labels[s] == null) continue;
        for (NerLabels.Span span : NerLabels.spans(labels[s])) {
          String type = NerLabels.TYPES[span.type()];
          if (type.equals("MISC")) continue;
          p.add(new Conll.Predicted(d.sentences()[s].tokens[span.from()].start(),
              d.sentences()[s].tokens[span.to()].end(), type));
        }
      }
      byText.put(d.conll().text(), p);
      conll.add(d.conll());
    }
    return Conll.evaluate(conll, byText::get, null);
  }

  private static int[][] tagFirst(LinearChain m, Doc d) {
    int[][] out = new int[d.sentences().length][];
    for (int s = 0; s < out.length; s++) {
      if (d.feats()[s] != null) out[s] = m.decode(d.feats()[s].feats(), d.feats()[s].dense());
    }
    return out;
  }

  private static int dim(List<Doc> docs) {
    for (Doc d : docs) {
      for (NerFeatures.Sentence s : d.feats()) {
        if (s == null) continue;
        for (float[] e : s.dense()) if (e != null) return e.length;
      }
    }
    return 0;
  }

  /** Training examples of {@code docs}; with {@code firstStage} (one document), second-stage features. */
  private static List<PerceptronTrainer.Example> examples(List<Doc> docs, int[][] firstStage) {
    List<PerceptronTrainer.Example> out = new ArrayList<>();
    for (Doc d : docs) {
      long[][][] history = firstStage == null ? null : NerFeatures.history(d.sentences(), firstStage);
      for (int s = 0; s < d.sentences().length; s++) {
        NerFeatures.Sentence f = d.feats()[s];
        if (f == null) continue;
        long[][] feats = history == null ? f.feats() : NerModel.join(f.feats(), history[s]);
        out.add(new PerceptronTrainer.Example(feats, f.dense(), d.gold()[s]));
      }
    }
    return out;
  }

  /** Reads a CoNLL file through the product's pipeline. */
  List<Doc> read(Path file) {
    List<Doc> out = new ArrayList<>();
    int unaligned = 0;
    for (Conll.ConllDocument c : Conll.load(file)) {
      Document doc = TextPipeline.instance().process(c.text());
      Nlp4jRecognizer.Tagged tagged = recognizer.tag(doc);
      NerSentence[] sentences = tagged.sentences().toArray(new NerSentence[0]);
      List<List<NerLabels.Span>> spans = new ArrayList<>();
      for (int s = 0; s < sentences.length; s++) spans.add(new ArrayList<>());
      for (Conll.Mention m : c.gold()) {
        int start = c.starts()[m.first()];
        int end = c.ends()[m.last()];
        int type = NerLabels.typeIndex(m.type());
        boolean found = false;
        for (int s = 0; s < sentences.length && !found; s++) {
          Token[] t = sentences[s].tokens;
          if (t.length == 0 || t[0].start() > end || t[t.length - 1].end() < start) continue;
          int from = -1;
          int to = -1;
          for (int i = 0; i < t.length; i++) {
            if (t[i].end() > start && t[i].start() < end) {
              if (from < 0) from = i;
              to = i;
            }
          }
          if (from >= 0) {
            if (t[from].start() != start || t[to].end() != end) unaligned++;
            spans.get(s).add(new NerLabels.Span(from, to, type));
            found = true;
          }
        }
      }
      int[][] gold = new int[sentences.length][];
      for (int s = 0; s < sentences.length; s++) gold[s] = NerLabels.encode(sentences[s].size(), spans.get(s));
      out.add(new Doc(c, sentences, gold, features.extract(sentences)));
    }
    if (unaligned > 0) log.printf(Locale.ROOT, "%s: %d gold spans not on token boundaries%n", file.getFileName(), unaligned);
    return out;
  }

  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /**
   * {@code NerTrainer --data TRAIN --out FILE [--dev DEV] [--seed N] [--epochs N] [--min-count N]
   * [--folds N] [--holdout F] [--one-stage]}.
   */
  public static void main(String[] args) throws IOException {
    Options d = Options.defaults(null, null, null);
    Path train = null;
    Path dev = null;
    Path out = null;
    long seed = d.seed();
    int epochs = d.epochs();
    int minCount = d.minCount();
    int folds = d.folds();
    double holdout = d.holdout();
    boolean stage2 = true;
    String without = "";
    int cv = 0;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--data" -> train = Path.of(args[++i]);
        case "--dev" -> dev = Path.of(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--epochs" -> epochs = Integer.parseInt(args[++i]);
        case "--min-count" -> minCount = Integer.parseInt(args[++i]);
        case "--folds" -> folds = Integer.parseInt(args[++i]);
        case "--holdout" -> holdout = Double.parseDouble(args[++i]);
        case "--one-stage" -> stage2 = false;
        case "--without" -> without = args[++i];
        case "--cv" -> cv = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (train == null || out == null) throw new IllegalArgumentException("--data and --out are required");
    run(new Options(train, dev, out, seed, epochs, minCount, folds, holdout, stage2, without, cv), System.out);
  }
}
