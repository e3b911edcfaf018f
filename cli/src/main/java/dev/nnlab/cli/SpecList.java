package dev.nnlab.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Splits a listed option value at the commas that separate specs, not at those inside a spec's
 * parentheses: {@code he-normal(mode=fan_out, gain=1),randn} is two values.
 */
final class SpecList {

  private SpecList() {}

  static List<String> split(String option, String text) {
    List<String> values = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        values.add(text.substring(start, i).strip());
        start = i + 1;
      }
    }
    values.add(text.substring(start).strip());
    if (values.stream().anyMatch(String::isEmpty)) {
      throw new IllegalArgumentException(
          option + " " + text + ": an empty value in the list; expected specs separated by commas, such as rand,randn");
    }
    if (new LinkedHashSet<>(values).size() != values.size()) {
      throw new IllegalArgumentException(option + " " + text + ": a value is listed twice");
    }
    return values;
  }
}
