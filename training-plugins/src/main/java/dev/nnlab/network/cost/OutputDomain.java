package dev.nnlab.network.cost;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.activation.Range;
import dev.nnlab.core.model.Cost;
import java.util.Optional;

/**
 * Whether a cost can work on what the output activation produces: the cross-entropy on an identity
 * or relu output takes the logarithm of values outside (0, 1), and the NaN that follows would be
 * reported as divergence with advice about the learning rate, which cannot help. Checked before
 * training, from {@link Cost#outputDomain()} and {@link Activation#range()}, never from names.
 */
public final class OutputDomain {

  private OutputDomain() {}

  /**
   * Why {@code cost} cannot be used on outputs of {@code output}, in one sentence, or empty.
   *
   * @param outputSpec how the user named the activation, for the message
   */
  public static Optional<String> mismatch(Cost cost, Activation output, String outputSpec) {
    Range domain = cost.outputDomain();
    Range range = output.range();
    if (range.lower() >= domain.lower() && range.upper() <= domain.upper()) {
      return Optional.empty();
    }
    return Optional.of("the " + cost + " cost is defined for outputs in " + domain + ", but the output activation "
        + outputSpec + " gives values in " + range + ", where the cost is NaN (training could only stop as"
        + " diverged); use an output activation within " + domain + ", such as sigmoid or softmax, or another"
        + " cost such as quadratic");
  }
}
