package newsflow.enrich.mapping;

import java.util.Optional;

/** Looks up a watched official by id, for the name and title an alert shows. */
@FunctionalInterface
public interface OfficialDirectory {
  Optional<OfficialRef> find(String officialId);

  /** A directory that knows nobody: alerts fall back to the entity's canonical name and first title. */
  static OfficialDirectory none() {
    return id -> Optional.empty();
  }
}
