package newsflow.enrich.nlp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * An article's text split into paragraphs, sentences and tokens, all with offsets into {@code text},
 * plus the layers stages compute from it once and share (for example the gazetteer's place matches,
 * read by the entity recogniser, the place resolver and the official matcher). Equality is that of the
 * text, paragraphs and sentences; layers are derived data.
 */
public final class Document {
  /** The name of a derived layer; layers are told apart by key identity. */
  public static final class Layer<T> {
    private final String name;

    public Layer(String name) {
      this.name = name;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private final String text;
  private final List<Span> paragraphs;
  private final List<Sentence> sentences;
  private final Map<Layer<?>, Object> layers = new HashMap<>();

  public Document(String text, List<Span> paragraphs, List<Sentence> sentences) {
    this.text = text;
    this.paragraphs = paragraphs;
    this.sentences = sentences;
  }

  public String text() {
    return text;
  }

  public List<Span> paragraphs() {
    return paragraphs;
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  /**
   * The {@code key} layer of this document, computed by {@code compute} the first time it is asked for
   * and the same object afterwards. {@code compute} runs outside the lock, so it may ask for other layers.
   */
  public <T> T layer(Layer<T> key, Function<Document, T> compute) {
    synchronized (layers) {
      Object v = layers.get(key);
      if (v != null) {
        @SuppressWarnings("unchecked")
        T t = (T) v;
        return t;
      }
    }
    T value = Objects.requireNonNull(compute.apply(this), key.name);
    synchronized (layers) {
      Object v = layers.putIfAbsent(key, value);
      @SuppressWarnings("unchecked")
      T t = v == null ? value : (T) v;
      return t;
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Document d && text.equals(d.text) && paragraphs.equals(d.paragraphs)
        && sentences.equals(d.sentences);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, paragraphs, sentences);
  }

  @Override
  public String toString() {
    return "Document[text=" + text + ", paragraphs=" + paragraphs + ", sentences=" + sentences + "]";
  }
}
