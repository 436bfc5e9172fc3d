package newsflow.ingest.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches http(s) URLs safely: every hop (redirects are followed by hand) is checked against the
 * {@link AddressPolicy} and robots.txt before a connection is opened; per-host concurrency and
 * spacing; retries with capped exponential backoff for timeouts, I/O errors, 5xx, 408 and 429;
 * response and decompressed size caps; conditional GET. Thread-safe.
 */
public final class HttpFetcher {
  private static final Logger LOG = LoggerFactory.getLogger(HttpFetcher.class);
  private static final String ACCEPT =
      "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/*;q=0.8,*/*;q=0.5";

  private final FetchSettings settings;
  private final HttpClient client;
  private final AddressPolicy addresses;
  private final RobotsPolicy robots;
  private final HostLimiter limiter;
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong retries = new AtomicLong();

  public HttpFetcher(FetchSettings settings) {
    this.settings = settings;
    this.client = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(settings.connectTimeout())
        .version(HttpClient.Version.HTTP_1_1)
        .build();
    this.addresses = new AddressPolicy(settings.allowHosts());
    this.robots = new RobotsPolicy(this::fetchRobots);
    this.limiter = new HostLimiter(settings.perHostConcurrency(), settings.perHostInterval());
  }

  public FetchSettings settings() {
    return settings;
  }

  /** HTTP requests sent so far (each retry and redirect hop counts). */
  public long requestCount() {
    return requests.get();
  }

  /** Retries made so far after transient failures. */
  public long retryCount() {
    return retries.get();
  }

  /** GETs a URL, following redirects; throws a typed {@link FetchException} for anything but 2xx. */
  public FetchResponse fetch(String url) throws FetchException {
    return fetch(parse(url), Validators.NONE);
  }

  /** A conditional GET: returns a response with status 304 and an empty body when unchanged. */
  public FetchResponse fetch(URI uri, Validators validators) throws FetchException {
    return follow(uri, validators, settings.obeyRobots(), settings.maxBodyBytes());
  }

  /** Parses and validates an http(s) URL. */
  public static URI parse(String url) throws FetchException {
    try {
      URI uri = new URI(url.trim());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        throw new FetchException(url, FetchException.Reason.BAD_URL, "only http and https are fetched");
      }
      if (uri.getHost() == null) throw new FetchException(url, FetchException.Reason.BAD_URL, "no host");
      return uri;
    } catch (URISyntaxException e) {
      throw new FetchException(url, FetchException.Reason.BAD_URL, -1, e.getMessage(), e);
    }
  }

  private FetchResponse fetchRobots(URI robotsUri, long maxBytes) throws FetchException {
    try {
      return follow(robotsUri, Validators.NONE, false, maxBytes);
    } catch (FetchException e) {
      if (e.reason() == FetchException.Reason.CLIENT_ERROR) return null;
      throw e;
    }
  }

  private FetchResponse follow(URI start, Validators validators, boolean obeyRobots, long maxBytes)
      throws FetchException {
    URI current = start;
    Set<URI> seen = new HashSet<>();
    seen.add(current);
    for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
      addresses.check(current);
      if (obeyRobots) robots.check(current);
      Exchange ex = withRetries(current, validators, maxBytes);
      int status = ex.status;
      if (isRedirect(status)) {
        String location = ex.headers.firstValue("Location").orElse(null);
        if (location == null) {
          throw new FetchException(current.toString(), FetchException.Reason.CLIENT_ERROR, status,
              "redirect without Location", null);
        }
        URI next;
        try {
          next = current.resolve(new URI(location.trim().replace(" ", "%20")));
        } catch (URISyntaxException | IllegalArgumentException e) {
          throw new FetchException(current.toString(), FetchException.Reason.BAD_URL, status,
              "bad Location " + location, e);
        }
        next = parse(next.toString());
        if (!seen.add(next)) {
          throw new FetchException(start.toString(), FetchException.Reason.TOO_MANY_REDIRECTS, status,
              "redirect loop at " + next, null);
        }
        current = next;
        continue;
      }
      Validators next = new Validators(
          ex.headers.firstValue("ETag").orElse(validators.etag()),
          ex.headers.firstValue("Last-Modified").orElse(validators.lastModified()));
      String contentType = ex.headers.firstValue("Content-Type").orElse(null);
      if (status == 304) {
        return new FetchResponse(start, current, 304, contentType, new byte[0], next);
      }
      if (status >= 200 && status < 300) {
        byte[] body = ContentDecoder.decompress(ex.body, ex.headers.firstValue("Content-Encoding").orElse(null),
            settings.maxDecompressedBytes(), current.toString());
        return new FetchResponse(start, current, status, contentType, body, next);
      }
      throw statusError(current, status);
    }
    throw new FetchException(start.toString(), FetchException.Reason.TOO_MANY_REDIRECTS, -1,
        "more than " + settings.maxRedirects() + " redirects", null);
  }

  private Exchange withRetries(URI uri, Validators validators, long maxBytes) throws FetchException {
    int attempt = 0;
    while (true) {
      FetchException failure;
      Duration retryAfter = null;
      try {
        Exchange ex = exchange(uri, validators, maxBytes);
        if (!isRetryableStatus(ex.status)) return ex;
        failure = statusError(uri, ex.status);
        retryAfter = retryAfter(ex.headers);
      } catch (FetchException e) {
        if (!e.isTransient() || e.reason() == FetchException.Reason.INTERRUPTED) throw e;
        failure = e;
      }
      if (attempt >= settings.maxRetries()) throw failure;
      Duration backoff = backoff(attempt, retryAfter);
      LOG.debug("retrying {} in {} ms after {}", uri, backoff.toMillis(), failure.reason());
      retries.incrementAndGet();
      attempt++;
      try {
        Thread.sleep(backoff.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new FetchException(uri.toString(), FetchException.Reason.INTERRUPTED, -1, "interrupted", e);
      }
    }
  }

  Duration backoff(int attempt, Duration retryAfter) {
    long base = settings.backoffBase().toMillis();
    long exp = base * (1L << Math.min(attempt, 20));
    long jittered = exp / 2 + (long) (Math.random() * (exp / 2 + 1));
    long millis = retryAfter != null ? Math.max(jittered, retryAfter.toMillis()) : jittered;
    return Duration.ofMillis(Math.min(millis, settings.backoffCap().toMillis()));
  }

  private Exchange exchange(URI uri, Validators validators, long maxBytes) throws FetchException {
    HttpRequest.Builder rb = HttpRequest.newBuilder(uri)
        .GET()
        .timeout(settings.requestTimeout())
        .header("User-Agent", settings.userAgent())
        .header("Accept", ACCEPT)
        .header("Accept-Encoding", "gzip, deflate");
    if (validators.etag() != null) rb.header("If-None-Match", validators.etag());
    if (validators.lastModified() != null) rb.header("If-Modified-Since", validators.lastModified());
    String host = RobotsPolicy.origin(uri);
    HostLimiter.Permit permit;
    try {
      permit = limiter.acquire(host, robots.crawlDelayMillis(uri));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(uri.toString(), FetchException.Reason.INTERRUPTED, -1, "interrupted", e);
    }
    try {
      requests.incrementAndGet();
      CappedBody handler = new CappedBody(uri.toString(), maxBytes);
      CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(rb.build(), handler);
      try {
        // the request timeout covers the headers; this deadline also bounds a slowly dripping body
        HttpResponse<byte[]> response = future.get(settings.requestTimeout().toMillis() * 2, TimeUnit.MILLISECONDS);
        return new Exchange(response.statusCode(), response.headers(), response.body());
      } catch (TimeoutException e) {
        future.cancel(true);
        handler.cancel();
        throw new FetchException(uri.toString(), FetchException.Reason.TIMEOUT, -1, "body not received in time", e);
      } catch (ExecutionException e) {
        throw classify(uri, e.getCause());
      } catch (InterruptedException e) {
        future.cancel(true);
        Thread.currentThread().interrupt();
        throw new FetchException(uri.toString(), FetchException.Reason.INTERRUPTED, -1, "interrupted", e);
      }
    } finally {
      permit.close();
    }
  }

  private static FetchException classify(URI uri, Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof FetchException fe) return fe;
    }
    String url = uri.toString();
    if (t instanceof HttpConnectTimeoutException || t instanceof HttpTimeoutException) {
      return new FetchException(url, FetchException.Reason.TIMEOUT, -1, t.getMessage(), t);
    }
    if (t instanceof ConnectException || t instanceof IOException) {
      return new FetchException(url, FetchException.Reason.IO, -1, String.valueOf(t.getMessage()), t);
    }
    return new FetchException(url, FetchException.Reason.IO, -1, t.toString(), t);
  }

  private static FetchException statusError(URI uri, int status) {
    FetchException.Reason reason = status >= 500 ? FetchException.Reason.SERVER_ERROR
        : status == 408 || status == 429 ? FetchException.Reason.THROTTLED
        : FetchException.Reason.CLIENT_ERROR;
    return new FetchException(uri.toString(), reason, status, "HTTP " + status, null);
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private static boolean isRetryableStatus(int status) {
    return status >= 500 || status == 408 || status == 429;
  }

  private static Duration retryAfter(HttpHeaders headers) {
    return headers.firstValue("Retry-After").map(v -> {
      try {
        return Duration.ofSeconds(Long.parseLong(v.trim()));
      } catch (NumberFormatException e) {
        return null;
      }
    }).orElse(null);
  }

  private record Exchange(int status, HttpHeaders headers, byte[] body) {}

  /** Collects a body up to a cap, cancelling the transfer as soon as the cap is passed. */
  private static final class CappedBody implements HttpResponse.BodyHandler<byte[]> {
    private final String url;
    private final long maxBytes;
    private volatile Flow.Subscription subscription;

    CappedBody(String url, long maxBytes) {
      this.url = url;
      this.maxBytes = maxBytes;
    }

    void cancel() {
      Flow.Subscription s = subscription;
      if (s != null) s.cancel();
    }

    @Override
    public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
      long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1L);
      return new HttpResponse.BodySubscriber<>() {
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        private long total;

        @Override
        public CompletionStage<byte[]> getBody() {
          return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
          subscription = s;
          if (declared > maxBytes) {
            s.cancel();
            result.completeExceptionally(tooLarge("Content-Length " + declared));
            return;
          }
          s.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
          if (result.isDone()) return;
          for (ByteBuffer b : items) {
            total += b.remaining();
            if (total > maxBytes) {
              subscription.cancel();
              result.completeExceptionally(tooLarge("more than " + maxBytes + " bytes received"));
              return;
            }
            byte[] chunk = new byte[b.remaining()];
            b.get(chunk);
            out.write(chunk, 0, chunk.length);
          }
          subscription.request(1);
        }

        @Override
        public void onError(Throwable t) {
          result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
          result.complete(out.toByteArray());
        }
      };
    }

    private FetchException tooLarge(String detail) {
      return new FetchException(url, FetchException.Reason.TOO_LARGE, detail);
    }
  }
}
