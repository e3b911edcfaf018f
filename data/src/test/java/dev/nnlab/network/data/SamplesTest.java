package dev.nnlab.network.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SamplesTest {

  @TempDir Path dir;

  private Samples samples(int count) {
    IdxArray images = IdxReader.read(IdxFiles.write(dir.resolve("i" + count), IdxFiles.images(count, 2, 3)), 3);
    IdxArray labels = IdxReader.read(IdxFiles.write(dir.resolve("l" + count), IdxFiles.labels(count)), 1);
    return Samples.of(images, labels);
  }

  @Test
  void describesItsShape() {
    Samples samples = samples(7);
    assertThat(samples.size()).isEqualTo(7);
    assertThat(samples.rows()).isEqualTo(2);
    assertThat(samples.columns()).isEqualTo(3);
    assertThat(samples.inputSize()).isEqualTo(6);
    assertThat(samples.label(3)).isEqualTo(3);
  }

  @Test
  void scalesPixelsToTheUnitInterval() {
    byte[] data = {0, (byte) 255, (byte) 128, 1};
    IdxArray images = IdxReader.read(IdxFiles.write(dir.resolve("x"), IdxFiles.idx(new int[] {1, 2, 2}, data)), 3);
    IdxArray labels = IdxReader.read(IdxFiles.write(dir.resolve("y"), IdxFiles.labels(1)), 1);
    Samples samples = Samples.of(images, labels);

    assertThat(samples.pixel(0, 0)).isEqualTo(0.0);
    assertThat(samples.pixel(0, 1)).isEqualTo(1.0);
    assertThat(samples.pixel(0, 2)).isCloseTo(128 / 255.0, within(1e-15));
    assertThat(samples.pixel(0, 3)).isCloseTo(1 / 255.0, within(1e-15));
  }

  @Test
  void copiesABatchInTheGivenOrderRowMajor() {
    Samples samples = samples(5);
    int[] order = {4, 0, 2, 1, 3};
    double[] out = new double[2 * 6];

    samples.copyInputs(order, 1, 2, out);

    for (int j = 0; j < 6; j++) {
      assertThat(out[j]).isEqualTo(samples.pixel(0, j));
      assertThat(out[6 + j]).isEqualTo(samples.pixel(2, j));
      assertThat(out[6 + j]).isEqualTo(((2 * 7 + j) % 256) / 255.0);
    }
  }

  @Test
  void copiesInStoredOrderWithoutAnOrderArray() {
    Samples samples = samples(5);
    float[] floats = new float[3 * 6];
    samples.copyInputs(null, 2, 3, floats);
    for (int k = 0; k < 3; k++) {
      for (int j = 0; j < 6; j++) {
        assertThat((double) floats[k * 6 + j]).isCloseTo(samples.pixel(2 + k, j), within(1e-7));
      }
    }
  }

  @Test
  void fillsAndReshapesMatrices() {
    Samples samples = samples(10);
    DMatrixRMaj inputs = new DMatrixRMaj(1, 1);
    DMatrixRMaj targets = new DMatrixRMaj(1, 1);
    int[] order = {9, 3, 5};

    samples.copyInputs(order, 0, 3, inputs);
    samples.copyOneHot(order, 0, 3, targets);

    assertThat(inputs.numRows).isEqualTo(3);
    assertThat(inputs.numCols).isEqualTo(6);
    assertThat(inputs.get(1, 4)).isEqualTo(samples.pixel(3, 4));
    assertThat(targets.numRows).isEqualTo(3);
    assertThat(targets.numCols).isEqualTo(10);
    for (int k = 0; k < 3; k++) {
      double rowSum = 0;
      for (int c = 0; c < 10; c++) {
        rowSum += targets.get(k, c);
      }
      assertThat(rowSum).isEqualTo(1.0);
      assertThat(targets.get(k, samples.label(order[k]))).isEqualTo(1.0);
    }
  }

  @Test
  void oneHotClearsStaleValues() {
    Samples samples = samples(4);
    double[] out = new double[2 * 10];
    java.util.Arrays.fill(out, 7.0);
    samples.copyOneHot(null, 0, 2, out);
    assertThat(out).containsExactly(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0);
  }

  @Test
  void copiesLabels() {
    Samples samples = samples(12);
    int[] out = new int[3];
    samples.copyLabels(new int[] {11, 10, 1}, 0, 3, out);
    assertThat(out).containsExactly(1, 0, 1);
  }

  @Test
  void slicesShareStorageAndIndexFromZero() {
    Samples samples = samples(10);
    Samples tail = samples.slice(7, 10);
    assertThat(tail.size()).isEqualTo(3);
    assertThat(tail.label(0)).isEqualTo(7);
    assertThat(tail.pixel(1, 2)).isEqualTo(samples.pixel(8, 2));
    assertThat(samples.head(4).size()).isEqualTo(4);
  }

  @Test
  void refusesOrderEntriesOutsideTheView() {
    Samples view = samples(10).slice(0, 5);
    assertThatThrownBy(() -> view.copyLabels(new int[] {7}, 0, 1, new int[1]))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void refusesAnOutputBufferThatIsTooSmall() {
    Samples samples = samples(4);
    assertThatThrownBy(() -> samples.copyInputs(null, 0, 2, new double[11]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("output buffer holds 11 values; 2 samples × 6 need 12");
  }

  @Test
  void refusesAHeadLargerThanTheSet() {
    assertThatThrownBy(() -> samples(4).head(5)).hasMessageContaining("cannot take the first 5 of 4 samples");
  }

  @Test
  void refusesAnImageLabelCountMismatch() {
    Path imageFile = IdxFiles.write(dir.resolve("images"), IdxFiles.images(5, 2, 2));
    Path labelFile = IdxFiles.write(dir.resolve("labels"), IdxFiles.labels(4));
    IdxArray images = IdxReader.read(imageFile, 3);
    IdxArray labels = IdxReader.read(labelFile, 1);
    assertThatThrownBy(() -> Samples.of(images, labels))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("image/label count mismatch")
        .hasMessageContaining(imageFile + " holds 5 images")
        .hasMessageContaining(labelFile + " holds 4 labels");
  }

  @Test
  void refusesLabelsOutsideZeroToNine() {
    Path imageFile = IdxFiles.write(dir.resolve("images"), IdxFiles.images(3, 2, 2));
    Path labelFile = IdxFiles.write(dir.resolve("labels"), IdxFiles.idx(new int[] {3}, new byte[] {4, (byte) 200, 1}));
    IdxArray images = IdxReader.read(imageFile, 3);
    IdxArray labels = IdxReader.read(labelFile, 1);
    assertThatThrownBy(() -> Samples.of(images, labels))
        .isInstanceOf(IdxFormatException.class)
        .hasMessageContaining(labelFile.toString())
        .hasMessageContaining("label 200 at index 1 is outside 0–9");
  }
}
