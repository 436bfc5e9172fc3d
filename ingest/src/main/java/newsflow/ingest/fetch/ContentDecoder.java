package newsflow.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * Turns fetched bytes into text: bounded decompression (gzip/deflate), binary sniffing, and the
 * charset chosen from the byte-order mark, then the Content-Type header, then a {@code <meta>} or
 * XML declaration, then UTF-8 when the bytes are valid UTF-8, else windows-1252. A declared charset
 * that the bytes contradict (invalid UTF-8 declared as UTF-8) falls through to the next source.
 */
public final class ContentDecoder {
  private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([A-Za-z0-9._:\\-]+)");
  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)");
  private static final Pattern XML_ENCODING =
      Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:\\-]+)[\"']");
  private static final int SNIFF_BYTES = 4096;
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private ContentDecoder() {}

  /** Decodes {@code body} as text; {@code contentType} (nullable) is the Content-Type header. */
  public static String decode(byte[] body, String contentType) {
    return new String(stripBom(body), charsetOf(body, contentType));
  }

  /** The charset {@link #decode} would use. */
  public static Charset charsetOf(byte[] body, String contentType) {
    Optional<Charset> bom = bomCharset(body);
    if (bom.isPresent()) return bom.get();
    Optional<Charset> header = headerCharset(contentType).filter(cs -> plausible(body, cs));
    if (header.isPresent()) return header.get();
    String head = new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    Optional<Charset> declared = find(META_CHARSET, head).or(() -> find(XML_ENCODING, head))
        .filter(cs -> plausible(body, cs));
    if (declared.isPresent()) return declared.get();
    return isValidUtf8(body) ? StandardCharsets.UTF_8 : WINDOWS_1252;
  }

  /** The charset named by a Content-Type header value, if any and known to the JVM. */
  public static Optional<Charset> headerCharset(String contentType) {
    return contentType == null ? Optional.empty() : find(HEADER_CHARSET, contentType);
  }

  /** Whether the bytes look like binary data (images, archives, PDFs, executables) rather than text. */
  public static boolean looksBinary(byte[] body) {
    if (body.length == 0) return false;
    if (bomCharset(body).isPresent()) return false;
    if (startsWith(body, 0x89, 'P', 'N', 'G') || startsWith(body, 'G', 'I', 'F', '8')
        || startsWith(body, 0xFF, 0xD8, 0xFF) || startsWith(body, '%', 'P', 'D', 'F')
        || startsWith(body, 'P', 'K', 3, 4) || startsWith(body, 0x1F, 0x8B)
        || startsWith(body, 0x7F, 'E', 'L', 'F') || startsWith(body, 'M', 'Z')
        || startsWith(body, 'R', 'I', 'F', 'F') || startsWith(body, 0x00, 0x00, 0x01, 0x00)) {
      return true;
    }
    int n = Math.min(body.length, SNIFF_BYTES);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = body[i] & 0xff;
      if (c == 0) return true;
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b) control++;
    }
    return control * 20 > n; // more than 5% control characters
  }

  /**
   * Decompresses a body sent with {@code Content-Encoding} gzip or deflate, refusing to produce more
   * than {@code maxBytes} (gzip bombs); identity and unknown encodings are returned unchanged.
   */
  public static byte[] decompress(byte[] body, String contentEncoding, long maxBytes, String url)
      throws FetchException {
    String enc = contentEncoding == null ? "" : contentEncoding.trim().toLowerCase(Locale.ROOT);
    if (enc.isEmpty() || enc.equals("identity")) return body;
    try (InputStream in = enc.contains("gzip") ? new GZIPInputStream(new java.io.ByteArrayInputStream(body))
        : enc.contains("deflate") ? new InflaterInputStream(new java.io.ByteArrayInputStream(body))
        : null) {
      if (in == null) {
        throw new FetchException(url, FetchException.Reason.UNSUPPORTED_CONTENT, "content encoding " + enc);
      }
      return readCapped(in, maxBytes, url, "decompressed body");
    } catch (IOException e) {
      throw new FetchException(url, FetchException.Reason.UNSUPPORTED_CONTENT, -1, "corrupt " + enc + " body", e);
    }
  }

  /** Reads at most {@code maxBytes} from a stream, failing with TOO_LARGE beyond that. */
  public static byte[] readCapped(InputStream in, long maxBytes, String url, String what)
      throws IOException, FetchException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[16384];
    long total = 0;
    int r;
    while ((r = in.read(buf)) != -1) {
      total += r;
      if (total > maxBytes) {
        throw new FetchException(url, FetchException.Reason.TOO_LARGE, what + " exceeds " + maxBytes + " bytes");
      }
      out.write(buf, 0, r);
    }
    return out.toByteArray();
  }

  static Optional<Charset> bomCharset(byte[] b) {
    if (startsWith(b, 0xEF, 0xBB, 0xBF)) return Optional.of(StandardCharsets.UTF_8);
    if (startsWith(b, 0xFE, 0xFF)) return Optional.of(StandardCharsets.UTF_16BE);
    if (startsWith(b, 0xFF, 0xFE)) return Optional.of(StandardCharsets.UTF_16LE);
    return Optional.empty();
  }

  private static byte[] stripBom(byte[] b) {
    int skip = startsWith(b, 0xEF, 0xBB, 0xBF) ? 3 : startsWith(b, 0xFE, 0xFF) || startsWith(b, 0xFF, 0xFE) ? 2 : 0;
    return skip == 0 ? b : java.util.Arrays.copyOfRange(b, skip, b.length);
  }

  // A declared UTF-8 that the bytes violate is a lie; single-byte charsets decode anything.
  private static boolean plausible(byte[] body, Charset cs) {
    if (cs.equals(StandardCharsets.UTF_8)) return isValidUtf8(body);
    if (cs.equals(WINDOWS_1252) || cs.equals(StandardCharsets.US_ASCII) || cs.equals(StandardCharsets.ISO_8859_1)) {
      // servers often claim Latin-1 for pages that are really UTF-8 with multi-byte characters
      return !(hasHighBytes(body) && isValidUtf8(body));
    }
    return true;
  }

  private static boolean hasHighBytes(byte[] body) {
    for (byte x : body) if (x < 0) return true;
    return false;
  }

  static boolean isValidUtf8(byte[] body) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static Optional<Charset> find(Pattern p, String text) {
    Matcher m = p.matcher(text);
    if (!m.find()) return Optional.empty();
    String name = m.group(1);
    try {
      Charset cs = Charset.forName(name);
      // WHATWG: pages labelled Latin-1 or ASCII are decoded as windows-1252, their superset
      boolean latin = cs.equals(StandardCharsets.ISO_8859_1) || cs.equals(StandardCharsets.US_ASCII);
      return Optional.of(latin ? WINDOWS_1252 : cs);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xff) != (prefix[i] & 0xff)) return false;
    return true;
  }
}
