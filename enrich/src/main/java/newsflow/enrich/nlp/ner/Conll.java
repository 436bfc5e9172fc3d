package newsflow.enrich.nlp.ner;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The CoNLL-2003 corpus format and its span measure, shared by training ({@link NerTrainer} reads its
 * training data and prints its dev score with it) and by the evaluation module (newsflow-eval), so the
 * two score alike. Each document is rebuilt by joining tokens with single spaces and sentences with
 * "\n"; every predicted mention is mapped to the tokens its offsets cover; exact span and type matches,
 * micro-averaged over PER, ORG and LOC (gold MISC and predictions of other types left out).
 */
public final class Conll {
  /** CoNLL types scored. */
  public static final List<String> TYPES = List.of("PER", "ORG", "LOC");

  private Conll() {}

  /** A gold or predicted mention over token indices {@code [first, last]} of one document. */
  public record Mention(int first, int last, String type) {}

  /** One rebuilt document: its text, token offsets and gold mentions. */
  public record ConllDocument(String text, int[] starts, int[] ends, List<String> tokens, List<Mention> gold) {}

  /** A typed character span predicted by a system. */
  public record Predicted(int start, int end, String type) {}

  /** Counts per type and micro-averaged scores. */
  public record Scores(int documents, Map<String, int[]> counts) {
    public int tp() {
      return counts.values().stream().mapToInt(c -> c[0]).sum();
    }

    public int fp() {
      return counts.values().stream().mapToInt(c -> c[1]).sum();
    }

    public int fn() {
      return counts.values().stream().mapToInt(c -> c[2]).sum();
    }

    public double precision() {
      return tp() + fp() == 0 ? 0 : (double) tp() / (tp() + fp());
    }

    public double recall() {
      return tp() + fn() == 0 ? 0 : (double) tp() / (tp() + fn());
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double f1(String type) {
      double p = precision(type);
      double r = recall(type);
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double precision(String type) {
      int[] c = counts.get(type);
      return c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
    }

    public double recall(String type) {
      int[] c = counts.get(type);
      return c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
    }

    public String summary() {
      StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
          "NER (CoNLL) documents=%d P=%.3f R=%.3f F1=%.3f", documents, precision(), recall(), f1()));
      for (String t : TYPES) sb.append(String.format(Locale.ROOT, " %s=%.3f", t, f1(t)));
      return sb.toString();
    }
  }

  /** Reads a 4-column CoNLL file (IOB1 tags) into rebuilt documents. */
  public static List<ConllDocument> load(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read CoNLL file " + file, e);
    }
    List<ConllDocument> docs = new ArrayList<>();
    List<List<String[]>> sentences = new ArrayList<>();
    List<String[]> sentence = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith("-DOCSTART-")) {
        if (!sentence.isEmpty()) sentences.add(sentence);
        sentence = new ArrayList<>();
        if (!sentences.isEmpty()) docs.add(build(sentences));
        sentences = new ArrayList<>();
      } else if (line.isBlank()) {
        if (!sentence.isEmpty()) sentences.add(sentence);
        sentence = new ArrayList<>();
      } else {
        String[] cols = line.trim().split("\\s+");
        sentence.add(new String[] {cols[0], cols[cols.length - 1]});
      }
    }
    if (!sentence.isEmpty()) sentences.add(sentence);
    if (!sentences.isEmpty()) docs.add(build(sentences));
    return docs;
  }

  private static ConllDocument build(List<List<String[]>> sentences) {
    StringBuilder text = new StringBuilder();
    List<String> tokens = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    List<Mention> gold = new ArrayList<>();
    for (List<String[]> s : sentences) {
      if (text.length() > 0) text.append('\n');
      String prevType = null;
      int openStart = -1;
      for (int i = 0; i < s.size(); i++) {
        if (i > 0) text.append(' ');
        int index = tokens.size();
        starts.add(text.length());
        text.append(s.get(i)[0]);
        ends.add(text.length());
        tokens.add(s.get(i)[0]);
        String tag = s.get(i)[1];
        String type = tag.equals("O") ? null : tag.substring(2);
        boolean begins = type != null && (tag.startsWith("B-") || !type.equals(prevType));
        if (openStart >= 0 && (type == null || begins)) {
          gold.add(new Mention(openStart, index - 1, prevType));
          openStart = -1;
        }
        if (begins) openStart = index;
        prevType = type;
      }
      if (openStart >= 0) gold.add(new Mention(openStart, tokens.size() - 1, prevType));
    }
    return new ConllDocument(text.toString(), starts.stream().mapToInt(Integer::intValue).toArray(),
        ends.stream().mapToInt(Integer::intValue).toArray(), tokens, gold);
  }

  /** Maps predicted character spans to the token indices they cover. */
  public static Set<Mention> toTokens(ConllDocument d, List<Predicted> predicted) {
    Set<Mention> out = new HashSet<>();
    for (Predicted p : predicted) {
      if (p.type() == null || !TYPES.contains(p.type())) continue;
      int first = -1;
      int last = -1;
      for (int i = 0; i < d.starts().length; i++) {
        if (d.ends()[i] > p.start() && d.starts()[i] < p.end()) {
          if (first < 0) first = i;
          last = i;
        }
      }
      if (first >= 0) out.add(new Mention(first, last, p.type()));
    }
    return out;
  }

  /** Scores {@code system} (document text -> predicted spans) on {@code docs}; errors go to {@code errors} if not null. */
  public static Scores evaluate(List<ConllDocument> docs, Function<String, List<Predicted>> system, PrintStream errors) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (String t : TYPES) counts.put(t, new int[3]);
    for (ConllDocument d : docs) {
      Set<Mention> gold = new HashSet<>();
      for (Mention m : d.gold()) if (TYPES.contains(m.type())) gold.add(m);
      Set<Mention> pred = toTokens(d, system.apply(d.text()));
      for (Mention p : pred) {
        if (gold.contains(p)) counts.get(p.type())[0]++;
        else {
          counts.get(p.type())[1]++;
          if (errors != null) errors.println("FP " + p.type() + " [" + words(d, p) + "]" + context(d, p));
        }
      }
      for (Mention g : gold) {
        if (!pred.contains(g)) {
          counts.get(g.type())[2]++;
          if (errors != null) errors.println("FN " + g.type() + " [" + words(d, g) + "]" + context(d, g));
        }
      }
    }
    return new Scores(docs.size(), counts);
  }

  private static String words(ConllDocument d, Mention m) {
    return String.join(" ", d.tokens().subList(m.first(), m.last() + 1));
  }

  private static String context(ConllDocument d, Mention m) {
    int from = Math.max(0, m.first() - 4);
    int to = Math.min(d.tokens().size(), m.last() + 5);
    return "   ... " + String.join(" ", d.tokens().subList(from, to));
  }

}
