package dev.nnlab.initializers;

import dev.nnlab.core.init.Fan;
import dev.nnlab.core.init.Initializer;
import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;

/**
 * PyTorch's {@code dirac_} with groups = 1: the convolution that copies input channel f to output
 * channel f unchanged, for f &lt; min(filters, channels), and outputs 0 on the other filters. Filter
 * f's kernel is 1 at the centre of its channel f and 0 elsewhere; an even kernel side has no centre
 * and, as in PyTorch, takes position side/2 (so the output shifts by half a pixel). A dense layer is
 * a convolution with a 1×1 kernel, for which this is the rectangular identity. A bias is all zeros,
 * the bias of the identity map. Draws nothing from the generator.
 */
final class DiracInitializer implements Initializer {

  @Override
  public void initialize(DMatrixRMaj target, Fan fan, RandomGenerator random) {
    TargetShape.check(target, fan);
    target.zero();
    boolean bias = target.getNumCols() == 1 && fan.in() > 1;
    if (bias) {
      return;
    }
    int field = fan.kernelHeight() * fan.kernelWidth();
    for (int f = 0; f < passedThrough(fan); f++) {
      // Column (c·kh + u)·kw + v of the F × (C·kh·kw) weights, with c = f at the centre (u, v).
      target.unsafe_set(f, f * field + centre(fan), 1);
    }
  }

  private static int passedThrough(Fan fan) {
    return Math.min(fan.outChannels(), fan.inChannels());
  }

  private static int centre(Fan fan) {
    return (fan.kernelHeight() / 2) * fan.kernelWidth() + fan.kernelWidth() / 2;
  }

  @Override
  public String formula(Fan fan) {
    int channels = passedThrough(fan);
    String weights = fan.outChannels() + "×" + fan.in() + " weights";
    if (!fan.isConvolution()) {
      return "1 on the " + channels + " diagonal entries of the " + weights + ", 0 elsewhere"
          + " (a 1×1 kernel)";
    }
    return "filter f < " + channels + " is 1 at (row " + fan.kernelHeight() / 2 + ", column "
        + fan.kernelWidth() / 2 + ") of its " + fan.kernelHeight() + "×" + fan.kernelWidth()
        + " kernel on channel f, 0 elsewhere: " + weights + " with " + channels + " ones";
  }

  @Override
  public String toString() {
    return "dirac";
  }
}
