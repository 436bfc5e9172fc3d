package newsflow.enrich.nlp;

import java.util.List;
import java.util.function.Consumer;

/**
 * One stage of an {@link AnnotatorPipeline}: it reads the layers it {@link #requires} from an
 * {@link Annotation} and adds the layers it {@link #produces}, and nothing else (the annotation refuses a
 * layer the stage did not declare, or one that is already there). Like a CoreNLP annotator or a spaCy
 * pipeline component. Implementations are stateless or immutable, so one pipeline serves many threads.
 */
public interface Annotator {
  /** The layers this stage reads; each must be produced by an earlier stage or given to the pipeline. */
  List<Document.Layer<?>> requires();

  /** The layers this stage adds; no other stage of the same pipeline may produce them. */
  List<Document.Layer<?>> produces();

  /** Reads {@link #requires()} from {@code a} and puts every layer of {@link #produces()} into it. */
  void annotate(Annotation a);

  /** The stage's name in pipeline descriptions and errors. */
  default String name() {
    return getClass().getSimpleName();
  }

  /** A stage made of a name, its declared layers and what it does, for stages that are one call each. */
  static Annotator of(String name, List<Document.Layer<?>> requires, List<Document.Layer<?>> produces,
      Consumer<Annotation> run) {
    List<Document.Layer<?>> in = List.copyOf(requires);
    List<Document.Layer<?>> out = List.copyOf(produces);
    return new Annotator() {
      @Override
      public List<Document.Layer<?>> requires() {
        return in;
      }

      @Override
      public List<Document.Layer<?>> produces() {
        return out;
      }

      @Override
      public void annotate(Annotation a) {
        run.accept(a);
      }

      @Override
      public String name() {
        return name;
      }
    };
  }
}
