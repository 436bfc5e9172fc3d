package newsflow.enrich.nlp.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeechVerbsTest {

  @Test
  void generatesRegularInflectionsFromTheBaseForm() {
    assertEquals(List.of("add", "adds", "added", "adding"), SpeechVerbs.forms("add"));
    assertEquals(List.of("note", "notes", "noted", "noting"), SpeechVerbs.forms("note"));
    assertEquals(List.of("reply", "replies", "replied", "replying"), SpeechVerbs.forms("reply"));
    assertEquals(List.of("stress", "stresses", "stressed", "stressing"), SpeechVerbs.forms("stress"));
    assertEquals(List.of("echo", "echoes", "echoed", "echoing"), SpeechVerbs.forms("echo"));
    assertEquals(List.of("agree", "agrees", "agreed", "agreeing"), SpeechVerbs.forms("agree"));
    assertEquals(List.of("convey", "conveys", "conveyed", "conveying"), SpeechVerbs.forms("convey"));
  }

  @Test
  void listedFormsReplaceTheGeneratedOnesOfTheirKind() {
    assertEquals(List.of("say", "says", "said", "saying"), SpeechVerbs.forms("say said"));
    assertEquals(List.of("write", "writes", "wrote", "written", "writing"), SpeechVerbs.forms("write wrote written"));
    assertEquals(List.of("admit", "admits", "admitted", "admitting"), SpeechVerbs.forms("admit admitted admitting"));
  }

  @Test
  void recognisesCommonNewsCuesInAnyCase() {
    for (String w : List.of("said", "says", "told", "tells", "wrote", "added", "asked", "replied", "warned",
        "insisted", "argued", "explained", "noted", "acknowledged", "conceded", "tweeted", "testified",
        "quipped", "emphasised", "emphasized", "read", "reads", "stated", "characterized", "characterised")) {
      assertTrue(SpeechVerbs.isSpeechVerb(w), w);
    }
    assertTrue(SpeechVerbs.isSpeechVerb("Said"));
    assertTrue(SpeechVerbs.size() > 700, "forms: " + SpeechVerbs.size());
  }

  @Test
  void leavesOutVerbsWhoseOtherSensesDominateNews() {
    for (String w : List.of("state", "point", "pointed", "release", "think", "thought", "believe", "charge",
        "order", "comment", "comments", "question", "questions", "request", "blame", "spoke", "talk")) {
      assertFalse(SpeechVerbs.isSpeechVerb(w), w);
    }
  }

  @Test
  void phrasalSpeechVerbsNeedTheirParticleAndSometimesTheWordAfterIt() {
    assertTrue(SpeechVerbs.isPhrasalSpeechVerb("pointed", "out", "that"));
    assertTrue(SpeechVerbs.isPhrasalSpeechVerb("Spoke", "out", "against"));
    assertTrue(SpeechVerbs.isPhrasalSpeechVerb("hits", "back", "at"));
    assertTrue(SpeechVerbs.isPhrasalSpeechVerb("went", "on", ":"));
    assertTrue(SpeechVerbs.isPhrasalSpeechVerb("opened", "up", "about"));
    assertFalse(SpeechVerbs.isPhrasalSpeechVerb("went", "on", "to"), "went on to win");
    assertFalse(SpeechVerbs.isPhrasalSpeechVerb("opened", "up", "the"), "opened up the shop");
    assertFalse(SpeechVerbs.isPhrasalSpeechVerb("fired", "back", "at"), "fired back at the raiders");
    assertFalse(SpeechVerbs.isPhrasalSpeechVerb("pointed", "to", "the"));
    assertFalse(SpeechVerbs.isSpeechVerb("pointed"));
    assertFalse(SpeechVerbs.isSpeechVerb("fire"));
  }
}
