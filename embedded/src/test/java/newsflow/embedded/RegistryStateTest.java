package newsflow.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryStateTest {

  @Test
  void firstProposalForAVersionSlotWinsAndTheLoserIsIgnored() {
    RegistryState state = new RegistryState();
    assertTrue(state.applyRegister("s", 1, 1, "A"));
    assertFalse(state.applyRegister("s", 1, 2, "B"), "slot s/1 is taken");
    assertEquals(List.of("A"), state.liveVersions("s").stream().map(RegistryState.Version::schema).toList());
    assertTrue(state.schemaById(2).isEmpty(), "the losing id is not assigned");
  }

  @Test
  void anIdNeverNamesTwoSchemasAndASchemaNeverHasTwoIds() {
    RegistryState state = new RegistryState();
    assertTrue(state.applyRegister("s", 1, 1, "A"));
    assertFalse(state.applyRegister("t", 1, 1, "B"), "id 1 already names A");
    assertFalse(state.applyRegister("t", 1, 2, "A"), "A already has id 1");
    assertTrue(state.applyRegister("t", 1, 1, "A"), "the same schema under another subject keeps its id");
    assertEquals(2, state.nextId());
  }

  @Test
  void softDeleteHidesVersionsButKeepsTheirIds() {
    RegistryState state = new RegistryState();
    state.applyRegister("s", 1, 1, "A");
    state.applyRegister("s", 2, 2, "B");
    state.applyDelete("s", 1, 99); // wrong id: ignored
    assertEquals(2, state.liveVersions("s").size());
    state.applyDelete("s", 1, 1);
    state.applyDelete("s", 2, 2);
    assertTrue(state.liveVersions("s").isEmpty());
    assertEquals(List.of(), state.subjects(false));
    assertEquals(List.of("s"), state.subjects(true));
    assertEquals("A", state.schemaById(1).orElseThrow());
    assertEquals(3, state.nextVersion("s"));
    assertTrue(state.applyRegister("s", 3, 1, "A"), "re-registering after delete reuses the id");
  }

  @Test
  void replayingTheSameLogGivesTheSameState() {
    List<Object[]> log = List.of(new Object[] {"s", 1, 1, "A"}, new Object[] {"s", 1, 2, "B"},
        new Object[] {"t", 1, 2, "B"}, new Object[] {"s", 2, 2, "C"}, new Object[] {"s", 2, 3, "C"});
    RegistryState one = new RegistryState();
    RegistryState two = new RegistryState();
    for (Object[] r : log) {
      one.applyRegister((String) r[0], (Integer) r[1], (Integer) r[2], (String) r[3]);
      two.applyRegister((String) r[0], (Integer) r[1], (Integer) r[2], (String) r[3]);
    }
    assertEquals(one.liveVersions("s"), two.liveVersions("s"));
    assertEquals(List.of(1, 3), one.liveVersions("s").stream().map(RegistryState.Version::id).toList());
    assertEquals("B", one.schemaById(2).orElseThrow());
  }
}
