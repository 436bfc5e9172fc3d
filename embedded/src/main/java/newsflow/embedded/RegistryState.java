package newsflow.embedded;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The registry's state as a deterministic fold of the {@code _schemas} log: every instance that reads
 * the same log reaches the same state. A registration record is a proposal; it is accepted only if its
 * (subject, version) slot is free, its id is unused by another schema, and its schema has no other id.
 * So when two instances race, the first record in the log wins and the loser retries with fresh state.
 */
final class RegistryState {

  /** One version of a subject. */
  record Version(String subject, int version, int id, String schema, boolean deleted) {}

  private final Map<Integer, String> schemaById = new HashMap<>();
  private final Map<String, Integer> idBySchema = new HashMap<>();
  private final Map<String, TreeMap<Integer, Version>> subjects = new TreeMap<>();
  private final Map<String, String> subjectCompatibility = new HashMap<>();
  private String globalCompatibility;
  private int maxId;

  /** Applies a registration proposal; returns whether the log accepted it. */
  boolean applyRegister(String subject, int version, int id, String schema) {
    TreeMap<Integer, Version> versions = subjects.computeIfAbsent(subject, s -> new TreeMap<>());
    Version slot = versions.get(version);
    if (slot != null) return false;
    String existingSchema = schemaById.get(id);
    if (existingSchema != null && !existingSchema.equals(schema)) return false;
    Integer existingId = idBySchema.get(schema);
    if (existingId != null && existingId != id) return false;
    for (Version v : versions.values()) {
      if (!v.deleted() && v.schema().equals(schema)) return false;
    }
    schemaById.put(id, schema);
    idBySchema.put(schema, id);
    versions.put(version, new Version(subject, version, id, schema, false));
    maxId = Math.max(maxId, id);
    return true;
  }

  /** Applies a soft delete of one version; ignored unless that version holds that id. */
  void applyDelete(String subject, int version, int id) {
    TreeMap<Integer, Version> versions = subjects.get(subject);
    if (versions == null) return;
    Version v = versions.get(version);
    if (v != null && v.id() == id) versions.put(version, new Version(subject, version, id, v.schema(), true));
  }

  /** Sets (or with null clears) the compatibility level of a subject, or the global one when subject is null. */
  void applyConfig(String subject, String level) {
    if (subject == null) {
      globalCompatibility = level;
    } else if (level == null) {
      subjectCompatibility.remove(subject);
    } else {
      subjectCompatibility.put(subject, level);
    }
  }

  Optional<String> schemaById(int id) {
    return Optional.ofNullable(schemaById.get(id));
  }

  /** The id this schema text already has under any subject, if any. */
  Optional<Integer> idOf(String schema) {
    return Optional.ofNullable(idBySchema.get(schema));
  }

  int nextId() {
    return maxId + 1;
  }

  /** Live (not deleted) versions of a subject, ascending; empty when unknown or all deleted. */
  List<Version> liveVersions(String subject) {
    TreeMap<Integer, Version> versions = subjects.get(subject);
    if (versions == null) return List.of();
    List<Version> out = new ArrayList<>();
    for (Version v : versions.values()) if (!v.deleted()) out.add(v);
    return out;
  }

  /** All versions, deleted ones too. */
  List<Version> allVersions(String subject) {
    TreeMap<Integer, Version> versions = subjects.get(subject);
    return versions == null ? List.of() : List.copyOf(versions.values());
  }

  int nextVersion(String subject) {
    TreeMap<Integer, Version> versions = subjects.get(subject);
    return versions == null || versions.isEmpty() ? 1 : versions.lastKey() + 1;
  }

  /** Subjects with at least one live version (or any version when {@code includeDeleted}). */
  List<String> subjects(boolean includeDeleted) {
    List<String> out = new ArrayList<>();
    subjects.forEach((name, versions) -> {
      if (versions.isEmpty()) return;
      if (includeDeleted || versions.values().stream().anyMatch(v -> !v.deleted())) out.add(name);
    });
    return Collections.unmodifiableList(out);
  }

  /** Every (subject, version) holding the schema with this id. */
  List<Version> versionsWithId(int id) {
    List<Version> out = new ArrayList<>();
    subjects.values().forEach(vs -> vs.values().forEach(v -> {
      if (v.id() == id && !v.deleted()) out.add(v);
    }));
    return out;
  }

  Optional<String> subjectCompatibility(String subject) {
    return Optional.ofNullable(subjectCompatibility.get(subject));
  }

  Optional<String> globalCompatibility() {
    return Optional.ofNullable(globalCompatibility);
  }
}
