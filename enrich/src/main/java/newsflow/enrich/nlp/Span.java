package newsflow.enrich.nlp;

/** A span of an article's text: Java String indices (UTF-16 code units), end exclusive. */
public record Span(int start, int end, String text) {
  public Span {
    if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
  }

  /** The span {@code [start, end)} of {@code text}. */
  public static Span of(String text, int start, int end) {
    return new Span(start, end, text.substring(start, end));
  }

  public int length() {
    return end - start;
  }

  public boolean overlaps(int s, int e) {
    return start < e && s < end;
  }

  public boolean contains(int s, int e) {
    return start <= s && e <= end;
  }
}
