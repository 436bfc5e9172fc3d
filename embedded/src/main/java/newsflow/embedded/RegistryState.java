package newsflow.embedded;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The registry's state as a deterministic fold of the {@code _schemas} log, with Confluent Schema
 * Registry's semantics: the last record of a (subject, version) key wins, a tombstone removes it (hard
 * delete), a {@code deleted} flag or a DELETE_SUBJECT record hides versions (soft delete), and a record
 * that would give a live schema's id to another schema is ignored, as Confluent's reader ignores it.
 * Records of earlier newsflow versions (registration proposals) keep their own rule: the first proposal
 * for a free slot wins. Every id ever seen stays reserved, so ids are never handed out twice.
 */
final class RegistryState {

  /** One version of a subject. */
  record Version(String subject, int version, int id, String schema, boolean deleted) {}

  /** Which versions a query sees: live ones, soft-deleted ones too, or soft-deleted ones only. */
  enum Filter {
    LIVE, ALL, DELETED_ONLY;

    boolean accepts(Version v) {
      return switch (this) {
        case LIVE -> !v.deleted();
        case ALL -> true;
        case DELETED_ONLY -> v.deleted();
      };
    }
  }

  private final Map<String, TreeMap<Integer, Version>> subjects = new TreeMap<>();
  private final Map<Integer, Integer> holders = new HashMap<>();
  private final Map<Integer, String> schemaById = new HashMap<>();
  private final Map<String, String> subjectCompatibility = new HashMap<>();
  private final Map<String, String> subjectModes = new HashMap<>();
  private String globalCompatibility;
  private String globalMode;
  private int maxId;

  // ---- applying records ----------------------------------------------------------------------------

  /**
   * Sets a version (last write wins). Returns false, changing nothing, when {@code id} already names a
   * different schema in a live version: Confluent's reader refuses such a record too.
   */
  boolean put(String subject, int version, int id, String schema, boolean deleted) {
    reserveId(id);
    if (!deleted && conflictsWithLiveId(subject, version, id, schema)) return false;
    TreeMap<Integer, Version> versions = subjects.computeIfAbsent(subject, s -> new TreeMap<>());
    Version previous = versions.put(version, new Version(subject, version, id, schema, deleted));
    if (previous != null) release(previous.id());
    hold(id, schema);
    return true;
  }

  /** Removes a version (hard delete). */
  void tombstone(String subject, int version) {
    TreeMap<Integer, Version> versions = subjects.get(subject);
    if (versions == null) return;
    Version removed = versions.remove(version);
    if (removed != null) release(removed.id());
    if (versions.isEmpty()) subjects.remove(subject);
  }

  /** Soft-deletes every version of {@code subject} up to {@code upTo}. */
  void deleteSubject(String subject, int upTo) {
    TreeMap<Integer, Version> versions = subjects.get(subject);
    if (versions == null) return;
    versions.headMap(upTo, true).replaceAll((n, v) -> new Version(v.subject(), n, v.id(), v.schema(), true));
  }

  /** Forgets the soft-deleted versions of {@code subject} (Confluent's CLEAR_SUBJECT). */
  void clearSubject(String subject) {
    TreeMap<Integer, Version> versions = subjects.get(subject);
    if (versions == null) return;
    List<Integer> gone = versions.values().stream().filter(Version::deleted).map(Version::version).toList();
    gone.forEach(n -> tombstone(subject, n));
  }

  /**
   * Applies a registration proposal of an earlier newsflow version: accepted only if the slot is free, the
   * id names no other schema and the schema has no other id, and the subject has no live version with it.
   */
  boolean legacyProposal(String subject, int version, int id, String schema) {
    reserveId(id);
    TreeMap<Integer, Version> versions = subjects.get(subject);
    if (versions != null && versions.containsKey(version)) return false;
    String existing = schemaById.get(id);
    if (existing != null && !existing.equals(schema)) return false;
    Optional<Integer> existingId = idOf(schema);
    if (existingId.isPresent() && existingId.get() != id) return false;
    if (versions != null && versions.values().stream().anyMatch(v -> !v.deleted() && v.schema().equals(schema))) {
      return false;
    }
    return put(subject, version, id, schema, false);
  }

  /** Applies a soft delete of an earlier newsflow version; ignored unless that version holds that id. */
  void legacyDelete(String subject, int version, int id) {
    TreeMap<Integer, Version> versions = subjects.get(subject);
    Version v = versions == null ? null : versions.get(version);
    if (v != null && v.id() == id) versions.put(version, new Version(subject, version, id, v.schema(), true));
  }

  /** Sets (or with null removes) the compatibility level of a subject, or the global one when subject is null. */
  void config(String subject, String level) {
    if (subject == null) {
      globalCompatibility = level;
    } else if (level == null) {
      subjectCompatibility.remove(subject);
    } else {
      subjectCompatibility.put(subject, level);
    }
  }

  /** Sets (or with null removes) the mode of a subject, or the global one when subject is null. */
  void mode(String subject, String mode) {
    if (subject == null) {
      globalMode = mode;
    } else if (mode == null) {
      subjectModes.remove(subject);
    } else {
      subjectModes.put(subject, mode);
    }
  }

  /** Keeps {@code id} from being handed out again, also for records this registry cannot serve. */
  void reserveId(int id) {
    maxId = Math.max(maxId, id);
  }

  private boolean conflictsWithLiveId(String subject, int version, int id, String schema) {
    String existing = schemaById.get(id);
    if (existing == null || existing.equals(schema)) return false;
    for (TreeMap<Integer, Version> versions : subjects.values()) {
      for (Version v : versions.values()) {
        boolean sameSlot = v.subject().equals(subject) && v.version() == version;
        if (v.id() == id && !v.deleted() && !sameSlot) return true;
      }
    }
    return false;
  }

  private void hold(int id, String schema) {
    holders.merge(id, 1, Integer::sum);
    schemaById.put(id, schema);
  }

  private void release(int id) {
    if (holders.merge(id, -1, Integer::sum) <= 0) {
      holders.remove(id);
      schemaById.remove(id);
    }
  }

  // ---- queries --------------------------------------------------------------------------------------

  /** The schema with this id while some version (live or soft-deleted) holds it. */
  Optional<String> schemaById(int id) {
    return Optional.ofNullable(schemaById.get(id));
  }

  /** The id this schema text already has in some version (live or soft-deleted), if any. */
  Optional<Integer> idOf(String schema) {
    return schemaById.entrySet().stream().filter(e -> e.getValue().equals(schema)).map(Map.Entry::getKey)
        .min(Integer::compare);
  }

  /** The next free id: one more than any id ever seen. */
  int nextId() {
    return maxId + 1;
  }

  /** The largest id ever seen (0 when none). */
  int maxId() {
    return maxId;
  }

  /** One more than the highest version the subject holds, soft-deleted ones included; 1 when it holds none. */
  int nextVersion(String subject) {
    TreeMap<Integer, Version> versions = subjects.get(subject);
    return versions == null || versions.isEmpty() ? 1 : versions.lastKey() + 1;
  }

  /** The versions of a subject the filter accepts, ascending. */
  List<Version> versions(String subject, Filter filter) {
    TreeMap<Integer, Version> versions = subjects.get(subject);
    if (versions == null) return List.of();
    return versions.values().stream().filter(filter::accepts).toList();
  }

  /** One version, whatever its state. */
  Optional<Version> version(String subject, int version) {
    TreeMap<Integer, Version> versions = subjects.get(subject);
    return Optional.ofNullable(versions == null ? null : versions.get(version));
  }

  /**
   * Subject names, sorted: those with a live version ({@code LIVE}), with any version ({@code ALL}), or
   * whose every version is soft-deleted ({@code DELETED_ONLY}).
   */
  List<String> subjects(Filter filter) {
    List<String> out = new ArrayList<>();
    subjects.forEach((name, versions) -> {
      boolean live = versions.values().stream().anyMatch(v -> !v.deleted());
      boolean keep = switch (filter) {
        case LIVE -> live;
        case ALL -> !versions.isEmpty();
        case DELETED_ONLY -> !versions.isEmpty() && !live;
      };
      if (keep) out.add(name);
    });
    return Collections.unmodifiableList(out);
  }

  /** Every version holding the schema with this id that the filter accepts. */
  List<Version> versionsWithId(int id, Filter filter) {
    List<Version> out = new ArrayList<>();
    subjects.values().forEach(vs -> vs.values().forEach(v -> {
      if (v.id() == id && filter.accepts(v)) out.add(v);
    }));
    return out;
  }

  Optional<String> subjectCompatibility(String subject) {
    return Optional.ofNullable(subjectCompatibility.get(subject));
  }

  Optional<String> globalCompatibility() {
    return Optional.ofNullable(globalCompatibility);
  }

  /** Subjects that have their own compatibility level. */
  List<String> subjectsWithCompatibility() {
    return subjectCompatibility.keySet().stream().sorted().toList();
  }

  Optional<String> subjectMode(String subject) {
    return Optional.ofNullable(subjectModes.get(subject));
  }

  Optional<String> globalMode() {
    return Optional.ofNullable(globalMode);
  }
}
