package newsflow.ingest.eval;

import java.nio.file.Path;

/**
 * Scores the extractor on the public extraction benchmarks (scrapinghub body P/R/F1, fundus metadata)
 * exactly as defined in the evaluation README. Used by {@code newsflow eval extraction}.
 */
public final class ExtractionEval {

    /** The scores of one evaluation run. */
    public record Result(double bodyPrecision, double bodyRecall, double bodyF1, int bodyPages,
                         double titleExact, double authorsExact, double dateExact, int metadataPages) {
    }

    /** Runs the evaluation on a directory holding {@code scrapinghub/} and {@code fundus/}. */
    public Result run(Path dataDir) {
        throw new UnsupportedOperationException("not yet implemented: " + dataDir);
    }

    public static void main(String[] args) {
        System.out.println("usage: ExtractionEval --data DIR");
    }
}
