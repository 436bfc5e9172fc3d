package newsflow.schemas.serde;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsflow.schemas.registry.SchemaRegistryClient;
import org.apache.kafka.common.config.ConfigException;

/**
 * The property names the Avro serdes read, the same as Confluent's serdes so that existing client
 * configurations work unchanged. Basic-auth and TLS keys are passed to {@link SchemaRegistryClient}.
 * A setting of Confluent's serdes that newsflow does not support fails at {@code configure} with a
 * {@link ConfigException} naming it, unless it holds Confluent's default (which asks for nothing different).
 */
public final class AvroSerdeConfig {

  /** Registry URL(s), comma-separated. Required unless a client is given programmatically. */
  public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
  /** Whether the serializer registers a record's schema under its subject (default {@code true}). */
  public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
  /**
   * With {@code auto.register.schemas=false}: the serializer writes with the subject's latest registered
   * schema instead of the record's own (default {@code false}); the generic deserializer reads into it.
   */
  public static final String USE_LATEST_VERSION = "use.latest.version";
  /** With {@code use.latest.version}: refuse a record the latest schema cannot read (default {@code true}). */
  public static final String LATEST_COMPATIBILITY_STRICT = "latest.compatibility.strict";
  /** How long the latest version of a subject is cached, in seconds; -1 (default) for the client's lifetime. */
  public static final String LATEST_CACHE_TTL_SEC = "latest.cache.ttl.sec";
  /** How many subjects' latest versions are cached (default 1000). */
  public static final String LATEST_CACHE_SIZE = "latest.cache.size";
  /** Whether schemas are normalized when registered or looked up ({@code ?normalize=true}; default {@code false}). */
  public static final String NORMALIZE_SCHEMAS = "normalize.schemas";
  /** The subject name strategy for keys (see {@link SubjectNameStrategy}). */
  public static final String KEY_SUBJECT_NAME_STRATEGY = "key.subject.name.strategy";
  /** The subject name strategy for values (see {@link SubjectNameStrategy}). */
  public static final String VALUE_SUBJECT_NAME_STRATEGY = "value.subject.name.strategy";
  /** Whether the deserializer returns generated classes instead of GenericRecord (default {@code false}). */
  public static final String SPECIFIC_AVRO_READER = "specific.avro.reader";
  /** Optional generated class to read keys as (its schema is the reader schema). */
  public static final String SPECIFIC_AVRO_KEY_TYPE = "specific.avro.key.type";
  /** Optional generated class to read values as (its schema is the reader schema). */
  public static final String SPECIFIC_AVRO_VALUE_TYPE = "specific.avro.value.type";
  /** {@code USER_INFO} or {@code URL}. */
  public static final String BASIC_AUTH_CREDENTIALS_SOURCE = "basic.auth.credentials.source";
  /** {@code user:password} when the credentials source is {@code USER_INFO}. */
  public static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";

  /**
   * Settings of Confluent's Avro serdes that newsflow's do not implement, with Confluent's defaults: a
   * configuration may carry the default (it changes nothing), any other value is refused.
   */
  static final Map<String, String> UNSUPPORTED = unsupported();
  /** Prefixes of Confluent settings newsflow does not implement (any key under them is refused). */
  static final List<String> UNSUPPORTED_PREFIXES = List.of("request.header.", "bearer.auth.custom.provider.");

  private AvroSerdeConfig() {}

  private static Map<String, String> unsupported() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("max.schemas.per.subject", "1000");
    m.put("propagate.schema.tags", "false");
    m.put("use.schema.id", "-1");
    m.put("id.compatibility.strict", "true");
    m.put("use.latest.with.metadata", "");
    m.put("schema.format", "");
    m.put("rule.executors", "");
    m.put("rule.actions", "");
    m.put("rule.service.loader.enable", "true");
    m.put("context.name.strategy", "io.confluent.kafka.serializers.context.NullContextNameStrategy");
    m.put("key.schema.id.serializer", "io.confluent.kafka.serializers.schema.id.PrefixSchemaIdSerializer");
    m.put("value.schema.id.serializer", "io.confluent.kafka.serializers.schema.id.PrefixSchemaIdSerializer");
    m.put("key.schema.id.deserializer", "io.confluent.kafka.serializers.schema.id.DualSchemaIdDeserializer");
    m.put("value.schema.id.deserializer", "io.confluent.kafka.serializers.schema.id.DualSchemaIdDeserializer");
    m.put("schema.reflection", "false");
    m.put("proxy.host", "");
    m.put("proxy.port", "-1");
    m.put("max.retries", "3");
    m.put("retries.wait.ms", "1000");
    m.put("retries.max.wait.ms", "20000");
    m.put("bearer.auth.credentials.source", "STATIC_TOKEN");
    m.put("bearer.auth.token", "");
    m.put("bearer.auth.issuer.endpoint.url", "");
    m.put("bearer.auth.client.id", "");
    m.put("bearer.auth.client.secret", "");
    m.put("bearer.auth.scope", "");
    m.put("bearer.auth.logical.cluster", "");
    m.put("bearer.auth.identity.pool.id", "");
    m.put("avro.reflection.allow.null", "false");
    m.put("avro.use.logical.type.converters", "false");
    m.put("avro.remove.java.properties", "false");
    return Map.copyOf(m);
  }

  /** What a serializer or deserializer was configured to do. */
  record Settings(boolean autoRegister, boolean useLatestVersion, boolean latestCompatibilityStrict,
      Duration latestCacheTtl, int latestCacheSize, boolean normalize, SubjectNameStrategy subjectNameStrategy) {

    /** The defaults: Confluent's. */
    static Settings defaults() {
      return new Settings(true, false, true, null, 1000, false, SubjectNameStrategy.TOPIC);
    }
  }

  /**
   * Reads the serde settings from a client configuration, refusing those newsflow does not support (see
   * {@link #UNSUPPORTED}). {@code base} supplies values the configuration does not set.
   */
  static Settings settings(Map<String, ?> configs, boolean isKey, Settings base) {
    rejectUnsupported(configs);
    long ttl = number(configs, LATEST_CACHE_TTL_SEC, base.latestCacheTtl() == null ? -1 : base.latestCacheTtl().toSeconds());
    if (ttl < -1) throw new ConfigException(LATEST_CACHE_TTL_SEC, configs.get(LATEST_CACHE_TTL_SEC), "must be -1 or more");
    long size = number(configs, LATEST_CACHE_SIZE, base.latestCacheSize());
    if (size < 1 || size > Integer.MAX_VALUE) {
      throw new ConfigException(LATEST_CACHE_SIZE, configs.get(LATEST_CACHE_SIZE), "must be a positive number");
    }
    String strategyKey = SubjectNameStrategy.configKey(isKey);
    return new Settings(
        flag(configs, AUTO_REGISTER_SCHEMAS, base.autoRegister()),
        flag(configs, USE_LATEST_VERSION, base.useLatestVersion()),
        flag(configs, LATEST_COMPATIBILITY_STRICT, base.latestCompatibilityStrict()),
        ttl < 0 ? null : Duration.ofSeconds(ttl),
        (int) size,
        flag(configs, NORMALIZE_SCHEMAS, base.normalize()),
        configs.containsKey(strategyKey) ? SubjectNameStrategy.fromConfig(strategyKey, configs.get(strategyKey))
            : base.subjectNameStrategy());
  }

  static void rejectUnsupported(Map<String, ?> configs) {
    for (Map.Entry<String, ?> e : configs.entrySet()) {
      String key = e.getKey();
      for (String prefix : UNSUPPORTED_PREFIXES) {
        if (key.startsWith(prefix)) {
          throw new ConfigException(key, e.getValue(), "is a setting of Confluent's serdes that newsflow's Avro serdes "
              + "do not support; remove it");
        }
      }
      String dflt = UNSUPPORTED.get(key);
      if (dflt != null && !isDefault(e.getValue(), dflt)) {
        throw new ConfigException(key, e.getValue(), "is a setting of Confluent's serdes that newsflow's Avro serdes "
            + "do not support; remove it" + (dflt.isEmpty() ? "" : " or set it to Confluent's default " + dflt));
      }
    }
  }

  private static boolean isDefault(Object value, String dflt) {
    if (value == null) return true;
    String v = value instanceof Class<?> c ? c.getName()
        : value instanceof List<?> l ? String.join(",", l.stream().map(String::valueOf).toList())
        : value instanceof org.apache.kafka.common.config.types.Password p ? p.value()
        : value.toString();
    return v.trim().equalsIgnoreCase(dflt);
  }

  /** Subject name under Confluent's default TopicNameStrategy: {@code <topic>-key} or {@code <topic>-value}. */
  public static String subject(String topic, boolean isKey) {
    return topic + (isKey ? "-key" : "-value");
  }

  static SchemaRegistryClient clientFrom(Map<String, ?> configs) {
    Object url = configs.get(SCHEMA_REGISTRY_URL);
    if (url == null || url.toString().isBlank()) {
      throw new ConfigException(SCHEMA_REGISTRY_URL + " is required by the Avro serdes (or pass a SchemaRegistryClient)");
    }
    String urls = url instanceof List<?> l ? String.join(",", l.stream().map(String::valueOf).toList()) : url.toString();
    return new SchemaRegistryClient(urls, new HashMap<>(configs));
  }

  static boolean flag(Map<String, ?> configs, String key, boolean defaultValue) {
    Object v = configs.get(key);
    if (v == null) return defaultValue;
    if (v instanceof Boolean b) return b;
    String s = v.toString().trim();
    if (s.equalsIgnoreCase("true")) return true;
    if (s.equalsIgnoreCase("false")) return false;
    throw new ConfigException(key, v, "must be true or false");
  }

  private static long number(Map<String, ?> configs, String key, long defaultValue) {
    Object v = configs.get(key);
    if (v == null) return defaultValue;
    if (v instanceof Number n) return n.longValue();
    try {
      return Long.parseLong(v.toString().trim().toLowerCase(Locale.ROOT));
    } catch (NumberFormatException e) {
      throw new ConfigException(key, v, "must be a whole number");
    }
  }
}
