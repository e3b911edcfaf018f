package dev.nnlab.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.nnlab.core.layer.ConvolutionGeometry;
import dev.nnlab.core.layer.Shape;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class Im2ColTest {

  private static final Shape IN = Shape.image(2, 4, 5);
  private static final ConvolutionGeometry G = new ConvolutionGeometry(IN, 1, 3, 2, 1, null);
  private static final Shape OUT = Windows.convolution(IN, 1, 3, 2, 1);

  @Test
  void columnsHoldEachShiftedChannelWithZerosInThePadding() {
    DMatrixRMaj x = new DMatrixRMaj(1, IN.size());
    for (int i = 0; i < x.getNumElements(); i++) {
      x.data[i] = i + 1;
    }
    DMatrixRMaj columns = new DMatrixRMaj(18, OUT.height() * OUT.width());
    Im2Col.expand(x, G, OUT, columns);
    assertThat(OUT).isEqualTo(Shape.image(1, 2, 3));
    // row (c=0, u=0, v=0) reads x[0][2i - 1][2j - 1]: only (i, j) = (1, 1) and (1, 2) are inside, at x[0][1][1] and x[0][1][3]
    assertThat(columns.get(0, 0)).isZero();
    assertThat(columns.get(0, 4)).isEqualTo(x.get(0, 5 + 1));
    assertThat(columns.get(0, 5)).isEqualTo(x.get(0, 5 + 3));
    // row (c=1, u=1, v=1) is channel 1 at (2i, 2j)
    assertThat(columns.get(9 + 4, 0)).isEqualTo(x.get(0, 20));
    assertThat(columns.get(9 + 4, 5)).isEqualTo(x.get(0, 20 + 2 * 5 + 4));
  }

  @Test
  void foldIsTheTransposeOfExpand() {
    DMatrixRMaj x = TestLayers.gaussian(3, IN.size(), 1);
    DMatrixRMaj c = TestLayers.gaussian(18, 3 * 6, 2);
    DMatrixRMaj expanded = new DMatrixRMaj(18, 18);
    Im2Col.expand(x, G, OUT, expanded);
    DMatrixRMaj folded = new DMatrixRMaj(3, IN.size());
    folded.fill(Double.NaN);
    Im2Col.fold(c, G, OUT, folded);
    double left = 0;
    double right = 0;
    for (int i = 0; i < c.getNumElements(); i++) {
      left += expanded.data[i] * c.data[i];
    }
    for (int i = 0; i < x.getNumElements(); i++) {
      right += x.data[i] * folded.data[i];
    }
    assertThat(left).isCloseTo(right, within(1e-12));
  }
}
