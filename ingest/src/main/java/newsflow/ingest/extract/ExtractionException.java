package newsflow.ingest.extract;

/**
 * A permanent failure to extract an article from some input (binary content, undecodable bytes,
 * no text at all). Carries the URL or path of the input and a short reason.
 */
public class ExtractionException extends RuntimeException {
    private final String source;
    private final String reason;

    public ExtractionException(String source, String reason) {
        super(reason + " [" + source + "]");
        this.source = source;
        this.reason = reason;
    }

    public ExtractionException(String source, String reason, Throwable cause) {
        super(reason + " [" + source + "]", cause);
        this.source = source;
        this.reason = reason;
    }

    /** The URL or file path of the input that failed, possibly null. */
    public String source() {
        return source;
    }

    /** Why extraction failed, without the source. */
    public String reason() {
        return reason;
    }
}
