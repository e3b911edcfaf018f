package dev.nnlab.network.train;

import dev.nnlab.network.data.Examples;
import java.util.Objects;

/**
 * A named data set evaluated after every epoch.
 *
 * @param name e.g. {@code test} or {@code validation}
 */
public record EvaluationSet(String name, Examples examples) {

  public EvaluationSet {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(examples, "examples");
  }

  public static EvaluationSet of(String name, Examples examples) {
    return new EvaluationSet(name, examples);
  }
}
