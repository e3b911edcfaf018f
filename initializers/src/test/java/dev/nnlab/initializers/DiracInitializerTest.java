package dev.nnlab.initializers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nnlab.core.init.Fan;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiracInitializerTest {

  /** The ones' flat indices as torch.nn.init.dirac_ places them, from scripts/pytorch-dirac-references.py. */
  @ParameterizedTest(name = "{0} filters, {1} channels, {2}×{3} kernel: ones at {4}")
  @CsvSource({
    "8, 3, 3, 3, '4 40 76'",
    "3, 8, 3, 3, '4 85 166'",
    "20, 1, 5, 5, '12'",
    "4, 4, 4, 4, '10 90 170 250'",
    "2, 3, 2, 5, '7 47'",
    "5, 3, 1, 1, '0 4 8'",
    "1, 1, 1, 1, '0'",
  })
  void placesItsOnesWherePyTorchDoes(int filters, int channels, int kh, int kw, String ones) {
    Fan fan = Fan.convolution(channels, filters, kh, kw);
    DMatrixRMaj w = new DMatrixRMaj(filters, channels * kh * kw);
    Arrays.fill(w.data, 9);

    new DiracInitializer().initialize(w, fan, new SplittableRandom(1));

    int[] expected = Arrays.stream(ones.split(" ")).mapToInt(Integer::parseInt).toArray();
    double[] pytorch = new double[w.data.length];
    for (int index : expected) {
      pytorch[index] = 1;
    }
    assertThat(w.data).isEqualTo(pytorch);
  }

  /** Convolving an image with the dirac kernel (stride 1, 'same' padding) gives the image back. */
  @Test
  void anOddKernelConvolutionReproducesItsInputChannels() {
    int channels = 2;
    int filters = 3;
    int k = 3;
    int size = 4;
    DMatrixRMaj w = new DMatrixRMaj(filters, channels * k * k);
    new DiracInitializer().initialize(w, Fan.convolution(channels, filters, k, k), new SplittableRandom(1));
    double[][][] image = new double[channels][size][size];
    SplittableRandom random = new SplittableRandom(5);
    for (double[][] channel : image) {
      for (double[] row : channel) {
        Arrays.setAll(row, i -> random.nextDouble());
      }
    }
    for (int f = 0; f < filters; f++) {
      for (int y = 0; y < size; y++) {
        for (int x = 0; x < size; x++) {
          double sum = 0;
          for (int c = 0; c < channels; c++) {
            for (int u = 0; u < k; u++) {
              for (int v = 0; v < k; v++) {
                int yy = y + u - k / 2;
                int xx = x + v - k / 2;
                if (yy >= 0 && yy < size && xx >= 0 && xx < size) {
                  sum += w.get(f, (c * k + u) * k + v) * image[c][yy][xx];
                }
              }
            }
          }
          assertThat(sum).as("filter %d at (%d, %d)", f, y, x).isEqualTo(f < channels ? image[f][y][x] : 0);
        }
      }
    }
  }

  @Test
  void aBiasIsZeroAndADenseLayerGetsTheRectangularIdentity() {
    DMatrixRMaj bias = new DMatrixRMaj(8, 1);
    Arrays.fill(bias.data, 9);
    new DiracInitializer().initialize(bias, Fan.convolution(3, 8, 3, 3), new SplittableRandom(1));
    assertThat(bias.data).containsOnly(0);

    DMatrixRMaj dense = new DMatrixRMaj(2, 3);
    new DiracInitializer().initialize(dense, new Fan(3, 2), new SplittableRandom(1));
    assertThat(dense.data).containsExactly(1, 0, 0, 0, 1, 0);
  }

  @Test
  void refusesAFanOutTargetThatIsNotOneRowPerFilter() {
    Fan fan = Fan.convolution(3, 8, 3, 3);

    assertThatThrownBy(() -> new DiracInitializer().initialize(new DMatrixRMaj(72, 27), fan, new SplittableRandom(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the target is 72×27 but expected 8×27 weights or 8×1 biases for"
            + " fan(in=27, out=72, kernel=3×3)");
  }

  @Test
  void formulaNamesTheKernelCentreAndTheOnes() {
    assertThat(new DiracInitializer().formula(Fan.convolution(1, 20, 5, 5)))
        .isEqualTo("filter f < 1 is 1 at (row 2, column 2) of its 5×5 kernel on channel f, 0 elsewhere:"
            + " 20×25 weights with 1 ones");
  }
}
