package newsflow.cli.config;

import java.util.List;
import newsflow.ingest.IngestConfig;

/** The variables the ingest role's configuration reads. */
final class IngestKeys {
  static final List<String> ALL = List.of(IngestConfig.ENV_FEEDS, IngestConfig.ENV_URLS, IngestConfig.ENV_WATCH_DIR,
      IngestConfig.ENV_DATA_DIR, IngestConfig.ENV_ALLOW_HOSTS, IngestConfig.ENV_POLL_INTERVAL,
      IngestConfig.ENV_WATCH_INTERVAL, IngestConfig.ENV_MAX_ITEMS_PER_POLL, IngestConfig.ENV_THREADS,
      IngestConfig.ENV_USER_AGENT, IngestConfig.ENV_OBEY_ROBOTS, IngestConfig.ENV_MAX_PAGE_BYTES,
      IngestConfig.ENV_FETCH_TIMEOUT, IngestConfig.ENV_HOST_INTERVAL);

  private IngestKeys() {}
}
