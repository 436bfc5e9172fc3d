package newsflow.ingest.fetch;

import java.net.URI;
import java.nio.charset.Charset;

/**
 * A successful (2xx) or not-modified (304) response: the final URL after redirects, the
 * decompressed body (already within the size caps) and the validators for the next conditional GET.
 */
public record FetchResponse(
    URI requestedUri, URI finalUri, int status, String contentType, byte[] body, Validators validators) {

  public boolean notModified() {
    return status == 304;
  }

  /** The body decoded with the charset from BOM, header, meta/XML declaration or sniffing. */
  public String text() {
    return ContentDecoder.decode(body, contentType);
  }

  public Charset charset() {
    return ContentDecoder.charsetOf(body, contentType);
  }

  /** The body as HTML or plain text; binary bodies are refused whatever the Content-Type says. */
  public String requireText() throws FetchException {
    if (ContentDecoder.looksBinary(body)) {
      throw new FetchException(finalUri.toString(), FetchException.Reason.UNSUPPORTED_CONTENT,
          "binary body served as " + contentType);
    }
    return text();
  }
}
