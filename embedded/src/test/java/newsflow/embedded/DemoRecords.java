package newsflow.embedded;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import newsflow.v1.AlertKind;
import newsflow.v1.EnrichedArticle;
import newsflow.v1.Entity;
import newsflow.v1.EntityType;
import newsflow.v1.Image;
import newsflow.v1.Mention;
import newsflow.v1.OfficialAlert;
import newsflow.v1.Place;
import newsflow.v1.Quote;
import newsflow.v1.RawArticle;
import newsflow.v1.Source;

/**
 * Thirteen made-up records of the pipeline's three kinds (5 raw articles, 4 enriched articles, 4 alerts)
 * for interoperability tests: non-ASCII text, nulls in every optional field, nested records, enums,
 * timestamps and doubles.
 */
final class DemoRecords {

  private DemoRecords() {}

  private static final String[] TEXTS = {
      "“We will reopen the harbour bridge in spring,” Mayor Lena Okafor said on Tuesday.",
      "The council of Westmere approved the budget; opposition leader Tomás Varga called it “a gamble”.",
      "Port Authority director Ines Halvorsen told reporters the ferry link to Nordby would resume.",
      "Über 200 Menschen demonstrierten in Brückenfeld, sagte Polizeisprecherin Anna Lenz.",
      "No quotes here, only a short note about rainfall in the valley.",
  };

  static List<RawArticle> raw() {
    List<RawArticle> out = new ArrayList<>();
    for (int i = 0; i < TEXTS.length; i++) {
      out.add(RawArticle.newBuilder()
          .setId("demo-" + i)
          .setUrl("https://westmere.example/story/" + i)
          .setCanonicalUrl(i % 2 == 0 ? "https://westmere.example/story/" + i : null)
          .setSource(Source.newBuilder().setFeedUrl(i == 4 ? null : "https://westmere.example/rss")
              .setPublisher("Westmere Courier").setDomain("westmere.example").build())
          .setTitle(i == 3 ? null : "Story " + i + ": " + TEXTS[i].substring(0, 20))
          .setAuthors(i == 4 ? List.of() : List.of("Desk " + i, "Ánh Nguyễn"))
          .setPublishedAt(i == 2 ? null : Instant.ofEpochMilli(1_717_000_000_000L + i * 3_600_000L))
          .setFetchedAt(Instant.ofEpochMilli(1_717_000_100_123L + i))
          .setLanguage(i == 3 ? "de" : "en")
          .setText(TEXTS[i])
          .setHeadings(i == 1 ? List.of("Budget", "Reactions") : List.of())
          .setImages(i == 0 ? List.of(Image.newBuilder().setUrl("https://westmere.example/bridge.jpg").setCaption(null).build(),
              Image.newBuilder().setUrl("https://westmere.example/mayor.jpg").setCaption("The mayor, Tuesday").build()) : List.of())
          .setContentHash(Integer.toHexString(TEXTS[i].hashCode()).repeat(8).substring(0, 64))
          .build());
    }
    return out;
  }

  static List<EnrichedArticle> enriched() {
    List<EnrichedArticle> out = new ArrayList<>();
    List<RawArticle> raw = raw();
    String[][] people = {{"Lena Okafor", "Mayor"}, {"Tomás Varga", "opposition leader"}, {"Ines Halvorsen", "director"},
        {"Anna Lenz", "Polizeisprecherin"}};
    String[][] places = {{"Westmere", "GB", "51.5", "-0.12"}, {"Westmere", "GB", "51.5", "-0.12"}, {"Nordby", "DK", "55.45", "8.41"},
        {"Brückenfeld", "DE", "52.1", "13.4"}};
    for (int i = 0; i < 4; i++) {
      RawArticle r = raw.get(i);
      String name = people[i][0];
      int at = r.getText().indexOf(name.split(" ")[1]);
      Mention mention = Mention.newBuilder().setStart(Math.max(at, 0)).setEnd(Math.max(at, 0) + name.length() / 2).setText(name).build();
      Entity person = Entity.newBuilder().setId("e" + i).setType(EntityType.PERSON).setName(name).setTitles(List.of(people[i][1]))
          .setOfficialId(i == 0 ? "official-okafor" : null).setMentions(List.of(mention)).build();
      Entity place = Entity.newBuilder().setId("p" + i).setType(EntityType.PLACE).setName(places[i][0]).setTitles(List.of())
          .setOfficialId(null).setMentions(List.of()).build();
      List<Quote> quotes = i == 3 ? List.of() : List.of(Quote.newBuilder().setId("q" + i).setText(r.getText().substring(0, 30))
          .setStart(0).setEnd(30).setSpeaker(name).setSpeakerEntityId("e" + i).setSpeakerMention(i == 1 ? null : mention)
          .setCue(i == 2 ? null : "said").setPartial(i == 1).setConfidence(0.5 + i / 10.0).build());
      out.add(EnrichedArticle.newBuilder()
          .setId(r.getId()).setUrl(r.getUrl()).setCanonicalUrl(r.getCanonicalUrl()).setSource(r.getSource())
          .setTitle(r.getTitle()).setAuthors(r.getAuthors()).setPublishedAt(r.getPublishedAt()).setFetchedAt(r.getFetchedAt())
          .setLanguage(r.getLanguage()).setText(r.getText()).setHeadings(r.getHeadings()).setImages(r.getImages())
          .setContentHash(r.getContentHash())
          .setEntities(List.of(person, place))
          .setQuotes(quotes)
          .setPlaces(List.of(Place.newBuilder().setEntityId("p" + i).setName(places[i][0])
              .setGeonameId(i == 1 ? null : 2_600_000L + i).setCountryCode(places[i][1]).setAdmin1(i == 2 ? null : "A" + i)
              .setLat(Double.valueOf(places[i][2])).setLon(Double.valueOf(places[i][3])).setFeatureCode("PPL").build()))
          .setEnrichedAt(Instant.ofEpochMilli(1_717_000_200_000L + i))
          .setEnricherVersion("demo-1")
          .build());
    }
    return out;
  }

  static List<OfficialAlert> alerts() {
    List<OfficialAlert> out = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      out.add(OfficialAlert.newBuilder()
          .setId("alert-" + i).setArticleId("demo-" + i).setOfficialId("official-" + i).setOfficialName("Official Nº " + i)
          .setOfficialTitle(i == 2 ? null : "Deputy Minister")
          .setKind(i % 2 == 0 ? AlertKind.QUOTED : AlertKind.MENTIONED)
          .setMentionCount(i + 1)
          .setQuotes(i % 2 == 0 ? List.of("“Not today,” she said.") : List.of())
          .setTitle(i == 3 ? null : "Story " + i).setUrl("https://westmere.example/story/" + i)
          .setPublisher(i == 1 ? null : "Westmere Courier")
          .setPublishedAt(i == 0 ? null : Instant.ofEpochMilli(1_717_000_000_000L + i))
          .setDetectedAt(Instant.ofEpochMilli(1_717_000_300_000L + i))
          .build());
    }
    return out;
  }
}
