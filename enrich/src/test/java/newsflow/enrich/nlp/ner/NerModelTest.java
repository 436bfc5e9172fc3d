package newsflow.enrich.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsflow.enrich.nlp.EntityMention;
import newsflow.enrich.nlp.EntityType;
import newsflow.enrich.nlp.SharedAnalyzer;
import newsflow.enrich.nlp.places.Gazetteer;
import newsflow.enrich.nlp.text.TextPipeline;
import newsflow.enrich.topology.EnrichApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entity model: what it finds alone, its file, its id in the enricher version, deterministic training. */
class NerModelTest {

  private static EntityType typeOf(List<EntityMention> ms, String text) {
    for (EntityMention m : ms) if (m.text().equals(text)) return m.type();
    return null;
  }

  @Test
  void theShippedModelTagsPeopleOrganisationsAndPlacesAlone() {
    String text = "Maria Lopez, chief executive of Northwind Bank, said on Tuesday that the lender would open "
        + "branches in Lisbon and Madrid.\nShares of Northwind Bank rose 3 percent in Frankfurt.";
    List<EntityMention> ms = SharedAnalyzer.get().modelMentions(text);
    assertEquals(EntityType.PERSON, typeOf(ms, "Maria Lopez"), ms.toString());
    assertEquals(EntityType.ORGANIZATION, typeOf(ms, "Northwind Bank"), ms.toString());
    assertEquals(EntityType.PLACE, typeOf(ms, "Lisbon"), ms.toString());
    assertEquals(EntityType.PLACE, typeOf(ms, "Madrid"), ms.toString());
    assertEquals(EntityType.PLACE, typeOf(ms, "Frankfurt"), ms.toString());
  }

  @Test
  void aClubNamedAfterItsTownIsAnOrganisationInASportsResult() {
    String text = "Millbrook beat Eastfield 2-1 in the league on Saturday. Eastfield's coach said his team "
        + "had played well. Millbrook, who lead the table by four points, play at Eastfield next month.";
    List<EntityMention> ms = SharedAnalyzer.get().modelMentions(text);
    assertEquals(EntityType.ORGANIZATION, typeOf(ms, "Millbrook"), ms.toString());
  }

  @Test
  void theEnricherVersionCarriesTheShippedModelsId() {
    String id = NerModel.shippedId();
    assertTrue(id.matches("ner-[0-9a-f]{12}"), id);
    assertEquals(id, NerModel.shipped().id());
    assertTrue(EnrichApp.ENRICHER_VERSION.endsWith("+" + id), EnrichApp.ENRICHER_VERSION);
  }

  private static final String TRAIN = """
      -DOCSTART- -X- -X- O

      Anna NNP B-NP B-PER
      Berg NNP I-NP I-PER
      joined VBD B-VP O
      Acme NNP B-NP B-ORG
      Corp NNP I-NP I-ORG
      in IN B-PP O
      Oslo NNP B-NP B-LOC
      . . O O

      Acme NNP B-NP B-ORG
      said VBD B-VP O
      Berg NNP B-NP B-PER
      will MD B-VP O
      lead VB I-VP O
      its PRP$ B-NP O
      Swedish JJ I-NP B-MISC
      unit NN I-NP O
      . . O O

      -DOCSTART- -X- -X- O

      Police NNS B-NP O
      in IN B-PP O
      Bergen NNP B-NP B-LOC
      arrested VBD B-VP O
      Ole NNP B-NP B-PER
      Hansen NNP I-NP I-PER
      . . O O

      Hansen NNP B-NP B-PER
      worked VBD B-VP O
      for IN B-PP O
      Nordic NNP B-NP B-ORG
      Freight NNP I-NP I-ORG
      . . O O

      -DOCSTART- -X- -X- O

      Lina NNP B-NP B-PER
      Dahl NNP I-NP I-PER
      of IN B-PP O
      Nordic NNP B-NP B-ORG
      Freight NNP I-NP I-ORG
      flew VBD B-VP O
      to TO B-PP O
      Oslo NNP B-NP B-LOC
      . . O O
      """;

  @Test
  void trainingIsDeterministicForASeedAndTheFileReadsBackTheSameModel(@TempDir Path dir) throws IOException {
    Path train = dir.resolve("train.txt");
    Files.writeString(train, TRAIN, StandardCharsets.UTF_8);
    NerTrainer trainer = new NerTrainer(new Nlp4jRecognizer(Nlp4jTagger.load(Nlp4jTagger.defaultCacheDir()),
        Gazetteer.shared()), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    NerTrainer.Options o = new NerTrainer.Options(train, train, dir.resolve("a.bin.gz"), 7, 3, 1, 2, 0, true, "", 0);
    NerModel a = trainer.train(o);
    NerModel b = trainer.train(new NerTrainer.Options(train, train, dir.resolve("b.bin.gz"), 7, 3, 1, 2, 0, true, "",
        0));
    NerModel c = trainer.train(new NerTrainer.Options(train, train, dir.resolve("c.bin.gz"), 7, 3, 1, 2, 0, false, "",
        0));
    assertEquals(a.id(), b.id());
    assertNotEquals(a.id(), c.id()); // one stage is another model
    assertArrayEquals(Files.readAllBytes(dir.resolve("a.bin.gz")), Files.readAllBytes(dir.resolve("b.bin.gz")));
    assertTrue(a.provenance().contains("seed 7"), a.provenance());

    NerModel read = NerModel.read(dir.resolve("a.bin.gz"));
    assertEquals(a.id(), read.id());
    Nlp4jRecognizer rec = new Nlp4jRecognizer(Nlp4jTagger.load(Nlp4jTagger.defaultCacheDir()), Gazetteer.shared());
    String text = "Anna Berg of Acme Corp flew to Bergen .";
    Nlp4jRecognizer.Tagged t = rec.tag(TextPipeline.instance().process(text));
    assertEquals(a.mentions(text, t.sentences()), read.mentions(text, t.sentences()));
  }
}
