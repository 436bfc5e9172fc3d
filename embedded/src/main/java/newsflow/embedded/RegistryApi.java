package newsflow.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import newsflow.embedded.RegistryState.Filter;
import newsflow.embedded.RegistryState.Version;
import newsflow.embedded.SchemaLog.Rec;
import newsflow.embedded.SchemaLog.Write;
import org.apache.avro.Schema;

/**
 * The operations behind the registry's REST endpoints, with Confluent Schema Registry's semantics: what
 * each request reads, which {@code _schemas} records it writes, and which status and {@code error_code}
 * it answers with (Confluent's {@code Errors}: 40401 subject, 40402 version, 40403 schema not found, 40404
 * subject and 40406 version already soft-deleted, 40405 and 40407 permanent delete of something live,
 * 40408/40409 no subject-level config/mode, 42201-42205 invalid input, 50001 store failure).
 */
final class RegistryApi {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> MODES = Set.of("READWRITE", "READONLY", "READONLY_OVERRIDE", "IMPORT");
  private static final String INVALID_VERSION = "The specified version '%s' is not a valid version id. "
      + "Allowed values are between [1, 2^31-1] and the string \"latest\"";
  private static final int LATEST = -1;

  private final SchemaLog log;

  RegistryApi(SchemaLog log) {
    this.log = log;
  }

  /** A request's path parameters, query parameters and body. */
  record Request(Map<String, String> params, Map<String, String> query, InputStream body) {
    String param(String name) {
      return params.get(name);
    }

    boolean flag(String name) {
      return Boolean.parseBoolean(query.getOrDefault(name, "false"));
    }
  }

  /** A status and JSON body, and the {@code Allow} header of a 405. */
  record Reply(int status, JsonNode body, String allow) {
    Reply withAllow(String methods) {
      return new Reply(status, body, methods);
    }
  }

  /** An error reply travelling up to the HTTP handler. */
  static final class RegistryError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Reply reply;

    RegistryError(int status, int code, String message) {
      super(message, null, false, false);
      this.reply = error(status, code, message);
    }

    Reply reply() {
      return reply;
    }
  }

  static Reply ok(JsonNode body) {
    return new Reply(200, body, null);
  }

  static Reply error(int status, int code, String message) {
    return new Reply(status, JSON.createObjectNode().put("error_code", code).put("message", message), null);
  }

  // ---- schemas by id --------------------------------------------------------------------------------

  Reply schemaById(Request r) {
    int id = id(r);
    ObjectNode out = JSON.createObjectNode().put("schema", schemaText(id));
    if (r.flag("fetchMaxId")) out.put("maxId", log.state().maxId());
    return ok(out);
  }

  Reply rawSchemaById(Request r) {
    return ok(tree(schemaText(id(r))));
  }

  Reply versionsOfId(Request r) {
    int id = id(r);
    schemaText(id);
    ArrayNode out = JSON.createArrayNode();
    log.state().versionsWithId(id, filter(r)).forEach(v -> out.addObject().put("subject", v.subject()).put("version", v.version()));
    return ok(out);
  }

  Reply subjectsOfId(Request r) {
    int id = id(r);
    schemaText(id);
    ArrayNode out = JSON.createArrayNode();
    log.state().versionsWithId(id, filter(r)).stream().map(Version::subject).distinct().forEach(out::add);
    return ok(out);
  }

  Reply listSchemas(Request r) {
    log.catchUp();
    RegistryState state = log.state();
    String prefix = r.query().getOrDefault("subjectPrefix", "");
    ArrayNode out = JSON.createArrayNode();
    for (String subject : state.subjects(Filter.ALL)) {
      if (!subject.startsWith(prefix)) continue;
      List<Version> versions = state.versions(subject, r.flag("deleted") ? Filter.ALL : Filter.LIVE);
      if (r.flag("latestOnly") && !versions.isEmpty()) versions = List.of(versions.get(versions.size() - 1));
      versions.forEach(v -> out.add(versionJson(v)));
    }
    return ok(out);
  }

  private String schemaText(int id) {
    Optional<String> schema = log.state().schemaById(id);
    if (schema.isEmpty()) {
      log.catchUp(); // another instance may have registered it since we last read
      schema = log.state().schemaById(id);
    }
    return schema.orElseThrow(() -> new RegistryError(404, 40403, "Schema " + id + " not found"));
  }

  // ---- subjects and versions ------------------------------------------------------------------------

  Reply listSubjects(Request r) {
    log.catchUp();
    String prefix = r.query().getOrDefault("subjectPrefix", "");
    ArrayNode out = JSON.createArrayNode();
    log.state().subjects(filter(r)).stream().filter(s -> s.startsWith(prefix)).forEach(out::add);
    return ok(out);
  }

  Reply listVersions(Request r) {
    log.catchUp();
    String subject = r.param("subject");
    Filter filter = filter(r);
    if (log.state().versions(subject, filter == Filter.LIVE ? Filter.LIVE : Filter.ALL).isEmpty()) {
      throw subjectNotFound(subject);
    }
    ArrayNode out = JSON.createArrayNode();
    log.state().versions(subject, filter).forEach(v -> out.add(v.version()));
    return ok(out);
  }

  Reply getVersion(Request r) {
    log.catchUp();
    return ok(versionJson(find(r.param("subject"), versionId(r.param("version")), r.flag("deleted"))));
  }

  Reply rawSchemaByVersion(Request r) {
    log.catchUp();
    return ok(tree(find(r.param("subject"), versionId(r.param("version")), r.flag("deleted")).schema()));
  }

  Reply referencedBy(Request r) {
    log.catchUp();
    find(r.param("subject"), versionId(r.param("version")), true);
    return ok(JSON.createArrayNode()); // no schema references here, so nothing refers to anything
  }

  /** A version that the request may see; 40401 when the subject has none, 40402 when not this one. */
  private Version find(String subject, int version, boolean includeDeleted) {
    List<Version> versions = log.state().versions(subject, includeDeleted ? Filter.ALL : Filter.LIVE);
    if (versions.isEmpty()) throw subjectNotFound(subject);
    if (version == LATEST) return versions.get(versions.size() - 1);
    return versions.stream().filter(v -> v.version() == version).findFirst()
        .orElseThrow(() -> versionNotFound(version));
  }

  Reply lookup(Request r) {
    String subject = r.param("subject");
    Schema schema = readSchema(r).schema();
    String text = canonical(schema, r.flag("normalize"));
    log.catchUp();
    List<Version> versions = log.state().versions(subject, r.flag("deleted") ? Filter.ALL : Filter.LIVE);
    if (versions.isEmpty()) throw subjectNotFound(subject);
    return versions.stream().filter(v -> v.schema().equals(text)).reduce((a, b) -> b)
        .map(v -> ok(versionJson(v)))
        .orElseThrow(() -> new RegistryError(404, 40403, "Schema not found"));
  }

  Reply register(Request r) {
    String subject = r.param("subject");
    SchemaRequest request = readSchema(r);
    if (request.id() != null && request.id() >= 0) {
      throw new RegistryError(422, 42205, "Subject " + subject + " is not in import mode");
    }
    String text = canonical(request.schema(), r.flag("normalize"));
    int registered = log.<Integer>write(state -> {
      requireWritable(state, subject);
      List<Version> live = state.versions(subject, Filter.LIVE);
      boolean anyVersion = request.version() == null || request.version() == 0 || request.version() == LATEST;
      if (anyVersion) {
        Optional<Version> existing = live.stream().filter(v -> v.schema().equals(text)).findFirst();
        if (existing.isPresent()) return Write.nothing(existing.get().id());
      }
      List<String> problems = Compatibility.problems(request.schema(), live, compatibilityOf(state, subject));
      if (!problems.isEmpty()) {
        throw new RegistryError(409, 409, "Schema being registered is incompatible with an earlier schema for subject \""
            + subject + "\", details: " + problems);
      }
      int version = state.nextVersion(subject);
      if (!anyVersion && request.version() != version) {
        throw new RegistryError(422, 42201, "Invalid schema: Version is not one more than previous version");
      }
      int id = state.idOf(text).orElse(state.nextId());
      List<Rec> records = new ArrayList<>();
      // as Confluent does: an earlier soft-deleted version with the same id makes way for the new one
      for (Version v : state.versions(subject, Filter.DELETED_ONLY)) {
        if (v.id() == id && v.version() < version) records.add(new Rec(SchemaRecords.schemaKey(subject, v.version()), null));
      }
      records.add(new Rec(SchemaRecords.schemaKey(subject, version), SchemaRecords.schemaValue(subject, version, id, text, false)));
      return new Write<>(records, id);
    });
    return ok(JSON.createObjectNode().put("id", registered));
  }

  Reply deleteVersion(Request r) {
    String subject = r.param("subject");
    String raw = r.param("version");
    int version = versionId(raw);
    boolean permanent = r.flag("permanent");
    int deleted = log.<Integer>write(state -> {
      requireWritable(state, subject);
      List<Version> all = state.versions(subject, Filter.ALL);
      List<Version> live = state.versions(subject, Filter.LIVE);
      Version target;
      if (version == LATEST) {
        List<Version> candidates = permanent ? all : live;
        if (candidates.isEmpty() && !all.isEmpty()) throw versionSoftDeleted(subject, raw);
        if (candidates.isEmpty()) throw subjectNotFound(subject);
        target = candidates.get(candidates.size() - 1);
      } else {
        target = all.stream().filter(v -> v.version() == version).findFirst().orElseThrow(() ->
            all.isEmpty() ? subjectNotFound(subject) : versionNotFound(version));
      }
      if (!permanent && target.deleted()) throw versionSoftDeleted(subject, raw);
      if (permanent && !target.deleted()) {
        throw new RegistryError(404, 40407, "Subject '" + subject + "' Version " + raw
            + " was not deleted first before being permanently deleted");
      }
      List<Rec> records = new ArrayList<>();
      byte[] key = SchemaRecords.schemaKey(subject, target.version());
      if (permanent) {
        records.add(new Rec(key, null));
      } else {
        records.add(new Rec(key, SchemaRecords.schemaValue(subject, target.version(), target.id(), target.schema(), true)));
        if (live.size() == 1) dropSubjectSettings(state, subject, records); // its last live version
      }
      return new Write<>(records, target.version());
    });
    return ok(JSON.getNodeFactory().numberNode(deleted));
  }

  Reply deleteSubject(Request r) {
    String subject = r.param("subject");
    boolean permanent = r.flag("permanent");
    List<Integer> deleted = log.write(state -> {
      requireWritable(state, subject);
      List<Version> all = state.versions(subject, Filter.ALL);
      List<Version> live = state.versions(subject, Filter.LIVE);
      if (all.isEmpty()) throw subjectNotFound(subject);
      List<Rec> records = new ArrayList<>();
      if (!permanent) {
        if (live.isEmpty()) {
          throw new RegistryError(404, 40404, "Subject '" + subject + "' was soft deleted.Set permanent=true to delete permanently");
        }
        int upTo = live.get(live.size() - 1).version();
        records.add(new Rec(SchemaRecords.deleteSubjectKey(subject), SchemaRecords.deleteSubjectValue(subject, upTo)));
        dropSubjectSettings(state, subject, records);
        return new Write<>(records, live.stream().map(Version::version).toList());
      }
      if (!live.isEmpty()) {
        throw new RegistryError(404, 40405, "Subject '" + subject + "' was not deleted first before being permanently deleted");
      }
      all.forEach(v -> records.add(new Rec(SchemaRecords.schemaKey(subject, v.version()), null)));
      dropSubjectSettings(state, subject, records);
      return new Write<>(records, all.stream().map(Version::version).toList());
    });
    ArrayNode out = JSON.createArrayNode();
    deleted.forEach(out::add);
    return ok(out);
  }

  /** A subject that loses its last live version loses its own compatibility level and mode too. */
  private static void dropSubjectSettings(RegistryState state, String subject, List<Rec> records) {
    if (state.subjectCompatibility(subject).isPresent()) records.add(new Rec(SchemaRecords.configKey(subject), null));
    if (state.subjectMode(subject).isPresent()) records.add(new Rec(SchemaRecords.modeKey(subject), null));
  }

  // ---- compatibility ----------------------------------------------------------------------------------

  Reply checkCompatibilityWithVersion(Request r) {
    String subject = r.param("subject");
    int version = versionId(r.param("version"));
    log.catchUp();
    List<Version> live = log.state().versions(subject, Filter.LIVE);
    List<Version> against;
    if (version == LATEST) {
      against = live.isEmpty() ? List.of() : List.of(live.get(live.size() - 1));
    } else {
      against = List.of(live.stream().filter(v -> v.version() == version).findFirst()
          .orElseThrow(() -> versionNotFound(version)));
    }
    return compatibility(r, subject, against);
  }

  Reply checkCompatibilityWithSubject(Request r) {
    String subject = r.param("subject");
    log.catchUp();
    return compatibility(r, subject, log.state().versions(subject, Filter.LIVE));
  }

  /**
   * Checks against the given versions with the subject's level (Confluent: one named version, or the latest
   * alone, is the only one compared even under a _TRANSITIVE level). With {@code verbose=true} an invalid
   * schema is an incompatible answer with the reason rather than a 422.
   */
  private Reply compatibility(Request r, String subject, List<Version> against) {
    boolean verbose = r.flag("verbose");
    List<String> problems;
    try {
      Schema schema = readSchema(r).schema();
      if (r.flag("normalize")) schema = new Schema.Parser().parse(AvroNormalizer.normalize(schema));
      problems = Compatibility.problems(schema, against, compatibilityOf(log.state(), subject));
    } catch (RegistryError e) {
      if (!verbose || e.reply().body().path("error_code").asInt() != 42201) throw e;
      problems = List.of(e.getMessage());
    }
    ObjectNode out = JSON.createObjectNode().put("is_compatible", problems.isEmpty());
    if (verbose) {
      ArrayNode messages = out.putArray("messages");
      problems.forEach(messages::add);
    }
    return ok(out);
  }

  private static String compatibilityOf(RegistryState state, String subject) {
    return state.subjectCompatibility(subject).or(state::globalCompatibility).orElse(Compatibility.DEFAULT);
  }

  // ---- config and mode ---------------------------------------------------------------------------------

  Reply getConfig(Request r) {
    String subject = r.param("subject");
    log.catchUp();
    RegistryState state = log.state();
    if (subject == null) {
      return ok(JSON.createObjectNode().put("compatibilityLevel", state.globalCompatibility().orElse(Compatibility.DEFAULT)));
    }
    Optional<String> level = state.subjectCompatibility(subject);
    if (level.isEmpty() && !r.flag("defaultToGlobal")) {
      throw new RegistryError(404, 40408, "Subject '" + subject + "' does not have subject-level compatibility configured");
    }
    return ok(JSON.createObjectNode().put("compatibilityLevel", level.orElse(compatibilityOf(state, subject))));
  }

  Reply putConfig(Request r) {
    String subject = r.param("subject");
    JsonNode body = body(r);
    String level = body == null ? null
        : body.hasNonNull("compatibility") ? body.get("compatibility").asText()
        : body.path("compatibilityLevel").asText(null);
    if (level == null || !Compatibility.LEVELS.contains(level.toUpperCase(Locale.ROOT))) {
      throw new RegistryError(422, 42203, "Invalid compatibility level. Valid values are none, backward, forward, full,"
          + " backward_transitive, forward_transitive, and full_transitive");
    }
    String upper = level.toUpperCase(Locale.ROOT);
    log.write(state -> new Write<>(List.of(new Rec(SchemaRecords.configKey(subject),
        SchemaRecords.configValue(subject, upper))), null));
    return ok(JSON.createObjectNode().put("compatibility", upper));
  }

  Reply deleteConfig(Request r) {
    String subject = r.param("subject");
    String previous = log.write(state -> {
      Optional<String> level = subject == null ? state.globalCompatibility() : state.subjectCompatibility(subject);
      if (level.isEmpty()) {
        if (subject != null) throw subjectNotFound(subject);
        return Write.nothing(Compatibility.DEFAULT);
      }
      return new Write<>(List.of(new Rec(SchemaRecords.configKey(subject), null)), level.get());
    });
    return ok(JSON.createObjectNode().put("compatibilityLevel", previous));
  }

  Reply getMode(Request r) {
    String subject = r.param("subject");
    log.catchUp();
    RegistryState state = log.state();
    if (subject == null) return ok(JSON.createObjectNode().put("mode", state.globalMode().orElse("READWRITE")));
    Optional<String> mode = state.subjectMode(subject);
    if (mode.isEmpty() && !r.flag("defaultToGlobal")) {
      throw new RegistryError(404, 40409, "Subject '" + subject + "' does not have subject-level mode configured");
    }
    return ok(JSON.createObjectNode().put("mode", mode.orElse(state.globalMode().orElse("READWRITE"))));
  }

  Reply putMode(Request r) {
    String subject = r.param("subject");
    JsonNode body = body(r);
    String mode = body == null ? null : body.path("mode").asText(null);
    String upper = mode == null ? null : mode.toUpperCase(Locale.ROOT);
    if (upper == null || !MODES.contains(upper)) {
      throw new RegistryError(422, 42204, "Invalid mode. Valid values are READWRITE, READONLY, READONLY_OVERRIDE and IMPORT.");
    }
    if (upper.equals("IMPORT")) {
      throw new RegistryError(422, 42205, "IMPORT mode is not supported by the embedded schema registry");
    }
    log.write(state -> new Write<>(List.of(new Rec(SchemaRecords.modeKey(subject), SchemaRecords.modeValue(subject, upper))), null));
    return ok(JSON.createObjectNode().put("mode", upper));
  }

  Reply deleteMode(Request r) {
    String subject = r.param("subject");
    String previous = log.write(state -> {
      Optional<String> mode = state.subjectMode(subject);
      if (mode.isEmpty()) throw subjectNotFound(subject);
      return new Write<>(List.of(new Rec(SchemaRecords.modeKey(subject), null)), mode.get());
    });
    return ok(JSON.createObjectNode().put("mode", previous));
  }

  private static void requireWritable(RegistryState state, String subject) {
    String mode = state.subjectMode(subject).or(state::globalMode).orElse("READWRITE");
    if (mode.startsWith("READONLY")) {
      throw new RegistryError(422, 42205, "Subject " + subject + " is in read-only mode");
    }
  }

  // ---- request parsing -----------------------------------------------------------------------------

  /** The parts of a register, lookup or compatibility request this registry understands. */
  private record SchemaRequest(Schema schema, Integer version, Integer id) {}

  private static SchemaRequest readSchema(Request r) {
    JsonNode request;
    try {
      request = JSON.readTree(r.body());
    } catch (IOException e) {
      throw new RegistryError(422, 42201, "Invalid schema: request body is not JSON: " + e.getMessage());
    }
    if (request == null || !request.isObject() || !request.hasNonNull("schema") || request.get("schema").asText().isBlank()) {
      throw new RegistryError(422, 42201, "Invalid schema: Empty schema");
    }
    String type = request.path("schemaType").asText("AVRO");
    if (!type.equalsIgnoreCase("AVRO")) {
      throw new RegistryError(422, 42201, "Invalid schema: schemaType " + type + " is not supported (this registry serves AVRO only)");
    }
    if (request.path("references").isArray() && !request.path("references").isEmpty()) {
      throw new RegistryError(422, 42201, "Invalid schema: schema references are not supported by this registry");
    }
    for (String unsupported : List.of("metadata", "ruleSet")) {
      if (request.hasNonNull(unsupported)) {
        throw new RegistryError(422, 42201, "Invalid schema: " + unsupported + " is not supported by this registry");
      }
    }
    Schema schema;
    try {
      schema = new Schema.Parser().parse(request.get("schema").asText());
    } catch (RuntimeException e) {
      throw new RegistryError(422, 42201, "Invalid schema: " + e.getMessage());
    }
    Integer version = request.hasNonNull("version") ? request.get("version").asInt() : null;
    Integer id = request.hasNonNull("id") ? request.get("id").asInt() : null;
    return new SchemaRequest(schema, version, id);
  }

  private static JsonNode body(Request r) {
    try {
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new RegistryError(422, 42201, "request body is not JSON: " + e.getMessage());
    }
  }

  /** The text stored for a schema: Avro's compact form, or the normalized form when asked for. */
  private static String canonical(Schema schema, boolean normalize) {
    return normalize ? AvroNormalizer.normalize(schema) : schema.toString();
  }

  private static int versionId(String raw) {
    if (raw.equals("latest")) return LATEST;
    try {
      int n = Integer.parseInt(raw);
      if (n == LATEST || n >= 1) return n;
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new RegistryError(422, 42202, String.format(INVALID_VERSION, raw));
  }

  private static int id(Request r) {
    try {
      return Integer.parseInt(r.param("id"));
    } catch (NumberFormatException e) {
      throw new RegistryError(404, 40403, "Schema " + r.param("id") + " not found");
    }
  }

  private static Filter filter(Request r) {
    if (r.flag("deletedOnly")) return Filter.DELETED_ONLY;
    return r.flag("deleted") ? Filter.ALL : Filter.LIVE;
  }

  private static JsonNode tree(String schema) {
    try {
      return JSON.readTree(schema);
    } catch (IOException e) {
      throw new IllegalStateException("stored schema is not JSON", e);
    }
  }

  private static ObjectNode versionJson(Version v) {
    return JSON.createObjectNode().put("subject", v.subject()).put("version", v.version()).put("id", v.id())
        .put("schema", v.schema());
  }

  private static RegistryError subjectNotFound(String subject) {
    return new RegistryError(404, 40401, "Subject '" + subject + "' not found.");
  }

  private static RegistryError versionNotFound(int version) {
    return new RegistryError(404, 40402, "Version " + version + " not found.");
  }

  private static RegistryError versionSoftDeleted(String subject, String version) {
    return new RegistryError(404, 40406, "Subject '" + subject + "' Version " + version
        + " was soft deleted.Set permanent=true to delete permanently");
  }
}
