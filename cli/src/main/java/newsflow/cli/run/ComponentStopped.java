package newsflow.cli.run;

/**
 * A part of the pipeline (enrich, sink) stopped for good, with the reason it gave; completes the
 * failure futures that make {@code newsflow run} and the roles exit non-zero.
 */
public final class ComponentStopped extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ComponentStopped(String component, String reason) {
    super(component + " stopped: " + reason);
  }

  /** The message of a {@code ComponentStopped}; the class and message of anything else. */
  public static String describe(Throwable t) {
    return t instanceof ComponentStopped ? t.getMessage() : t.toString();
  }
}
