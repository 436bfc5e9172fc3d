package newsflow.ingest.fetch;

import java.util.Objects;

/**
 * A URL could not be fetched. The {@link Reason} classifies the failure: {@link #isTransient()}
 * ones (timeouts, I/O, 5xx, 429) are worth retrying later, the others are permanent.
 */
public class FetchException extends Exception {
  /** Why a fetch failed. */
  public enum Reason {
    /** The URL is malformed or not http(s). */
    BAD_URL(false),
    /** The host resolves to a private, loopback or link-local address that is not allow-listed. */
    ADDRESS_REFUSED(false),
    /** robots.txt disallows the URL for our user agent. */
    ROBOTS_DISALLOWED(false),
    /** A 4xx status (other than 408 and 429). */
    CLIENT_ERROR(false),
    /** A 5xx status. */
    SERVER_ERROR(true),
    /** 408 or 429: the server asks us to come back later. */
    THROTTLED(true),
    /** Connect or response timeout. */
    TIMEOUT(true),
    /** Connection refused, reset, DNS failure and other I/O errors. */
    IO(true),
    /** The response or its decompressed body exceeds the size cap. */
    TOO_LARGE(false),
    /** More redirects than allowed, or a redirect loop. */
    TOO_MANY_REDIRECTS(false),
    /** The body is binary or of a content type we do not read. */
    UNSUPPORTED_CONTENT(false),
    /** The thread was interrupted (shutdown). */
    INTERRUPTED(true);

    private final boolean transientFailure;

    Reason(boolean transientFailure) {
      this.transientFailure = transientFailure;
    }

    /** Whether a failure of this kind may succeed when retried later. */
    public boolean isTransient() {
      return transientFailure;
    }
  }

  private final String url;
  private final Reason reason;
  private final int status;

  public FetchException(String url, Reason reason, String detail) {
    this(url, reason, -1, detail, null);
  }

  public FetchException(String url, Reason reason, int status, String detail, Throwable cause) {
    super(reason + " " + url + (detail == null || detail.isEmpty() ? "" : ": " + detail), cause);
    this.url = Objects.requireNonNull(url, "url");
    this.reason = Objects.requireNonNull(reason, "reason");
    this.status = status;
  }

  /** The URL that failed (the hop that failed, when redirects were followed). */
  public String url() {
    return url;
  }

  public Reason reason() {
    return reason;
  }

  /** The HTTP status when the server answered, else -1. */
  public int status() {
    return status;
  }

  public boolean isTransient() {
    return reason.isTransient();
  }
}
