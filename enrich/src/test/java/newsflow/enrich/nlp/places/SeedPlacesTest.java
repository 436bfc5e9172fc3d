package newsflow.enrich.nlp.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example article: every gold place is found by the gazetteer recogniser with the gold country. */
class SeedPlacesTest {

  static String resource(String name) throws IOException {
    try (InputStream in = SeedPlacesTest.class.getResourceAsStream("/places/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void everyGoldPlaceIsFoundWithTheGoldCountry() throws IOException {
    String text = resource("hegseth-nato.txt");
    JsonNode gold = new ObjectMapper().readTree(resource("hegseth-nato.gold.json"));
    List<PlaceResolver.ResolvedMention> found = new PlaceResolver().findAndResolve(text);
    List<String> missing = new ArrayList<>();
    for (JsonNode place : gold.get("places")) {
      String country = place.hasNonNull("country") ? place.get("country").asText() : null;
      List<String> forms = new ArrayList<>();
      forms.add(place.get("name").asText());
      if (place.has("mentions")) place.get("mentions").forEach(m -> forms.add(m.asText()));
      for (String form : forms) {
        boolean ok = found.stream().anyMatch(m -> m.mention().text().equals(form)
            && java.util.Objects.equals(country, m.place().countryCode()) && m.place().lat() != null);
        if (!ok) missing.add(form + "/" + country);
      }
    }
    assertTrue(missing.isEmpty(), "not found with the gold country: " + missing);
  }

  @Test
  void newspaperAndPeopleAreNotPlaces() throws IOException {
    String text = resource("hegseth-nato.txt");
    List<String> names = new PlaceResolver().findAndResolve(text).stream().map(m -> m.mention().text()).toList();
    assertTrue(names.stream().noneMatch(n -> n.contains("Washington")), names.toString());
    assertEquals(0, names.stream().filter(n -> n.equals("Hegseth") || n.equals("Trump")).count());
  }
}
