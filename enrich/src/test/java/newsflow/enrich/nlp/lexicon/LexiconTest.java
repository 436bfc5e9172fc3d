package newsflow.enrich.nlp.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LexiconTest {
  @Test
  void readsEntriesWithoutCommentsOrBlankLines() {
    assertEquals(List.of("Alpha", "beta"), Lexicon.lines("/lexicon-test/sample.txt"));
    assertEquals(Set.of("alpha", "beta"), Lexicon.words("/lexicon-test/sample.txt"));
  }

  @Test
  void eachListIsReadOnceAndShared() {
    assertSame(Lexicon.words("/lexicon-test/sample.txt"), Lexicon.words("/lexicon-test/sample.txt"));
    assertSame(Lexicon.months(), Lexicon.months());
  }

  @Test
  void aMissingListIsAnErrorNotAnEmptyList() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Lexicon.words("/lexicon-test/nope.txt"));
    assertTrue(e.getMessage().contains("/lexicon-test/nope.txt"), e.getMessage());
  }

  @Test
  void calendarWords() {
    assertEquals(7, Lexicon.weekdays().size());
    assertEquals(12, Lexicon.months().size());
    assertTrue(Lexicon.weekdays().contains("thursday"));
    assertTrue(Lexicon.months().contains("may"));
    assertEquals(Set.of("in", "near", "outside", "around", "across"), Lexicon.spatialPrepositions());
  }

  @Test
  void setOperationsMakeNewImmutableSets() {
    Set<String> s = Lexicon.with(Lexicon.without(Lexicon.months(), "may"), "on");
    assertFalse(s.contains("may"));
    assertTrue(s.contains("on") && s.contains("june"));
    assertEquals(12, s.size());
    assertTrue(Lexicon.months().contains("may"), "the shared list is unchanged");
    assertThrows(UnsupportedOperationException.class, () -> s.add("x"));
    assertEquals(19, Lexicon.union(Lexicon.weekdays(), Lexicon.months(), Set.of("monday")).size());
  }

  @Test
  void oneHonorificListWithItsSpellingAndTheSexItStates() {
    assertTrue(Lexicon.honorifics().containsAll(Set.of("mr", "ms", "gen", "sir", "dame")));
    assertTrue(Lexicon.abbreviatedHonorifics().containsAll(Set.of("mr", "ms", "gen", "sens")));
    assertFalse(Lexicon.abbreviatedHonorifics().contains("sir"), "written as a word, never \"Sir.\"");
    assertFalse(Lexicon.abbreviatedHonorifics().contains("miss"), "\"Miss.\" (Mississippi) may end a sentence");
    assertTrue(Lexicon.honorifics().containsAll(Lexicon.abbreviatedHonorifics()));
    assertEquals(Set.of("mr", "sir", "lord", "father"), Lexicon.honorificsStating("male"));
    assertTrue(Lexicon.honorificsStating("female").containsAll(Set.of("ms", "mrs", "miss", "dame", "lady")));
    assertTrue(Lexicon.monthAbbreviations().containsAll(Set.of("jan", "sept", "dec")));
  }
}
