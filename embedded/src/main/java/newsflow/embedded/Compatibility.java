package newsflow.embedded;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;

/**
 * Schema compatibility as Confluent Schema Registry defines it, checked with Avro's own
 * {@link SchemaCompatibility}: BACKWARD means the new schema reads data of the old one, FORWARD the
 * reverse, FULL both; the plain levels compare with the latest of the given versions, the
 * {@code _TRANSITIVE} ones with each of them (stopping at the first that fails, as Confluent does).
 */
final class Compatibility {

  /** Every level Confluent accepts. */
  static final Set<String> LEVELS = Set.of("NONE", "BACKWARD", "BACKWARD_TRANSITIVE", "FORWARD", "FORWARD_TRANSITIVE",
      "FULL", "FULL_TRANSITIVE");
  /** Level used when neither the subject nor the global config sets one. */
  static final String DEFAULT = "BACKWARD";

  private Compatibility() {}

  /**
   * Why {@code candidate} may not follow {@code previous} (ascending by version) under {@code level}; empty
   * when it may. The messages follow Confluent's: one per incompatibility, then the old version, the old
   * schema and the level.
   */
  static List<String> problems(Schema candidate, List<RegistryState.Version> previous, String level) {
    if (level.equals("NONE") || previous.isEmpty()) return List.of();
    List<RegistryState.Version> against = new ArrayList<>(level.endsWith("_TRANSITIVE")
        ? previous : List.of(previous.get(previous.size() - 1)));
    Collections.reverse(against); // newest first
    boolean backward = level.startsWith("BACKWARD") || level.startsWith("FULL");
    boolean forward = level.startsWith("FORWARD") || level.startsWith("FULL");
    for (RegistryState.Version old : against) {
      Schema existing = new Schema.Parser().parse(old.schema());
      List<String> problems = new ArrayList<>();
      if (forward) describe(SchemaCompatibility.checkReaderWriterCompatibility(existing, candidate), "old", "new", problems);
      if (backward) describe(SchemaCompatibility.checkReaderWriterCompatibility(candidate, existing), "new", "old", problems);
      if (!problems.isEmpty()) {
        problems.add("{oldSchemaVersion: " + old.version() + "}");
        problems.add("{oldSchema: '" + old.schema() + "'}");
        problems.add("{compatibility: '" + level + "'}");
        return problems;
      }
    }
    return List.of();
  }

  private static void describe(SchemaCompatibility.SchemaPairCompatibility pair, String reader, String writer,
      List<String> out) {
    if (pair.getType() == SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) return;
    for (SchemaCompatibility.Incompatibility i : pair.getResult().getIncompatibilities()) {
      out.add("{errorType:'" + i.getType() + "', description:'The " + reader + " schema cannot read data written with"
          + " the " + writer + " schema at path '" + i.getLocation() + "': " + i.getMessage() + "', additionalInfo:'"
          + i.getMessage() + "'}");
    }
  }
}
