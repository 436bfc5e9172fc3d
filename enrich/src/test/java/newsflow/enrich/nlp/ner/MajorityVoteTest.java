package newsflow.enrich.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import newsflow.enrich.nlp.EntityType;
import org.junit.jupiter.api.Test;

/**
 * The vote that spreads a phrase's type over its untagged occurrences: most votes win, and a tie goes
 * to the type voted first. It used to go to whichever type a HashMap listed first, which for enum keys
 * changes from one JVM to the next, so the same article could come out differently after a restart.
 */
class MajorityVoteTest {
  private static Map<EntityType, Integer> votes(Object... typeThenCount) {
    Map<EntityType, Integer> v = new LinkedHashMap<>();
    for (int i = 0; i < typeThenCount.length; i += 2) v.put((EntityType) typeThenCount[i], (Integer) typeThenCount[i + 1]);
    return v;
  }

  @Test
  void mostVotesWin() {
    assertEquals(EntityType.ORGANIZATION, ConsistentTagging.majority(votes(EntityType.PLACE, 1, EntityType.ORGANIZATION, 2)));
    assertEquals(EntityType.PLACE, ConsistentTagging.majority(votes(EntityType.PLACE, 3, EntityType.ORGANIZATION, 2)));
  }

  @Test
  void aTieGoesToTheTypeVotedFirst() {
    assertEquals(EntityType.PLACE, ConsistentTagging.majority(votes(EntityType.PLACE, 1, EntityType.ORGANIZATION, 1)));
    assertEquals(EntityType.ORGANIZATION, ConsistentTagging.majority(votes(EntityType.ORGANIZATION, 1, EntityType.PLACE, 1)));
    assertEquals(EntityType.PERSON, ConsistentTagging.majority(votes(EntityType.PERSON, 2, EntityType.PLACE, 2, EntityType.ORGANIZATION, 1)));
  }
}
