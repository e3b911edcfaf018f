package dev.nnlab.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.nnlab.core.layer.Layer;
import dev.nnlab.core.layer.Mode;
import dev.nnlab.core.layer.Shape;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * conv(filters=2, kernel=2, activation=identity) → max-pool(size=2) → flatten on one 3×3 image,
 * forward and backward, against the arithmetic written out by hand.
 */
class ConvNetByHandTest {

  @Test
  void forwardAndBackwardMatchTheHandComputation() {
    Layer conv = TestLayers.build("conv(filters=2, kernel=2, activation=identity)", Shape.image(1, 3, 3));
    Layer pool = TestLayers.build("max-pool(size=2)", conv.outputShape());
    Layer flatten = TestLayers.build("flatten", pool.outputShape());
    // filter 0 = [[1, -1], [0.5, 2]], b0 = 0.5; filter 1 picks the window's bottom-right, b1 = -1
    conv.parameters().get(0).value().setTo(new DMatrixRMaj(2, 4, true, 1, -1, 0.5, 2, 0, 0, 0, 1));
    conv.parameters().get(1).value().setTo(new DMatrixRMaj(2, 1, true, 0.5, -1));
    DMatrixRMaj image = TestLayers.row(1, 2, 0, 0, 1, 3, 2, 1, 1);

    DMatrixRMaj z = TestLayers.forward(conv, image, Mode.TRAINING);
    // filter 0: 1-2+0+2+0.5, 2-0+0.5+6+0.5, 0-1+1+2+0.5, 1-3+0.5+2+0.5; filter 1: 1-1, 3-1, 1-1, 1-1
    assertThat(z.data).containsExactly(1.5, 9.0, 2.5, 1.0, 0, 2, 0, 0);
    DMatrixRMaj pooled = TestLayers.forward(pool, z, Mode.TRAINING);
    DMatrixRMaj out = TestLayers.forward(flatten, pooled, Mode.TRAINING);
    assertThat(out.numCols).isEqualTo(2);
    assertThat(out.data).containsExactly(9.0, 2.0);

    DMatrixRMaj gradOut = TestLayers.row(2, -1);
    DMatrixRMaj gradPooled = new DMatrixRMaj(1, 1);
    DMatrixRMaj gradZ = new DMatrixRMaj(1, 1);
    DMatrixRMaj gradImage = new DMatrixRMaj(1, 1);
    flatten.backward(gradOut, false, gradPooled);
    pool.backward(gradPooled, false, gradZ);
    // both maxima sit at window position (0, 1)
    assertThat(gradZ.data).containsExactly(0, 2, 0, 0, 0, -1, 0, 0);
    conv.backward(gradZ, false, gradImage);
    // ∂C/∂W_f = g_f · window (0, 1) = g_f · [2, 0, 1, 3]; ∂C/∂b_f = g_f
    assertThat(conv.parameters().get(0).gradient().data).containsExactly(4, 0, 2, 6, -2, 0, -1, -3);
    assertThat(conv.parameters().get(1).gradient().data).containsExactly(2, -1);
    // ∂C/∂x: 2·W_0 and -1·W_1 laid over the window at (0, 1)
    double[] expected = {0, 2, -2, 0, 1, 4 - 1, 0, 0, 0};
    for (int i = 0; i < expected.length; i++) {
      assertThat(gradImage.data[i]).as("pixel %d", i).isCloseTo(expected[i], within(1e-15));
    }
  }
}
