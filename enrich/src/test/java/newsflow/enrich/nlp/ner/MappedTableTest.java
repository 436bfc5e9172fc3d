package newsflow.enrich.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappedTableTest {
  @TempDir Path dir;

  @Test
  void findsEveryKeyWrittenAndNothingElse() throws Exception {
    MappedTable.Writer w = new MappedTable.Writer();
    for (int i = 0; i < 5000; i++) w.put(i % 7, "word" + i, i, -i);
    w.put(0, "Kyiv", 42, 7);
    w.put(3, "Kyiv", 43, 8);
    Path f = dir.resolve("t.tbl");
    w.write(f);
    assertTrue(Files.size(f) > 0);

    MappedTable t = MappedTable.open(f);
    assertEquals(5002, t.size());
    for (int i = 0; i < 5000; i++) {
      int e = t.find(i % 7, "word" + i);
      assertTrue(e >= 0, "word" + i);
      assertEquals(i, t.a(e));
      assertEquals(-i, t.b(e));
    }
    assertEquals(42, t.a(t.find(0, "Kyiv")));
    assertEquals(8, t.b(t.find(3, "Kyiv")));
    assertEquals(-1, t.find(1, "Kyiv"));
    assertEquals(-1, t.find(0, "kyiv"));
    assertEquals(-1, t.find(0, "word5000"));
  }
}
