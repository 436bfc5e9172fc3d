package newsflow.enrich.nlp;

import java.util.List;

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
}
