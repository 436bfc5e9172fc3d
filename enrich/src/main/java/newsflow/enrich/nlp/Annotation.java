package newsflow.enrich.nlp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The layers an {@link AnnotatorPipeline} builds over one document: each layer is written once, by the
 * stage that declares it, and read by later stages. Not thread-safe: one annotation per document run.
 */
public final class Annotation {
  private final Map<Document.Layer<?>, Object> layers = new HashMap<>();
  private Annotator writer;

  Annotation() {}

  /** The {@code key} layer; an error when no stage has produced it. */
  public <T> T get(Document.Layer<T> key) {
    Object v = layers.get(key);
    if (v == null) throw new IllegalStateException("no layer " + key + " (read by " + name(writer) + ")");
    @SuppressWarnings("unchecked")
    T t = (T) v;
    return t;
  }

  /** Whether the {@code key} layer is present. */
  public boolean has(Document.Layer<?> key) {
    return layers.containsKey(key);
  }

  /**
   * Adds the {@code key} layer. Outside a stage only the pipeline's given layers may be put; inside, only
   * the layers the running stage declares it produces, each once: no stage rewrites another's layer.
   */
  public <T> void put(Document.Layer<T> key, T value) {
    Objects.requireNonNull(value, key.toString());
    if (writer != null && !writer.produces().contains(key)) {
      throw new IllegalStateException(name(writer) + " does not declare the layer " + key);
    }
    if (layers.putIfAbsent(key, value) != null) throw new IllegalStateException("layer " + key + " written twice");
  }

  void running(Annotator stage) {
    this.writer = stage;
  }

  void checkProduced(Annotator stage, List<Document.Layer<?>> keys) {
    for (Document.Layer<?> k : keys) {
      if (!layers.containsKey(k)) throw new IllegalStateException(name(stage) + " did not produce " + k);
    }
  }

  private static String name(Annotator a) {
    return a == null ? "the caller" : a.name();
  }
}
