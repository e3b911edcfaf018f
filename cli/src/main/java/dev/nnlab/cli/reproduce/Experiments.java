package dev.nnlab.cli.reproduce;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The experiments {@code nnlab reproduce} knows, in the order of the book and then the papers.
 * Chapter 6's convolutional networks (ch6-conv) come after chapter 5's and the papers', being slowest.
 */
public final class Experiments {

  private static final List<Experiment> ALL = List.of(
      new Ch1Network(),
      new Ch1Rand(),
      new Ch1Hidden100(),
      new Ch3Init(30, 92.70, 86.43, 96.50, 96.37),
      new Ch3Init(100, 92.95, 89.94, 97.81, 97.42),
      new Ch3Regularized(),
      new Ch3Overfitting(),
      new Ch5GradientNorms(),
      new GlorotBengio(),
      new HeDeepRelu(),
      new Ch6Conv());

  private Experiments() {}

  /** Every experiment, in order. */
  public static List<Experiment> all() {
    return ALL;
  }

  /** The experiment called {@code name}, or an error listing the available ones. */
  public static Experiment byName(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    return ALL.stream().filter(e -> e.name().equals(wanted)).findFirst().orElseThrow(() -> new IllegalArgumentException(
        "reproduce " + name + ": unknown experiment; available: " + names()));
  }

  /** The names, comma-separated. */
  public static String names() {
    return ALL.stream().map(Experiment::name).collect(Collectors.joining(", "));
  }
}
