package newsflow.ingest.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of a web page to a string: charset from the byte-order mark, then the HTTP
 * header hint, then {@code <meta charset>}, then UTF-8 if the bytes are valid UTF-8, else windows-1252.
 * Rejects binary content (images, archives, PDFs, bytes that are mostly control characters).
 */
public final class HtmlDecoder {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-zA-Z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final int SNIFF_BYTES = 4096;

    private HtmlDecoder() {
    }

    /**
     * Decodes page bytes. {@code charsetHint} is the charset of the Content-Type header (nullable);
     * a wrong or unknown hint is ignored when the bytes say otherwise.
     */
    public static String decode(byte[] bytes, String charsetHint, String source) {
        rejectBinary(bytes, source);
        if (hasPrefix(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (hasPrefix(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (hasPrefix(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        Charset hinted = charsetOf(charsetHint);
        Charset meta = metaCharset(bytes);
        boolean validUtf8 = isValidUtf8(bytes);
        Charset chosen;
        if (validUtf8 && (hinted == null || !StandardCharsets.UTF_8.equals(hinted))
                && (meta == null || !StandardCharsets.UTF_8.equals(meta)) && containsNonAscii(bytes)) {
            // Multi-byte sequences that form valid UTF-8 are almost never legacy single-byte text.
            chosen = StandardCharsets.UTF_8;
        } else if (hinted != null && !(StandardCharsets.UTF_8.equals(hinted) && !validUtf8)) {
            chosen = hinted;
        } else if (meta != null && !(StandardCharsets.UTF_8.equals(meta) && !validUtf8)) {
            chosen = meta;
        } else {
            chosen = validUtf8 ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
        }
        if (StandardCharsets.ISO_8859_1.equals(chosen) || StandardCharsets.US_ASCII.equals(chosen)) {
            chosen = Charset.forName("windows-1252"); // what browsers do for these labels
        }
        return new String(bytes, chosen);
    }

    /** Throws {@link ExtractionException} when the bytes are an image, archive, PDF or other binary. */
    public static void rejectBinary(byte[] bytes, String source) {
        if (bytes.length == 0) {
            throw new ExtractionException(source, "empty content");
        }
        if (hasPrefix(bytes, 0x89, 'P', 'N', 'G') || hasPrefix(bytes, 0xFF, 0xD8, 0xFF)
                || hasPrefix(bytes, 'G', 'I', 'F', '8') || hasPrefix(bytes, '%', 'P', 'D', 'F')
                || hasPrefix(bytes, 'P', 'K', 3, 4) || hasPrefix(bytes, 0x1F, 0x8B)
                || hasPrefix(bytes, 'R', 'I', 'F', 'F') || hasPrefix(bytes, 0x7F, 'E', 'L', 'F')
                || hasPrefix(bytes, 0x00, 0x00, 0x01, 0x00) || hasPrefix(bytes, 'B', 'Z', 'h')
                || hasPrefix(bytes, 0xFD, '7', 'z', 'X', 'Z') || hasPrefix(bytes, 'w', 'O', 'F')) {
            throw new ExtractionException(source, "binary content (file signature)");
        }
        boolean utf16 = hasPrefix(bytes, 0xFE, 0xFF) || hasPrefix(bytes, 0xFF, 0xFE);
        if (utf16) {
            return;
        }
        int n = Math.min(bytes.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                control++;
            }
        }
        if (control > n / 20 + 1) {
            throw new ExtractionException(source, "binary content (" + control + " control bytes in the first " + n + ")");
        }
    }

    /** Throws {@link ExtractionException} when an already decoded string is mostly control characters. */
    public static void rejectBinary(String text, String source) {
        if (text.isEmpty()) {
            throw new ExtractionException(source, "empty content");
        }
        int n = Math.min(text.length(), SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B) || c == '\uFFFD') {
                control++;
            }
        }
        if (control > n / 20 + 1) {
            throw new ExtractionException(source, "binary content (" + control + " control characters in the first " + n + ")");
        }
    }

    static Charset charsetOf(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    static Charset metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 2048 * 4), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? charsetOf(m.group(1)) : null;
    }

    private static boolean containsNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    static boolean isValidUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer ignored = decoder.decode(ByteBuffer.wrap(bytes));
            return ignored != null;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean hasPrefix(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != (prefix[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }
}
