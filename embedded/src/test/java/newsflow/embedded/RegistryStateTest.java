package newsflow.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsflow.embedded.RegistryState.Filter;
import newsflow.embedded.RegistryState.Version;
import org.junit.jupiter.api.Test;

class RegistryStateTest {

  private static List<Integer> ids(List<Version> versions) {
    return versions.stream().map(Version::id).toList();
  }

  @Test
  void theLastRecordOfAVersionWinsAsInConfluentsStore() {
    RegistryState state = new RegistryState();
    assertTrue(state.put("s", 1, 1, "A", false));
    assertTrue(state.put("s", 1, 1, "A", true));
    assertEquals(List.of(), state.versions("s", Filter.LIVE));
    assertEquals(List.of(1), ids(state.versions("s", Filter.DELETED_ONLY)));
    assertTrue(state.put("s", 1, 1, "A", false));
    assertEquals(List.of(1), ids(state.versions("s", Filter.LIVE)));
  }

  @Test
  void aRecordGivingALiveSchemasIdToAnotherSchemaIsIgnored() {
    RegistryState state = new RegistryState();
    state.put("s", 1, 1, "A", false);
    assertFalse(state.put("t", 1, 1, "B", false), "id 1 names A in a live version");
    assertEquals(List.of(), state.subjects(Filter.ALL).stream().filter("t"::equals).toList());
    state.put("s", 1, 1, "A", true);
    assertTrue(state.put("t", 1, 1, "B", false), "Confluent accepts it once the holder is soft-deleted");
  }

  @Test
  void aTombstoneHardDeletesAndTheIdIsForgottenOnlyWithItsLastHolder() {
    RegistryState state = new RegistryState();
    state.put("s", 1, 7, "A", true);
    state.put("t", 1, 7, "A", false);
    state.tombstone("s", 1);
    assertEquals("A", state.schemaById(7).orElseThrow(), "t still holds id 7");
    assertEquals(List.of("t"), state.subjects(Filter.ALL));
    state.tombstone("t", 1);
    assertTrue(state.schemaById(7).isEmpty());
    assertTrue(state.idOf("A").isEmpty());
    assertEquals(8, state.nextId(), "a hard-deleted id is still never handed out again");
    assertEquals(1, state.nextVersion("s"), "a subject without versions starts again at 1");
  }

  @Test
  void deleteSubjectSoftDeletesUpToItsVersionAndListsFollowTheFilter() {
    RegistryState state = new RegistryState();
    state.put("s", 1, 1, "A", false);
    state.put("s", 2, 2, "B", false);
    state.put("s", 3, 3, "C", false);
    state.deleteSubject("s", 2);
    assertEquals(List.of(3), ids(state.versions("s", Filter.LIVE)));
    assertEquals(List.of(1, 2), ids(state.versions("s", Filter.DELETED_ONLY)));
    assertEquals(List.of("s"), state.subjects(Filter.LIVE));
    state.deleteSubject("s", 3);
    assertEquals(List.of(), state.subjects(Filter.LIVE));
    assertEquals(List.of("s"), state.subjects(Filter.DELETED_ONLY));
    assertEquals(4, state.nextVersion("s"), "soft-deleted versions still count");
    assertEquals("A", state.schemaById(1).orElseThrow(), "soft-deleted schemas stay readable by id");
  }

  @Test
  void clearSubjectForgetsOnlySoftDeletedVersions() {
    RegistryState state = new RegistryState();
    state.put("s", 1, 1, "A", true);
    state.put("s", 2, 2, "B", false);
    state.clearSubject("s");
    assertEquals(List.of(2), ids(state.versions("s", Filter.ALL)));
  }

  @Test
  void legacyProposalsKeepTheirFirstProposalWinsRule() {
    RegistryState state = new RegistryState();
    assertTrue(state.legacyProposal("s", 1, 1, "A"));
    assertFalse(state.legacyProposal("s", 1, 2, "B"), "slot s/1 is taken");
    assertFalse(state.legacyProposal("t", 1, 1, "B"), "id 1 already names A");
    assertFalse(state.legacyProposal("t", 1, 2, "A"), "A already has id 1");
    assertTrue(state.legacyProposal("t", 1, 1, "A"), "the same schema under another subject keeps its id");
    state.legacyDelete("s", 1, 99);
    assertEquals(1, state.versions("s", Filter.LIVE).size(), "a delete naming the wrong id is ignored");
    state.legacyDelete("s", 1, 1);
    assertEquals(List.of(), state.versions("s", Filter.LIVE));
    assertEquals(3, state.nextId(), "the losing proposal's id 2 stays reserved");
  }

  @Test
  void configAndModeAreSetAndRemovedPerSubjectOrGlobally() {
    RegistryState state = new RegistryState();
    state.config(null, "FULL");
    state.config("s", "NONE");
    state.mode("s", "READONLY");
    assertEquals("FULL", state.globalCompatibility().orElseThrow());
    assertEquals(List.of("s"), state.subjectsWithCompatibility());
    state.config("s", null);
    state.mode("s", null);
    assertTrue(state.subjectCompatibility("s").isEmpty());
    assertTrue(state.subjectMode("s").isEmpty());
  }

  @Test
  void replayingTheSameRecordsGivesTheSameState() {
    RegistryState one = new RegistryState();
    RegistryState two = new RegistryState();
    for (RegistryState state : List.of(one, two)) {
      state.legacyProposal("s", 1, 1, "A");
      state.legacyProposal("s", 1, 2, "B");
      state.put("s", 2, 3, "C", false);
      state.deleteSubject("s", 2);
      state.put("s", 3, 1, "A", false);
      state.tombstone("s", 1);
    }
    assertEquals(one.versions("s", Filter.ALL), two.versions("s", Filter.ALL));
    assertEquals(List.of(3, 1), ids(one.versions("s", Filter.ALL)));
  }
}
