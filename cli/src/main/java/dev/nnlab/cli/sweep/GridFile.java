package dev.nnlab.cli.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a grid file:
 *
 * <pre>{@code
 * {
 *   "fixed":   { "--epochs": 3, "--train-size": 10000 },
 *   "grid":    { "--init": ["rand", "randn", "xavier-normal"], "--activation": ["sigmoid", "tanh"] },
 *   "exclude": [ { "--init": "rand", "--activation": "tanh" } ],
 *   "seeds":   [1, 2, 3]
 * }
 * }</pre>
 *
 * Option names are {@code train}'s (the dashes may be left out); a value is the option's text, a JSON
 * number or, for a flag such as {@code --validation}, true or false. {@code seeds} is a list or
 * {@code {"from": 1, "count": 3}}. Every mistake is one line naming the file and what was expected.
 */
public final class GridFile {

  private static final Set<String> SECTIONS = Set.of("description", "fixed", "grid", "exclude", "seeds");

  /** Options a grid may not set: the seed comes from "seeds", the rest belong to the sweep command. */
  private static final Set<String> RESERVED = Set.of("--seed", "--out", "--data", "--plugins", "--grid", "--spark");

  static final int MAX_SEEDS = 1_000;

  private GridFile() {}

  public static Grid read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("--grid " + file + ": no such file");
    } catch (IOException e) {
      throw new IllegalArgumentException("--grid " + file + ": cannot read it (" + e.getMessage() + ")");
    }
    try {
      return parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--grid " + file + ": " + e.getMessage(), e);
    }
  }

  /** Parses a grid file's text. */
  public static Grid parse(String text) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON (" + e.getOriginalMessage() + " at line "
          + e.getLocation().getLineNr() + ")");
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("expected a JSON object with \"grid\", \"fixed\", \"exclude\" and \"seeds\"");
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!SECTIONS.contains(name)) {
        throw new IllegalArgumentException("unknown section \"" + name + "\"; expected " + String.join(", ", List.of(
            "fixed", "grid", "exclude", "seeds", "description")));
      }
    }
    Map<String, String> fixed = new LinkedHashMap<>();
    object(root, "fixed").fields().forEachRemaining(f -> fixed.put(option(f.getKey()), scalar(f.getKey(), f.getValue())));
    Map<String, List<String>> axes = new LinkedHashMap<>();
    object(root, "grid").fields().forEachRemaining(f -> {
      if (!f.getValue().isArray()) {
        throw new IllegalArgumentException("grid " + f.getKey() + ": expected a list of values, such as [\"rand\", \"randn\"]");
      }
      List<String> values = new ArrayList<>();
      f.getValue().forEach(v -> values.add(scalar(f.getKey(), v)));
      if (values.stream().distinct().count() != values.size()) {
        throw new IllegalArgumentException("grid " + f.getKey() + ": a value is listed twice");
      }
      axes.put(option(f.getKey()), values);
    });
    List<Map<String, String>> exclude = new ArrayList<>();
    JsonNode rules = root.path("exclude");
    if (!rules.isMissingNode()) {
      if (!rules.isArray()) {
        throw new IllegalArgumentException("exclude: expected a list of objects such as [{\"--init\": \"rand\"}]");
      }
      for (JsonNode rule : rules) {
        if (!rule.isObject() || rule.isEmpty()) {
          throw new IllegalArgumentException("exclude: every rule is a non-empty object such as {\"--init\": \"rand\"}");
        }
        Map<String, String> entries = new LinkedHashMap<>();
        rule.fields().forEachRemaining(f -> entries.put(option(f.getKey()), scalar(f.getKey(), f.getValue())));
        exclude.add(entries);
      }
    }
    return new Grid(fixed, axes, exclude, seeds(root.path("seeds")));
  }

  private static JsonNode object(JsonNode root, String section) {
    JsonNode node = root.path(section);
    if (node.isMissingNode()) {
      return new ObjectMapper().createObjectNode();
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException(section + ": expected an object of options, such as {\"--epochs\": 3}");
    }
    return node;
  }

  private static String option(String key) {
    String option = key.startsWith("--") ? key : "--" + key;
    if (RESERVED.contains(option)) {
      throw new IllegalArgumentException(option + " cannot be set in a grid"
          + (option.equals("--seed") ? "; list the seeds in \"seeds\"" : "; give it to the sweep command"));
    }
    if (!option.matches("--[a-z][a-z0-9-]*")) {
      throw new IllegalArgumentException("\"" + key + "\" is not an option name such as --init");
    }
    return option;
  }

  private static String scalar(String key, JsonNode value) {
    if (value.isTextual() || value.isNumber() || value.isBoolean()) {
      return value.asText();
    }
    throw new IllegalArgumentException(key + ": expected a string, a number or true/false, got " + value);
  }

  private static List<Long> seeds(JsonNode node) {
    List<Long> seeds = new ArrayList<>();
    if (node.isMissingNode()) {
      seeds.add(1L);
    } else if (node.isArray()) {
      for (JsonNode seed : node) {
        if (!seed.canConvertToLong() || !seed.isIntegralNumber()) {
          throw new IllegalArgumentException("seeds: expected whole numbers, got " + seed);
        }
        seeds.add(seed.asLong());
      }
    } else if (node.isObject() && node.path("from").isIntegralNumber() && node.path("count").isIntegralNumber()) {
      long count = node.get("count").asLong();
      if (count < 1 || count > MAX_SEEDS) {
        throw new IllegalArgumentException("seeds: count " + count + " is out of range; expected 1 to " + MAX_SEEDS);
      }
      for (long s = 0; s < count; s++) {
        seeds.add(node.get("from").asLong() + s);
      }
    } else {
      throw new IllegalArgumentException("seeds: expected a list such as [1, 2, 3] or {\"from\": 1, \"count\": 3}");
    }
    if (seeds.stream().distinct().count() != seeds.size()) {
      throw new IllegalArgumentException("seeds: a seed is listed twice");
    }
    return seeds;
  }
}
