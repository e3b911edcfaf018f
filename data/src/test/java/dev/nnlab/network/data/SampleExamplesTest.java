package dev.nnlab.network.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleExamplesTest {

  @TempDir Path dir;

  @Test
  void gathersScaledPixelsAndOneHotTargetsInTheGivenOrder() throws IOException {
    byte[] pixels = new byte[3 * 4];
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = (byte) (i * 20);
    }
    Path images = IdxFiles.write(dir.resolve("images"), IdxFiles.idx(new int[] {3, 2, 2}, pixels));
    Path labels = IdxFiles.write(dir.resolve("labels"), IdxFiles.idx(new int[] {3}, new byte[] {4, 0, 9}));
    Samples samples = Samples.of(IdxReader.read(images, 3), IdxReader.read(labels, 1));
    SampleExamples examples = new SampleExamples(samples);
    assertThat(examples.size()).isEqualTo(3);
    assertThat(examples.inputSize()).isEqualTo(4);
    assertThat(examples.outputSize()).isEqualTo(10);
    assertThat(examples.label(2)).isEqualTo(9);
    DMatrixRMaj x = new DMatrixRMaj(1, 1);
    DMatrixRMaj y = new DMatrixRMaj(1, 1);
    examples.gather(new int[] {2, 0}, 0, 2, x, y);
    assertThat(x.numRows).isEqualTo(2);
    assertThat(x.get(0, 1)).isEqualTo(180 / 255.0);
    assertThat(x.get(1, 3)).isEqualTo(60 / 255.0);
    assertThat(y.get(0, 9)).isEqualTo(1.0);
    assertThat(y.get(1, 4)).isEqualTo(1.0);
    assertThat(org.ejml.dense.row.CommonOps_DDRM.elementSum(y)).isEqualTo(2.0);
  }
}
