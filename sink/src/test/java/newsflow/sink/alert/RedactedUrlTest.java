package newsflow.sink.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** What of a webhook URL logs may show: scheme, host and port, never user info, path or query. */
class RedactedUrlTest {
  @Test
  void keepsSchemeHostAndPortOnly() {
    assertEquals("https://hooks.example.com/***", RedactedUrl.of(URI.create("https://hooks.example.com/services/T1/B2/abc")));
    assertEquals("http://10.1.2.3:8080/***", RedactedUrl.of(URI.create("http://user:pw@10.1.2.3:8080/hook?token=abc")));
    assertEquals("https://hooks.example.com/***", RedactedUrl.of(URI.create("https://hooks.example.com?key=abc")));
    assertEquals("https://hooks.example.com/", RedactedUrl.of(URI.create("https://hooks.example.com/")));
    assertEquals("none", RedactedUrl.of(null));
  }

  @Test
  void scrubsTheUrlAndItsPathFromText() {
    URI hook = URI.create("https://hooks.example.com/services/T1/B2/abc?x=1");
    assertEquals("POST https://hooks.example.com/*** failed",
        RedactedUrl.scrub("POST https://hooks.example.com/services/T1/B2/abc?x=1 failed", hook));
    assertEquals("HTTP 404 (no route /***)", RedactedUrl.scrub("HTTP 404 (no route /services/T1/B2/abc)", hook));
  }
}
