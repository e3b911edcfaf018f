package dev.nnlab.cli.train;

import dev.nnlab.network.data.DataFile;
import dev.nnlab.network.data.DataSet;
import dev.nnlab.network.data.DataSetDefinition;
import dev.nnlab.network.data.IdxArray;
import dev.nnlab.network.data.Samples;
import dev.nnlab.network.data.VerifiedFile;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A small MNIST-shaped data set that a network learns in one epoch: class k lights rows 2k+3 and
 * 2k+4 of a 28×28 image, over faint noise. Lets the training pipeline be tested without MNIST.
 */
public final class SyntheticDigits {

  private SyntheticDigits() {}

  public static Samples samples(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    byte[] pixels = new byte[n * 784];
    byte[] labels = new byte[n];
    for (int i = 0; i < n; i++) {
      int label = i % 10;
      labels[i] = (byte) label;
      for (int j = 0; j < 784; j++) {
        int row = j / 28;
        boolean lit = row == 2 * label + 3 || row == 2 * label + 4;
        pixels[i * 784 + j] = (byte) (lit ? 200 + random.nextInt(56) : random.nextInt(40));
      }
    }
    Path file = Path.of("synthetic");
    return Samples.of(
        new IdxArray(file, new int[] {n, 28, 28}, pixels), new IdxArray(file, new int[] {n}, labels));
  }

  /** {@code train} training images, 200 validation and 300 test images, with made-up file hashes. */
  public static DataSet dataSet(int train) {
    List<VerifiedFile> files =
        Arrays.stream(DataFile.values())
            .map(f -> new VerifiedFile(f, Path.of("synthetic", f.fileName()), DataSetDefinition.MNIST.sha256(f)))
            .toList();
    return new DataSet(
        DataSetDefinition.MNIST,
        samples(train, 1),
        samples(200, 2),
        samples(300, 3),
        Path.of("synthetic"),
        "generated for tests",
        files);
  }
}
