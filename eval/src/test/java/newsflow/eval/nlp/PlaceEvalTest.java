package newsflow.eval.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaceEvalTest {
  @TempDir Path dir;

  /** A two-document GeoWebNews-style folder written here (nothing copied from the evaluation data). */
  Path fixture() throws IOException {
    Path gwn = dir.resolve("places/geowebnews");
    Files.createDirectories(gwn);
    // 0         1         2         3         4         5
    // 012345678901234567890123456789012345678901234567890123
    String one = "Rain fell on Paris and the city council met in Lyon.";
    Files.writeString(gwn.resolve("1.txt"), one);
    Files.writeString(gwn.resolve("1.ann"), String.join("\n",
        "T1\tLiteral 13 18\tParis",
        "T2\tNon_Lit_Expression 27 39\tcity council",
        "T3\tMetonymic 47 51\tLyon",
        "#1\tAnnotatorNotes T1\t2988507", ""));
    String two = "Emoji \uD83D\uDE00 then Kyiv.";
    Files.writeString(gwn.resolve("2.txt"), two);
    // brat offsets count code points: "Kyiv" starts at code point 13, UTF-16 index 14
    Files.writeString(gwn.resolve("2.ann"), "T1\tLiteral 13 17\tKyiv\n");
    Files.writeString(gwn.resolve("coordinates.tsv"), String.join("\n",
        "doc\tstart\tend\tmention\tresolved_name\tlat\tlon",
        "1\t13\t18\tParis\tParis\t48.85341\t2.3488",
        "1\t47\t51\tLyon\tLyon\t45.74846\t4.84671",
        "2\t13\t17\tKyiv\tKyiv\t50.45466\t30.5238", ""));
    return dir;
  }

  @Test
  void scoresOverlapRecognitionAndDistanceAsTheReadmeDefines() throws IOException {
    Path data = fixture();
    PlaceEval.Result r = PlaceEval.evaluate(data, text -> {
      if (text.startsWith("Rain")) {
        return List.of(
            new PlaceEval.Prediction(13, 16, 48.86, 2.35),   // partial overlap with Paris: a match, within 161 km
            new PlaceEval.Prediction(27, 31, null, null),    // overlaps only a non-toponym: ignored
            new PlaceEval.Prediction(0, 4, 1.0, 1.0),        // overlaps nothing: a false positive
            new PlaceEval.Prediction(47, 51, 40.0, -3.7));   // Lyon placed in Spain: matched but far
      }
      return List.of(new PlaceEval.Prediction(14, 18, 50.45, 30.52)); // UTF-16 offsets of Kyiv
    });
    assertEquals(2, r.documents());
    assertEquals(3, r.goldToponyms());
    assertEquals(5, r.predictions());
    assertEquals(3, r.truePositivePredictions());
    assertEquals(1, r.falsePositivePredictions());
    assertEquals(3, r.matchedGold());
    assertEquals(0.75, r.precision(), 1e-9);
    assertEquals(1.0, r.recall(), 1e-9);
    assertEquals(3, r.matchedGoldWithCoordinates());
    assertEquals(2, r.within161km());
  }

  @Test
  void distanceIsGreatCircle() {
    assertEquals(343.5, PlaceEval.distanceKm(51.5074, -0.1278, 48.8566, 2.3522), 2.0); // London - Paris
    assertEquals(0.0, PlaceEval.distanceKm(10, 20, 10, 20), 1e-9);
  }

  /** The gazetteer recogniser and resolver alone do not drop below the recorded baseline; skipped without the data. */
  @Test
  void gazetteerOnGeoWebNewsDevDoesNotDropBelowTheBaseline() {
    Path data = Path.of("../../shared/eval");
    if (!Files.isDirectory(data)) data = Path.of("../shared/eval");
    Assumptions.assumeTrue(Files.isDirectory(data.resolve("places/geowebnews")), "GeoWebNews data not present");
    PlaceEval.Result r = PlaceEval.evaluate(data, PlaceEval.gazetteerPredictor());
    System.out.println(r.summary());
    assertEquals(List.of(), EvalBaseline.find().drops(
        Map.of("geowebnews.gazetteer.f1", r.f1(), "geowebnews.gazetteer.acc161", r.accuracyAt161km())), r.summary());
  }

  /** The whole analyzer does not drop below the recorded baseline; skipped without the data. */
  @Test
  void analyzerOnGeoWebNewsDevDoesNotDropBelowTheBaseline() {
    Path data = Path.of("../../shared/eval");
    if (!Files.isDirectory(data)) data = Path.of("../shared/eval");
    Assumptions.assumeTrue(Files.isDirectory(data.resolve("places/geowebnews")), "GeoWebNews data not present");
    var analyzer = SharedAnalyzer.get();
    PlaceEval.Result r = PlaceEval.evaluate(data, PlaceEval.fromAnalysis(text -> analyzer.analyze(text, "en")));
    System.out.println(r.summary());
    assertEquals(List.of(), EvalBaseline.find().drops(
        Map.of("geowebnews.f1", r.f1(), "geowebnews.acc161", r.accuracyAt161km())), r.summary());
  }
}
