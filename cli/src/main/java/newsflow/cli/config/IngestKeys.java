package newsflow.cli.config;

import java.util.List;

/** The variables the ingest role's configuration reads. */
final class IngestKeys {
  static final List<String> ALL = List.of("NEWSFLOW_FEEDS", "NEWSFLOW_URLS", "NEWSFLOW_WATCH_DIR", "NEWSFLOW_DATA_DIR",
      "NEWSFLOW_ALLOW_HOSTS", "NEWSFLOW_POLL_INTERVAL", "NEWSFLOW_WATCH_INTERVAL", "NEWSFLOW_MAX_ITEMS_PER_POLL",
      "NEWSFLOW_INGEST_THREADS", "NEWSFLOW_USER_AGENT", "NEWSFLOW_OBEY_ROBOTS", "NEWSFLOW_MAX_PAGE_BYTES",
      "NEWSFLOW_FETCH_TIMEOUT", "NEWSFLOW_HOST_INTERVAL");

  private IngestKeys() {}
}
