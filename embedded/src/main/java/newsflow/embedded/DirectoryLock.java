package newsflow.embedded;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on a broker's data directory, taken before Kafka touches it. Kafka's own lock
 * comes only after the controller has started reading the metadata log, and a second broker reading a
 * log that another is writing can halt the JVM; this lock refuses the second start cleanly instead.
 */
final class DirectoryLock {

  static final String FILE_NAME = ".newsflow-embedded.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private DirectoryLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  static DirectoryLock acquire(Path dir) {
    Path file = dir.resolve(FILE_NAME);
    FileChannel channel = null;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock == null) throw inUse(dir, null);
      return new DirectoryLock(channel, lock);
    } catch (OverlappingFileLockException e) {
      closeQuietly(channel);
      throw inUse(dir, e);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new EmbeddedKafkaException("cannot lock " + file, e);
    } catch (EmbeddedKafkaException e) {
      closeQuietly(channel);
      throw e;
    }
  }

  void release() {
    try {
      if (lock.isValid()) lock.release();
    } catch (IOException ignored) {
      // closing the channel below releases it anyway
    }
    closeQuietly(channel);
  }

  private static EmbeddedKafkaException inUse(Path dir, Throwable cause) {
    return new EmbeddedKafkaException("data directory " + dir + " is in use by another embedded Kafka broker", cause);
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel == null) return;
    try {
      channel.close();
    } catch (IOException ignored) {
      // nothing left to release
    }
  }
}
