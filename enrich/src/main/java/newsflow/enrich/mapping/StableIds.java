package newsflow.enrich.mapping;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable ids derived from content, so a replay produces the same keys. */
public final class StableIds {
  private StableIds() {}

  /** The first 32 hex digits of SHA-256 over the parts, separated by NUL so ("ab","c") != ("a","bc"). */
  public static String hash(String... parts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) sha.update((byte) 0);
        sha.update(String.valueOf(parts[i]).getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(sha.digest()).substring(0, 32);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
