package newsflow.eval.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A brat standoff annotation file: text-bound annotations ({@code T} lines, possibly discontinuous)
 * and relations/events ({@code E} and {@code R} lines) linking them by role.
 */
public record BratDocument(Map<String, TextBound> textBounds, List<Relation> relations) {

  /** A text-bound annotation; {@code fragments} are {@code [start, end)} pairs in file order. */
  public record TextBound(String id, String type, List<int[]> fragments) {
    /** The first character of the annotation (smallest fragment start). */
    public int start() {
      return fragments.stream().mapToInt(f -> f[0]).min().orElse(0);
    }

    /** The end of the annotation (largest fragment end, exclusive). */
    public int end() {
      return fragments.stream().mapToInt(f -> f[1]).max().orElse(0);
    }

    /** True when one of the fragments overlaps {@code [s, e)}. */
    public boolean overlaps(int s, int e) {
      for (int[] f : fragments) {
        if (f[0] < e && s < f[1]) return true;
      }
      return false;
    }
  }

  /** An {@code E} or {@code R} line: its type and the text-bound ids by role (e.g. Source, Cue, Content). */
  public record Relation(String id, String type, Map<String, List<String>> roles) {
    /** The ids filling {@code role} ("Content2" and the like count as "Content"). */
    public List<String> role(String role) {
      List<String> out = new ArrayList<>();
      roles.forEach((k, v) -> {
        if (k.equals(role) || k.startsWith(role) && k.substring(role.length()).chars().allMatch(Character::isDigit)) {
          out.addAll(v);
        }
      });
      return out;
    }
  }

  /** Reads a brat {@code .ann} file. */
  public static BratDocument read(Path ann) {
    try {
      return parse(Files.readString(ann, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read brat annotations " + ann, e);
    }
  }

  /** Parses the content of a brat {@code .ann} file; unknown line kinds (notes, attributes) are skipped. */
  public static BratDocument parse(String ann) {
    Map<String, TextBound> tbs = new LinkedHashMap<>();
    List<Relation> rels = new ArrayList<>();
    for (String line : ann.split("\r?\n")) {
      if (line.isBlank()) continue;
      String[] cols = line.split("\t");
      if (cols.length < 2) continue;
      String id = cols[0];
      if (id.startsWith("T")) {
        String[] head = cols[1].split(" ", 2);
        if (head.length < 2) continue;
        List<int[]> frags = new ArrayList<>();
        for (String frag : head[1].split(";")) {
          String[] se = frag.trim().split(" ");
          if (se.length == 2) frags.add(new int[] {Integer.parseInt(se[0]), Integer.parseInt(se[1])});
        }
        if (!frags.isEmpty()) tbs.put(id, new TextBound(id, head[0], List.copyOf(frags)));
      } else if (id.startsWith("E") || id.startsWith("R")) {
        String[] parts = cols[1].trim().split(" +");
        String type = null;
        Map<String, List<String>> roles = new LinkedHashMap<>();
        for (int k = 0; k < parts.length; k++) {
          String[] rv = parts[k].split(":", 2);
          if (k == 0 && id.startsWith("E")) {
            type = rv[0];
            if (rv.length == 2) roles.computeIfAbsent("Trigger", x -> new ArrayList<>()).add(rv[1]);
            continue;
          }
          if (k == 0) {
            type = rv[0];
            if (rv.length == 1) continue;
          }
          if (rv.length == 2) roles.computeIfAbsent(rv[0], x -> new ArrayList<>()).add(rv[1]);
        }
        rels.add(new Relation(id, type, roles));
      }
    }
    return new BratDocument(tbs, rels);
  }
}
