package newsflow.sink.alert;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import newsflow.v1.OfficialAlert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs each alert as JSON to a webhook: a Slack-compatible {@code text} field beside the full alert
 * ({@link AlertMessages#webhookPayload}), with an optional bearer token and an {@code Idempotency-Key}
 * header carrying the alert id, the same on every retry, so a receiver can drop repeats. Timeouts,
 * connection failures, 5xx, 408 and 429 are retried with capped backoff; any other 4xx, or the last
 * failed retry, raises {@link DeliveryException}.
 */
public final class WebhookNotifier implements Notifier {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookNotifier.class);
  /** The header that carries the alert id (also {@code alert.id} in the body). */
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private final URI url;
  private final String bearerToken;
  private final Duration requestTimeout;
  private final Backoff backoff;
  private final HttpClient http;

  /**
   * @param url the webhook, http or https
   * @param bearerToken sent as {@code Authorization: Bearer ...} when not null or blank
   * @param requestTimeout how long one attempt may take
   * @param backoff how many attempts, and the waits between them
   */
  public WebhookNotifier(URI url, String bearerToken, Duration requestTimeout, Backoff backoff) {
    String scheme = url.getScheme() == null ? "" : url.getScheme();
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("webhook URL must be http or https, got '" + RedactedUrl.of(url) + "'");
    }
    this.url = url;
    this.bearerToken = bearerToken == null || bearerToken.isBlank() ? null : bearerToken.strip();
    this.requestTimeout = requestTimeout;
    this.backoff = backoff;
    this.http = HttpClient.newBuilder()
        .connectTimeout(requestTimeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /** A notifier with a 10 s timeout per attempt and {@link Backoff#webhookDefaults()}. */
  public WebhookNotifier(URI url, String bearerToken) {
    this(url, bearerToken, Duration.ofSeconds(10), Backoff.webhookDefaults());
  }

  @Override
  public String name() {
    return "webhook";
  }

  @Override
  public void deliver(OfficialAlert alert) throws DeliveryException {
    HttpRequest.Builder request = HttpRequest.newBuilder(url)
        .timeout(requestTimeout)
        .header("Content-Type", "application/json; charset=utf-8")
        .header("User-Agent", "newsflow-sink")
        .header(IDEMPOTENCY_KEY, alert.getId())
        .POST(HttpRequest.BodyPublishers.ofString(AlertMessages.webhookPayload(alert), StandardCharsets.UTF_8));
    if (bearerToken != null) request.header("Authorization", "Bearer " + bearerToken);
    HttpRequest built = request.build();

    String lastProblem = "not attempted";
    Throwable lastError = null;
    for (int attempt = 1; attempt <= backoff.maxAttempts(); attempt++) {
      Duration wait = backoff.delayAfter(attempt);
      try {
        HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
          LOG.debug("Alert {} delivered to webhook (HTTP {}, attempt {})", alert.getId(), status, attempt);
          return;
        }
        lastProblem = RedactedUrl.scrub("HTTP " + status + snippet(response.body()), url);
        lastError = null;
        if (status >= 400 && status < 500 && status != 408 && status != 429) {
          throw new DeliveryException(alert.getId(), name(), attempt, lastProblem, null);
        }
        if (status < 500 && status != 408 && status != 429) {
          // 1xx/3xx: a redirect is a misconfigured URL, not a passing failure
          throw new DeliveryException(alert.getId(), name(), attempt, lastProblem, null);
        }
        wait = retryAfter(response, wait);
      } catch (HttpTimeoutException e) {
        lastProblem = "timed out after " + requestTimeout.toMillis() + " ms";
        lastError = e;
      } catch (IOException e) {
        // the message of a JDK I/O error may name the URL: keep only a scrubbed copy, not the exception
        lastProblem = RedactedUrl.scrub(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), url);
        lastError = null;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new DeliveryException(alert.getId(), name(), attempt, "interrupted", e);
      }
      if (attempt < backoff.maxAttempts()) {
        LOG.info("Webhook delivery of alert {} failed ({}); retry {} in {} ms",
            alert.getId(), lastProblem, attempt + 1, wait.toMillis());
        try {
          Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new DeliveryException(alert.getId(), name(), attempt, "interrupted while backing off", e);
        }
      }
    }
    throw new DeliveryException(alert.getId(), name(), backoff.maxAttempts(), "retries exhausted, last: " + lastProblem, lastError);
  }

  private Duration retryAfter(HttpResponse<?> response, Duration fallback) {
    return response.headers().firstValue("Retry-After").map(v -> {
      try {
        Duration d = Duration.ofSeconds(Long.parseLong(v.strip()));
        return d.compareTo(backoff.max()) > 0 ? backoff.max() : d.compareTo(fallback) < 0 ? fallback : d;
      } catch (NumberFormatException e) {
        return fallback;
      }
    }).orElse(fallback);
  }

  private static String snippet(String body) {
    if (body == null || body.isBlank()) return "";
    String b = body.strip().replaceAll("\\s+", " ");
    return " (" + (b.length() > 200 ? b.substring(0, 200) + "…" : b) + ")";
  }
}
