package newsflow.schemas.serde;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import newsflow.schemas.registry.RegisteredSchema;
import newsflow.schemas.registry.SchemaRegistryClient;

/**
 * The latest registered version of each subject, as {@code use.latest.version} needs it: cached for
 * {@code latest.cache.ttl.sec} (for the serde's lifetime by default) and for at most
 * {@code latest.cache.size} subjects, the least recently fetched dropped first.
 */
final class LatestSchemas {

  private record Entry(RegisteredSchema schema, long fetchedAt) {}

  private final Map<String, Entry> bySubject = new LinkedHashMap<>();

  /** The latest version of {@code subject}, from the cache while it is fresh. */
  synchronized RegisteredSchema get(SchemaRegistryClient client, String subject, Duration ttl, int maxSubjects) {
    Entry cached = bySubject.get(subject);
    long now = System.nanoTime();
    if (cached != null && (ttl == null || now - cached.fetchedAt() < ttl.toNanos())) return cached.schema();
    RegisteredSchema latest = client.latest(subject);
    bySubject.remove(subject);
    bySubject.put(subject, new Entry(latest, now));
    while (bySubject.size() > maxSubjects) bySubject.remove(bySubject.keySet().iterator().next());
    return latest;
  }
}
