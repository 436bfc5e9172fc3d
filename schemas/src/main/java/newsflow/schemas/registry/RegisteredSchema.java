package newsflow.schemas.registry;

import java.util.Objects;
import org.apache.avro.Schema;

/** One version of a schema under a subject, as the registry stores it: subject, version, global id, schema. */
public record RegisteredSchema(String subject, int version, int id, Schema schema) {

  public RegisteredSchema {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(schema, "schema");
  }
}
