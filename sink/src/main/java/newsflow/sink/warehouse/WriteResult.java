package newsflow.sink.warehouse;

import java.util.List;

/**
 * What one {@link WarehouseWriter#write} committed: records written (including older versions of an
 * article superseded in the same batch, and skipped ones: older than, or the same enrichment as, the
 * stored version) and the
 * records refused for good, by their index in the input lists.
 */
public record WriteResult(int articlesWritten, int alertsWritten, int staleSkipped, List<Rejection> rejections) {
  public WriteResult {
    rejections = List.copyOf(rejections);
  }

  /** Which input list a rejection indexes. */
  public enum Kind { ARTICLE, ALERT }

  /** A record that cannot be written: the {@code index}-th of its input list, and why. */
  public record Rejection(Kind kind, int index, RecordWriteException error) {}
}
