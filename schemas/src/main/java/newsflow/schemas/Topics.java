package newsflow.schemas;

/** Names of the Kafka topics newsflow reads and writes; the one place they are spelled out. */
public final class Topics {
  /** Articles as ingested ({@code RawArticle}), key = article id. */
  public static final String ARTICLES_RAW = "news.articles.raw.v1";
  /** Enriched articles ({@code EnrichedArticle}), key = article id. */
  public static final String ARTICLES_ENRICHED = "news.articles.enriched.v1";
  /** Official alerts ({@code OfficialAlert}), key = alert id. */
  public static final String ALERTS = "news.alerts.v1";
  /** Dead letters of the ingest stage: what could not be extracted or published. */
  public static final String INGEST_DLQ = "news.ingest.dlq.v1";
  /** Dead letters of the enrich stage: records that could not be decoded or enriched. */
  public static final String ENRICH_DLQ = "news.enrich.dlq.v1";
  /** Dead letters of the sink stage: records that could not be written or delivered. */
  public static final String SINK_DLQ = "news.sink.dlq.v1";
  /** The schema registry's compacted store. */
  public static final String SCHEMAS = "_schemas";

  private Topics() {}

  /** Subject of a topic's value schema, Confluent's TopicNameStrategy. */
  public static String valueSubject(String topic) {
    return topic + "-value";
  }

  /** Subject of a topic's key schema, Confluent's TopicNameStrategy. */
  public static String keySubject(String topic) {
    return topic + "-key";
  }
}
