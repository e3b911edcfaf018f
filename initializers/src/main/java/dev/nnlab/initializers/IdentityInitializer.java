package dev.nnlab.initializers;

import dev.nnlab.core.init.Fan;
import dev.nnlab.core.init.Initializer;
import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;

/**
 * gain on the main diagonal, 0 elsewhere — for a non-square target the rectangular identity
 * (W[i][i] = gain for i &lt; min(rows, cols)), as PyTorch's {@code eye_} and Keras's
 * {@code Identity}. Draws nothing from the generator.
 */
final class IdentityInitializer implements Initializer {

  private final double gain;

  IdentityInitializer(double gain) {
    this.gain = gain;
  }

  @Override
  public void initialize(DMatrixRMaj target, Fan fan, RandomGenerator random) {
    TargetShape.check(target, fan);
    target.zero();
    int diagonal = Math.min(target.getNumRows(), target.getNumCols());
    for (int i = 0; i < diagonal; i++) {
      target.unsafe_set(i, i, gain);
    }
  }

  @Override
  public String formula(Fan fan) {
    int diagonal = Math.min(fan.outChannels(), fan.in());
    return Numbers.show(gain) + " on the " + diagonal + " diagonal entries of the " + fan.outChannels()
        + "×" + fan.in() + " weights, 0 elsewhere";
  }

  @Override
  public String toString() {
    return "identity(gain=" + Numbers.show(gain) + ")";
  }
}
