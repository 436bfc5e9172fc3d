package newsflow.schemas.serde;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.avro.io.Decoder;
import org.apache.avro.util.Utf8;

/**
 * Avro's binary encoding read from one record's bytes, where no declared length may reach past them:
 * a string or {@code bytes} value cannot declare more bytes, nor an array or map block more items,
 * than remain in the record. Avro's own {@code BinaryDecoder} trusts those lengths and allocates
 * first, so 26 bytes declaring two billion array items exhaust the heap; here they fail as an
 * {@link EOFException} before anything is allocated. {@link AvroDecodeLimits} caps what a large record
 * may still declare ({@link LimitExceededException}).
 *
 * <p>Every item of a collection takes at least one byte in the records newsflow reads; an array of
 * {@code null} or of empty records, whose items take none, is held to the same bound.
 */
final class BoundedBinaryDecoder extends Decoder {

  /** A length within the record that is still beyond {@link AvroDecodeLimits}. */
  static final class LimitExceededException extends IOException {
    private static final long serialVersionUID = 1L;

    LimitExceededException(String message) {
      super(message);
    }
  }

  private final byte[] buf;
  private final int end;
  private final AvroDecodeLimits limits;
  private int pos;
  /** Items so far of each array or map being read, innermost last. */
  private long[] openCollections = new long[8];
  private int depth;

  BoundedBinaryDecoder(byte[] buf, int offset, int length, AvroDecodeLimits limits) {
    this.buf = buf;
    this.pos = offset;
    this.end = offset + length;
    this.limits = limits;
  }

  private int remaining() {
    return end - pos;
  }

  private void require(long n, String what) throws EOFException {
    if (n > remaining()) {
      throw new EOFException(what + " needs " + n + " bytes but only " + remaining() + " remain in the record");
    }
  }

  private int next() throws EOFException {
    if (pos >= end) throw new EOFException("the record ends inside a value");
    return buf[pos++] & 0xff;
  }

  @Override
  public void readNull() {}

  @Override
  public boolean readBoolean() throws IOException {
    return next() == 1;
  }

  @Override
  public int readInt() throws IOException {
    int n = 0;
    for (int shift = 0; ; shift += 7) {
      if (shift > 28) throw new IOException("invalid int encoding: more than 5 bytes");
      int b = next();
      n |= (b & 0x7f) << shift;
      if ((b & 0x80) == 0) break;
    }
    return (n >>> 1) ^ -(n & 1);
  }

  @Override
  public long readLong() throws IOException {
    long n = 0;
    for (int shift = 0; ; shift += 7) {
      if (shift > 63) throw new IOException("invalid long encoding: more than 10 bytes");
      int b = next();
      n |= (long) (b & 0x7f) << shift;
      if ((b & 0x80) == 0) break;
    }
    return (n >>> 1) ^ -(n & 1);
  }

  @Override
  public float readFloat() throws IOException {
    require(4, "a float");
    int bits = (buf[pos] & 0xff) | (buf[pos + 1] & 0xff) << 8 | (buf[pos + 2] & 0xff) << 16 | (buf[pos + 3] & 0xff) << 24;
    pos += 4;
    return Float.intBitsToFloat(bits);
  }

  @Override
  public double readDouble() throws IOException {
    require(8, "a double");
    long bits = 0;
    for (int i = 7; i >= 0; i--) bits = bits << 8 | (buf[pos + i] & 0xff);
    pos += 8;
    return Double.longBitsToDouble(bits);
  }

  private int length(String what, int limit, String property) throws IOException {
    long n = readLong();
    if (n < 0) throw new IOException(what + " declares a negative length " + n);
    require(n, what + " of declared length " + n);
    if (n > limit) {
      throw new LimitExceededException(what + " declares " + n + " bytes, more than " + property + "=" + limit);
    }
    return (int) n;
  }

  private int stringLength() throws IOException {
    return length("a string", limits.maxStringBytes(), AvroDecodeLimits.STRING_PROPERTY);
  }

  private int bytesLength() throws IOException {
    return length("a bytes value", limits.maxBytes(), AvroDecodeLimits.BYTES_PROPERTY);
  }

  @Override
  public Utf8 readString(Utf8 old) throws IOException {
    int n = stringLength();
    Utf8 result = old != null ? old : new Utf8();
    result.setByteLength(n);
    System.arraycopy(buf, pos, result.getBytes(), 0, n);
    pos += n;
    return result;
  }

  @Override
  public String readString() throws IOException {
    int n = stringLength();
    String s = new String(buf, pos, n, StandardCharsets.UTF_8);
    pos += n;
    return s;
  }

  @Override
  public void skipString() throws IOException {
    pos += stringLength();
  }

  @Override
  public ByteBuffer readBytes(ByteBuffer old) throws IOException {
    int n = bytesLength();
    ByteBuffer result = old != null && n <= old.capacity() ? old.clear() : ByteBuffer.allocate(n);
    result.put(buf, pos, n).flip();
    pos += n;
    return result;
  }

  @Override
  public void skipBytes() throws IOException {
    pos += bytesLength();
  }

  @Override
  public void readFixed(byte[] bytes, int start, int length) throws IOException {
    require(length, "a fixed value");
    System.arraycopy(buf, pos, bytes, start, length);
    pos += length;
  }

  @Override
  public void skipFixed(int length) throws IOException {
    require(length, "a fixed value");
    pos += length;
  }

  @Override
  public int readEnum() throws IOException {
    return readInt();
  }

  @Override
  public int readIndex() throws IOException {
    return readInt();
  }

  /**
   * The next block's item count (0 at the end of the collection). A negative count is followed by the
   * block's size in bytes; when {@code skipSized}, such blocks are skipped whole.
   */
  private long blockCount(String kind, boolean skipSized) throws IOException {
    while (true) {
      long count = readLong();
      if (count < 0) {
        if (count == Long.MIN_VALUE) throw new IOException(kind + " block declares an impossible item count");
        long size = readLong();
        if (size < 0) throw new IOException(kind + " block declares a negative size " + size);
        require(size, kind + " block of declared size " + size);
        if (skipSized) {
          pos += (int) size;
          continue;
        }
        count = -count;
      }
      if (count > remaining()) {
        throw new EOFException(kind + " declares " + count + " items but only " + remaining()
            + " bytes remain in the record");
      }
      return count;
    }
  }

  private long open(String kind) throws IOException {
    long count = blockCount(kind, false);
    if (count > 0) {
      if (depth == openCollections.length) openCollections = Arrays.copyOf(openCollections, depth * 2);
      openCollections[depth++] = 0;
      countItems(kind, count);
    }
    return count;
  }

  private long next(String kind) throws IOException {
    long count = blockCount(kind, false);
    if (count == 0) {
      if (depth > 0) depth--;
    } else {
      countItems(kind, count);
    }
    return count;
  }

  private void countItems(String kind, long count) throws LimitExceededException {
    if (depth == 0) return;
    long total = openCollections[depth - 1] + count;
    if (total > limits.maxCollectionItems()) {
      throw new LimitExceededException(kind + " declares " + total + " items, more than "
          + AvroDecodeLimits.COLLECTION_PROPERTY + "=" + limits.maxCollectionItems());
    }
    openCollections[depth - 1] = total;
  }

  @Override
  public long readArrayStart() throws IOException {
    return open("an array");
  }

  @Override
  public long arrayNext() throws IOException {
    return next("an array");
  }

  @Override
  public long skipArray() throws IOException {
    return blockCount("an array", true);
  }

  @Override
  public long readMapStart() throws IOException {
    return open("a map");
  }

  @Override
  public long mapNext() throws IOException {
    return next("a map");
  }

  @Override
  public long skipMap() throws IOException {
    return blockCount("a map", true);
  }
}
