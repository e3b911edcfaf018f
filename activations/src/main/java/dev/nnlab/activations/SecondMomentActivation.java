package dev.nnlab.activations;

import dev.nnlab.core.activation.ElementwiseActivation;
import dev.nnlab.core.activation.Range;
import java.util.function.DoubleUnaryOperator;

/**
 * An elementwise activation PyTorch's {@code calculate_gain} has no value for: its gain is the
 * second-moment rule of {@link SecondMomentGain}, computed once here so that each such activation
 * states only its function, derivative, range and name.
 */
abstract class SecondMomentActivation implements ElementwiseActivation {

  private final double gain;
  private final Range range;
  private final String description;

  /**
   * @param f the activation itself; passed in rather than read from {@link #value} because the
   *     subclass's fields are not yet set while this constructor runs
   * @param description what {@link #toString()} returns: the name and every parameter
   */
  SecondMomentActivation(DoubleUnaryOperator f, Range range, String description) {
    this.gain = SecondMomentGain.of(f);
    this.range = range;
    this.description = description;
  }

  /** No PyTorch value: the second-moment rule of {@link SecondMomentGain}. */
  @Override
  public final double gain() {
    return gain;
  }

  @Override
  public final Range range() {
    return range;
  }

  @Override
  public final String toString() {
    return description;
  }
}
