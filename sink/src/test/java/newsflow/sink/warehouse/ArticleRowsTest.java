package newsflow.sink.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import newsflow.sink.bench.SyntheticArticles;
import newsflow.v1.EnrichedArticle;
import newsflow.v1.Entity;
import newsflow.v1.OfficialAlert;
import newsflow.v1.OfficialEvidence;
import org.junit.jupiter.api.Test;

class ArticleRowsTest {
  @Test
  void listColumnsAreJsonArraysThatParseBackToTheSameStrings() throws Exception {
    List<String> values = List.of("Defense Secretary", "quote \" and \\ backslash", "tab\tnew\nline\r", "\u0001ctl",
        "caf\u00e9 \ud83d\udcf0", "");
    String json = ArticleRows.json(values);
    assertEquals(values, new ObjectMapper().readValue(json, new TypeReference<List<String>>() {}));
    assertEquals("[]", ArticleRows.json(List.of()));
  }

  @Test
  void alertEvidenceIsAJsonArrayOfSpansAndRules() throws Exception {
    OfficialAlert alert = OfficialAlert.newBuilder(SyntheticArticles.alert("a", "x", Instant.EPOCH))
        .setEvidence(List.of(
            OfficialEvidence.newBuilder().setStart(4).setEnd(18).setText("Sen. \"Dana\" Roe").setRule("FULL_NAME").build(),
            OfficialEvidence.newBuilder().setStart(40).setEnd(43).setText("Roe").setRule("FAMILY_NAME_AFTER_FULL_NAME").build()))
        .build();
    Object[] row = ArticleRows.alertRow(alert);
    assertEquals(Table.ALERTS.columns().size(), row.length);
    String evidence = (String) row[Table.ALERTS.columns().stream().map(Table.Column::name).toList().indexOf("evidence")];
    List<java.util.Map<String, Object>> back = new ObjectMapper().readValue(evidence, new TypeReference<>() {});
    assertEquals(2, back.size());
    assertEquals("Sen. \"Dana\" Roe", back.get(0).get("text"));
    assertEquals(4, back.get(0).get("start"));
    assertEquals(18, back.get(0).get("end"));
    assertEquals("FAMILY_NAME_AFTER_FULL_NAME", back.get(1).get("rule"));
    assertEquals("[]", ArticleRows.evidence(List.of()));
  }

  @Test
  void repeatedChildIdsKeepTheFirstAndMissingIdsAreRefused() {
    EnrichedArticle a = SyntheticArticles.article("a", Instant.EPOCH, 3, 0, 0);
    List<Entity> entities = new ArrayList<>(a.getEntities());
    Entity dup = Entity.newBuilder(entities.get(0)).setName("Another Name").build();
    entities.add(dup);
    a.setEntities(entities);
    ArticleRows rows = ArticleRows.of(a);
    assertEquals(3, rows.entities().size());
    assertEquals("Person Number0", rows.entities().get(0)[3]);

    entities.add(Entity.newBuilder(entities.get(1)).setId(" ").build());
    a.setEntities(entities);
    RecordWriteException e = assertThrows(RecordWriteException.class, () -> ArticleRows.of(a));
    assertEquals("a", e.recordId());
  }
}
