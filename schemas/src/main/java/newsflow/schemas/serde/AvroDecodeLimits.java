package newsflow.schemas.serde;

/**
 * Upper bounds on what one Avro record may declare while it is decoded: the bytes of a string, the
 * bytes of a {@code bytes} value, and the items of one array or map. They are read from Avro's own
 * system properties ({@code org.apache.avro.limits.string.maxLength},
 * {@code org.apache.avro.limits.bytes.maxLength},
 * {@code org.apache.avro.limits.collectionItems.maxLength}); newsflow's defaults apply when a
 * property is not set, and are then written back so that Avro's own decoder uses them too.
 */
public record AvroDecodeLimits(int maxStringBytes, int maxBytes, int maxCollectionItems) {

  /** Avro's property for the longest string, in UTF-8 bytes. */
  public static final String STRING_PROPERTY = "org.apache.avro.limits.string.maxLength";
  /** Avro's property for the longest {@code bytes} value. */
  public static final String BYTES_PROPERTY = "org.apache.avro.limits.bytes.maxLength";
  /** Avro's property for the most items in one array or map (all its blocks together). */
  public static final String COLLECTION_PROPERTY = "org.apache.avro.limits.collectionItems.maxLength";

  /** 64 MiB: several times the largest page ingest fetches (10 MB), far below a heap. */
  public static final int DEFAULT_MAX_STRING_BYTES = 64 * 1024 * 1024;
  /** 64 MiB, as for strings. */
  public static final int DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
  /** One million items in one array or map: more mentions than any article has words to hold. */
  public static final int DEFAULT_MAX_COLLECTION_ITEMS = 1_000_000;

  private static volatile AvroDecodeLimits configured;

  /** Limits must be positive. */
  public AvroDecodeLimits {
    if (maxStringBytes <= 0 || maxBytes <= 0 || maxCollectionItems <= 0) {
      throw new IllegalArgumentException("Avro decode limits must be positive: " + maxStringBytes + ", "
          + maxBytes + ", " + maxCollectionItems);
    }
  }

  /**
   * The limits of this JVM, read from the system properties on first use (defaults where unset).
   *
   * @throws IllegalArgumentException naming the property when one is set to something other than a
   *     positive int
   */
  public static AvroDecodeLimits configured() {
    AvroDecodeLimits limits = configured;
    if (limits == null) {
      synchronized (AvroDecodeLimits.class) {
        if (configured == null) configured = fromSystemProperties();
        limits = configured;
      }
    }
    return limits;
  }

  private static AvroDecodeLimits fromSystemProperties() {
    return new AvroDecodeLimits(
        property(STRING_PROPERTY, DEFAULT_MAX_STRING_BYTES),
        property(BYTES_PROPERTY, DEFAULT_MAX_BYTES),
        property(COLLECTION_PROPERTY, DEFAULT_MAX_COLLECTION_ITEMS));
  }

  private static int property(String name, int defaultValue) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      // Avro reads the same property once, when its SystemLimitException class first loads; setting it
      // here gives its own BinaryDecoder (wherever the JVM still uses one) the same bound.
      System.setProperty(name, Integer.toString(defaultValue));
      return defaultValue;
    }
    try {
      int parsed = Integer.parseInt(value.trim());
      if (parsed <= 0) throw new NumberFormatException("not positive");
      return parsed;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("system property " + name + "=" + value
          + " is not a positive int: " + e.getMessage(), e);
    }
  }
}
