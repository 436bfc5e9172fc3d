package newsflow.enrich.nlp.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EditDistanceTest {
  @Test
  void countsSubstitutionsInsertionsAndDeletions() {
    assertEquals(0, EditDistance.between("zelenskyy", "zelenskyy"));
    assertEquals(1, EditDistance.between("volodomyr", "volodymyr"));
    assertEquals(1, EditDistance.between("zelensky", "zelenskyy"));
    assertEquals(3, EditDistance.between("kitten", "sitting"));
    assertEquals(5, EditDistance.between("", "rutte"));
  }
}
