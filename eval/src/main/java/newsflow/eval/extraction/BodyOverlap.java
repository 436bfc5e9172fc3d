package newsflow.eval.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-body metric of the evaluation README: per page, the multisets of 4-grams of {@code \w+}
 * tokens of the predicted and the true body; TP, FP and FN normalised to sum to 1; precision and recall
 * are means over pages, F1 is computed from the two means.
 */
public final class BodyOverlap {
    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    static final int N = 4;

    /** Normalised counts of one page (tp + fp + fn = 1, or all zero for two empty bodies). */
    public record PageCounts(double tp, double fp, double fn) {
    }

    /** Means over pages and the F1 of the means. */
    public record Score(double precision, double recall, double f1, int pages) {
    }

    private BodyOverlap() {
    }

    /** Tokens of a text: maximal runs of word characters (Unicode-aware, as Python's {@code \w+}). */
    static List<String> tokens(String text) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static Map<String, Integer> ngrams(String text) {
        List<String> t = tokens(text);
        Map<String, Integer> out = new HashMap<>();
        if (!t.isEmpty() && t.size() < N) {
            out.put(String.join(" ", t), 1); // a body shorter than n tokens is one shingle, as in the benchmark
        }
        for (int i = 0; i + N <= t.size(); i++) {
            out.merge(String.join(" ", t.subList(i, i + N)), 1, Integer::sum);
        }
        return out;
    }

    /** Counts of one page. */
    public static PageCounts page(String predicted, String truth) {
        Map<String, Integer> p = ngrams(predicted);
        Map<String, Integer> g = ngrams(truth);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            int gc = g.getOrDefault(e.getKey(), 0);
            tp += Math.min(e.getValue(), gc);
            fp += Math.max(0, e.getValue() - gc);
        }
        for (Map.Entry<String, Integer> e : g.entrySet()) {
            fn += Math.max(0, e.getValue() - p.getOrDefault(e.getKey(), 0));
        }
        double total = tp + fp + fn;
        if (total == 0) {
            return new PageCounts(0, 0, 0);
        }
        return new PageCounts(tp / total, fp / total, fn / total);
    }

    /** Aggregates page counts into mean precision, mean recall and their F1. */
    public static Score aggregate(List<PageCounts> pages) {
        double pSum = 0;
        int pN = 0;
        double rSum = 0;
        int rN = 0;
        for (PageCounts c : pages) {
            if (c.tp() + c.fp() > 0) {
                pSum += c.tp() / (c.tp() + c.fp());
                pN++;
            }
            if (c.tp() + c.fn() > 0) {
                rSum += c.tp() / (c.tp() + c.fn());
                rN++;
            }
        }
        double p = pN == 0 ? 0 : pSum / pN;
        double r = rN == 0 ? 0 : rSum / rN;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new Score(p, r, f1, pages.size());
    }
}
