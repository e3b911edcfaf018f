package dev.nnlab.network.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real data sets, where this machine has them: MNIST from the directory named by the
 * environment variable {@code NNLAB_TEST_MNIST} (set by {@code .ci/run}), Fashion-MNIST from Debian's
 * {@code dataset-fashion-mnist}. Skipped, never failed, when they are absent.
 */
class RealFilesTest {

  static final String MNIST_VARIABLE = "NNLAB_TEST_MNIST";

  @TempDir Path cache;

  private static Path mnistDirectory() {
    String value = System.getenv(MNIST_VARIABLE);
    assumeTrue(value != null && !value.isBlank(), MNIST_VARIABLE + " is not set; it names a directory holding the real MNIST files");
    Path directory = Path.of(value);
    assumeTrue(Files.isDirectory(directory), MNIST_VARIABLE + "=" + value + " is not a directory");
    return directory;
  }

  @Test
  void readsRealMnistWithNielsensSplit() {
    DataSet data = new DataSetLoader(cache, dataSet -> List.of()).fromDirectory(DataSetDefinition.MNIST, mnistDirectory());

    assertThat(data.train().size()).isEqualTo(50_000);
    assertThat(data.validation().size()).isEqualTo(10_000);
    assertThat(data.test().size()).isEqualTo(10_000);
    assertThat(data.train().inputSize()).isEqualTo(784);
    // Well-known facts about MNIST: the first training digit is a 5, the first test digit a 7.
    assertThat(data.train().label(0)).isEqualTo(5);
    assertThat(data.test().label(0)).isEqualTo(7);
    int[] counts = new int[10];
    int[] labels = new int[data.test().size()];
    data.test().copyLabels(null, 0, labels.length, labels);
    for (int label : labels) {
      counts[label]++;
    }
    // The test set's class counts, as published with the data set.
    assertThat(counts).containsExactly(980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009);
  }

  @Test
  void cachesRealMnistFromADirectorySource() {
    Path source = mnistDirectory();
    DataSetLoader loader =
        new DataSetLoader(cache, dataSet -> List.of(new LocalDirectorySource(source, "shared data")));

    DataSet first = loader.load(DataSetDefinition.MNIST, FetchListener.NONE);
    DataSet second = loader.load(DataSetDefinition.MNIST, FetchListener.NONE);

    assertThat(first.origin()).startsWith("fetched into the cache from directory");
    assertThat(second.origin()).isEqualTo("the cache");
    assertThat(second.files()).extracting(VerifiedFile::sha256)
        .containsExactly(
            DataSetDefinition.MNIST.sha256(DataFile.TRAIN_IMAGES),
            DataSetDefinition.MNIST.sha256(DataFile.TRAIN_LABELS),
            DataSetDefinition.MNIST.sha256(DataFile.TEST_IMAGES),
            DataSetDefinition.MNIST.sha256(DataFile.TEST_LABELS));
  }

  @Test
  void readsFashionMnistFromTheDebianPackage() {
    Path system = DataSetDefinition.FASHION_MNIST.systemPackage().orElseThrow().directory();
    assumeTrue(Files.isDirectory(system), system + " is absent; install the Debian package dataset-fashion-mnist");

    DataSet data = new DataSetLoader(cache, dataSet -> List.of()).fromDirectory(DataSetDefinition.FASHION_MNIST, system);

    assertThat(data.train().size()).isEqualTo(50_000);
    assertThat(data.validation().size()).isEqualTo(10_000);
    assertThat(data.test().size()).isEqualTo(10_000);
    int[] labels = new int[data.test().size()];
    data.test().copyLabels(null, 0, labels.length, labels);
    int[] counts = new int[10];
    for (int label : labels) {
      counts[label]++;
    }
    assertThat(counts).containsOnly(1000);
  }
}
