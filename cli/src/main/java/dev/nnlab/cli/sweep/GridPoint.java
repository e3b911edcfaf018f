package dev.nnlab.cli.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One configuration of a grid.
 *
 * @param index its position among the grid's configurations (after exclusion)
 * @param varied the axes' values, in axis order
 * @param fixed the options every configuration shares
 */
public record GridPoint(int index, Map<String, String> varied, Map<String, String> fixed) {

  public GridPoint {
    varied = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(varied));
    fixed = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fixed));
  }

  /** As {@code compare} labels it: {@code init=rand, activation=tanh}; a grid without axes has one configuration. */
  public String label() {
    List<String> parts = new ArrayList<>();
    varied.forEach((option, value) -> parts.add(option.substring(2) + "=" + value));
    return parts.isEmpty() ? "configuration " + (index + 1) : String.join(", ", parts);
  }

  /** The varied values keyed without dashes, as the report's {@code Configuration} keeps them. */
  public Map<String, String> values() {
    Map<String, String> values = new LinkedHashMap<>();
    varied.forEach((option, value) -> values.put(option.substring(2), value));
    return values;
  }

  /** Every option of this configuration, fixed ones first. */
  public Map<String, String> options() {
    Map<String, String> all = new LinkedHashMap<>(fixed);
    all.putAll(varied);
    return all;
  }
}
