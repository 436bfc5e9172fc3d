package newsflow.cli.command;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import newsflow.cli.UserException;
import newsflow.enrich.nlp.ner.NerTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow train}: trains the product's own models from public training data. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Trains newsflow's own models from public training data.",
    subcommands = {TrainCommand.Ner.class})
public final class TrainCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The named-entity model (docs/entities.md, "The entity model"). */
  @Command(name = "ner", mixinStandardHelpOptions = true,
      description = "Trains the named-entity model from a CoNLL-2003 file (4 columns, IOB tags, -DOCSTART- between "
          + "documents) and writes it to --out; prints the dev score when --dev is given. Deterministic for a seed. "
          + "To ship it, write it to enrich/src/main/resources/ner/model/newsflow-ner.bin.gz and rebuild.")
  static final class Ner implements Runnable {
    @Spec CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "FILE",
        description = "Training data (e.g. ../shared/train/ner/conllpp_train.txt).")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model.")
    Path out;

    @Option(names = "--dev", paramLabel = "FILE",
        description = "Development data, only to report a score (e.g. ../shared/eval/ner/conllpp_dev.txt).")
    Path dev;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--epochs", defaultValue = "10", description = "Perceptron epochs (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--holdout", defaultValue = "0", paramLabel = "FRACTION",
        description = "Keep this seeded fraction of the training documents out and score on them (default: none).")
    double holdout;

    @Option(names = "--cv", defaultValue = "0", paramLabel = "K",
        description = "Only cross-validate over K folds of the training documents; writes no model.")
    int cv;

    @Option(names = "--one-stage", description = "Train the first stage only (no document-level second stage).")
    boolean oneStage;

    @Option(names = "--without", defaultValue = "", paramLabel = "GROUPS",
        description = "Leave feature groups out, comma-separated (SHAPE, AFFIX, POS, CLUSTERS, EMBEDDINGS, ONTO, "
            + "LEXICON, GEO, DOCUMENT, CAPITALS), to measure what they bring.")
    String without;

    @Override
    public void run() {
      if (!Files.isRegularFile(data)) throw new UserException("--data " + data + " is not a file");
      if (dev != null && !Files.isRegularFile(dev)) throw new UserException("--dev " + dev + " is not a file");
      if (epochs < 1) throw new UserException("--epochs must be at least 1");
      if (holdout < 0 || holdout >= 1) throw new UserException("--holdout must be in [0, 1)");
      NerTrainer.Options d = NerTrainer.Options.defaults(data, dev, out);
      NerTrainer.Options o = new NerTrainer.Options(data, dev, out, seed, epochs, d.minCount(), d.folds(), holdout,
          !oneStage, without, cv);
      try (PrintStream log = EvalCommand.stdout(spec)) {
        NerTrainer.run(o, log);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (IllegalArgumentException e) {
        throw new UserException(e.getMessage());
      }
    }
  }
}
