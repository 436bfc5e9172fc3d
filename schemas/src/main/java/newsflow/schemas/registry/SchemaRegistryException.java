package newsflow.schemas.registry;

/**
 * A schema registry request failed. Carries the HTTP status and the registry's own {@code error_code}
 * (e.g. 40401 subject not found, 40403 schema not found, 409 incompatible, 42201 invalid schema);
 * both are 0 when the registry could not be reached at all.
 */
public class SchemaRegistryException extends RuntimeException {

  /** Subject not found. */
  public static final int SUBJECT_NOT_FOUND = 40401;
  /** Version not found. */
  public static final int VERSION_NOT_FOUND = 40402;
  /** Schema not found (unknown id, or schema not registered under the subject). */
  public static final int SCHEMA_NOT_FOUND = 40403;
  /** Schema incompatible with earlier versions under the subject's compatibility level. */
  public static final int INCOMPATIBLE_SCHEMA = 409;
  /** Schema could not be parsed. */
  public static final int INVALID_SCHEMA = 42201;
  /** Version is not a positive integer nor {@code latest}. */
  public static final int INVALID_VERSION = 42202;
  /** Compatibility level not one of the known ones. */
  public static final int INVALID_COMPATIBILITY_LEVEL = 42203;

  private final int httpStatus;
  private final int errorCode;
  private final String request;

  public SchemaRegistryException(String request, int httpStatus, int errorCode, String message, Throwable cause) {
    super(request + " failed: " + (httpStatus == 0 ? "" : "HTTP " + httpStatus + ", error_code " + errorCode + ": ") + message, cause);
    this.request = request;
    this.httpStatus = httpStatus;
    this.errorCode = errorCode;
  }

  /** The HTTP status, or 0 when no response was received. */
  public int httpStatus() {
    return httpStatus;
  }

  /** The registry's {@code error_code} (often more specific than the status), or 0 without a response. */
  public int errorCode() {
    return errorCode;
  }

  /** Method and path of the failed request, e.g. {@code POST /subjects/x-value/versions}. */
  public String request() {
    return request;
  }

  /** True when retrying may help: no response, a 5xx, or 429 Too Many Requests. */
  public boolean isTransient() {
    return httpStatus == 0 || httpStatus >= 500 || httpStatus == 429;
  }

  /** True for the 404 family (unknown subject, version or schema). */
  public boolean isNotFound() {
    return httpStatus == 404;
  }
}
