package dev.nnlab.network;

import java.util.ArrayList;
import java.util.List;

/** Splits a list of layer specs at the commas outside parentheses. */
final class LayerList {

  private LayerList() {}

  /**
   * {@code "conv(filters=20, kernel=5), dense(units=10)"} → the two specs, trimmed.
   *
   * @throws IllegalArgumentException if parentheses do not balance or a spec is empty
   */
  static List<String> split(String specs) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < specs.length(); i++) {
      char c = specs.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth < 0) {
          throw new IllegalArgumentException("unbalanced ')' at character " + (i + 1) + " of '" + specs + "'");
        }
      } else if (c == ',' && depth == 0) {
        parts.add(part(specs, start, i));
        start = i + 1;
      }
    }
    if (depth != 0) {
      throw new IllegalArgumentException("a '(' is not closed in '" + specs + "'");
    }
    parts.add(part(specs, start, specs.length()));
    return List.copyOf(parts);
  }

  private static String part(String specs, int from, int to) {
    String part = specs.substring(from, to).trim();
    if (part.isEmpty()) {
      throw new IllegalArgumentException(
          "an empty layer spec in '" + specs + "'; expected specs separated by commas, such as "
              + "dense(units=30),dense(units=10)");
    }
    return part;
  }
}
