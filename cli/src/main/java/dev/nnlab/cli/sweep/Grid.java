package dev.nnlab.cli.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An experiment grid: options every run shares, options with several values (the axes, whose
 * cartesian product gives the configurations), rules that drop some combinations, and the seeds
 * every configuration is run with. Option names are {@code train}'s, with their dashes
 * ({@code --init}); values are their command-line text.
 *
 * @param fixed option → value, the same in every run
 * @param axes option → its values, in the order the grid gives them (the first axis varies slowest)
 * @param exclude partial assignments: a configuration matching every entry of one rule is dropped
 * @param seeds the seeds, shared by every configuration so that its runs are paired
 */
public record Grid(
    Map<String, String> fixed, Map<String, List<String>> axes, List<Map<String, String>> exclude, List<Long> seeds) {

  public Grid {
    fixed = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fixed));
    Map<String, List<String>> copied = new LinkedHashMap<>();
    axes.forEach((option, values) -> copied.put(option, List.copyOf(values)));
    axes = java.util.Collections.unmodifiableMap(copied);
    exclude = exclude.stream().map(rule -> java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rule))).toList();
    seeds = List.copyOf(seeds);
    if (seeds.isEmpty()) {
      throw new IllegalArgumentException("seeds: expected at least one seed");
    }
    for (String option : axes.keySet()) {
      if (fixed.containsKey(option)) {
        throw new IllegalArgumentException(option + " is both fixed and a grid axis; give it in one place");
      }
      if (axes.get(option).isEmpty()) {
        throw new IllegalArgumentException(option + ": a grid axis needs at least one value");
      }
    }
    for (int i = 0; i < exclude.size(); i++) {
      for (Map.Entry<String, String> entry : exclude.get(i).entrySet()) {
        List<String> values = axes.get(entry.getKey());
        if (values == null) {
          throw new IllegalArgumentException("exclude rule " + (i + 1) + ": " + entry.getKey()
              + " is not a grid axis; expected one of " + axes.keySet());
        }
        if (!values.contains(entry.getValue())) {
          throw new IllegalArgumentException("exclude rule " + (i + 1) + ": " + entry.getKey() + " "
              + entry.getValue() + " is not one of the axis's values " + values);
        }
      }
    }
  }

  /** The configurations, in grid order, each with its own options (fixed and varied). */
  public List<GridPoint> points() {
    List<Map<String, String>> partial = new ArrayList<>();
    partial.add(new LinkedHashMap<>());
    for (Map.Entry<String, List<String>> axis : axes.entrySet()) {
      List<Map<String, String>> next = new ArrayList<>();
      for (Map<String, String> point : partial) {
        for (String value : axis.getValue()) {
          Map<String, String> extended = new LinkedHashMap<>(point);
          extended.put(axis.getKey(), value);
          next.add(extended);
        }
      }
      partial = next;
    }
    List<GridPoint> points = new ArrayList<>();
    for (Map<String, String> varied : partial) {
      if (exclude.stream().noneMatch(rule -> varied.entrySet().containsAll(rule.entrySet()))) {
        points.add(new GridPoint(points.size(), varied, fixed));
      }
    }
    return points;
  }

  /** Every run: each configuration with each seed, configurations in grid order, seeds within. */
  public List<Cell> cells() {
    List<Cell> cells = new ArrayList<>();
    for (GridPoint point : points()) {
      for (long seed : seeds) {
        cells.add(new Cell(point, seed));
      }
    }
    return cells;
  }
}
