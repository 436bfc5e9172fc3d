package newsflow.enrich.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Stages run in a fixed order over one {@link Annotation}. Built only if the stages fit together: every
 * layer a stage requires is given to the pipeline or produced by an earlier stage, and no layer is
 * produced twice (so no stage can overwrite another's result, and the order in the list is the order
 * of the data flow, checked once here rather than trusted at each run). Immutable and thread-safe when
 * its stages are.
 */
public final class AnnotatorPipeline {
  private final List<Document.Layer<?>> given;
  private final List<Annotator> stages;

  /**
   * @param given the layers the caller puts before running (for example the document itself)
   * @param stages the stages in running order
   * @throws IllegalArgumentException when a stage requires a layer no earlier stage produces, or two
   *     stages (or a stage and the caller) produce the same layer
   */
  public AnnotatorPipeline(List<Document.Layer<?>> given, List<? extends Annotator> stages) {
    this.given = List.copyOf(given);
    this.stages = List.copyOf(stages);
    Set<Document.Layer<?>> available = new HashSet<>(this.given);
    for (Annotator s : this.stages) {
      for (Document.Layer<?> in : s.requires()) {
        if (!available.contains(in)) {
          throw new IllegalArgumentException(s.name() + " requires " + in + ", which no earlier stage produces");
        }
      }
      for (Document.Layer<?> out : s.produces()) {
        if (!available.add(out)) throw new IllegalArgumentException(out + " is produced twice (again by " + s.name() + ")");
      }
    }
  }

  /** The stages in running order. */
  public List<Annotator> stages() {
    return stages;
  }

  /** Every layer the pipeline yields: the given ones, then each stage's in order. */
  public List<Document.Layer<?>> layers() {
    List<Document.Layer<?>> out = new ArrayList<>(given);
    for (Annotator s : stages) out.addAll(s.produces());
    return out;
  }

  /**
   * Runs every stage over an annotation that {@code init} fills with the given layers (each stage's time
   * goes to {@link StageTimes} when that is on).
   */
  public Annotation run(Consumer<Annotation> init) {
    Annotation a = new Annotation();
    init.accept(a);
    a.checkProduced(null, given);
    for (Annotator s : stages) {
      a.running(s);
      long t0 = StageTimes.begin(s.name());
      s.annotate(a);
      StageTimes.end(s.name(), t0);
      a.running(null);
      a.checkProduced(s, s.produces());
    }
    return a;
  }
}
