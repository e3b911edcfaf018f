package dev.nnlab.network.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nnlab.core.layer.Network;
import dev.nnlab.core.layer.ParameterInitializers;
import dev.nnlab.network.NetworkBuilder;
import dev.nnlab.network.TestNets;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkFileTest {

  @TempDir Path directory;

  private final Network network =
      NetworkBuilder.using(TestNets.CATALOG).input(5)
          .dense(4, "test-tanh", "test-randn(std=0.5)", "test-constant(value=0.1)")
          .dense(3, "test-softmax").weights("test-randn").biases("test-randn").seed(8).build();

  @Test
  void roundTripKeepsSizesSpecsAndEveryWeightBit() {
    Path file = directory.resolve("net.nnlab");
    NetworkFile.save(network, file);
    Network loaded = NetworkFile.load(file, TestNets.CATALOG);

    assertThat(loaded.sizes()).containsExactly(5, 4, 3);
    assertThat(loaded.toString()).isEqualTo(network.toString());
    assertThat(loaded.layer(1).capability(ParameterInitializers.class).orElseThrow().weights().spec()).isEqualTo("test-randn(std=0.5)");
    for (int l = 0; l < 2; l++) {
      assertThat(loaded.parameter("layer" + (l + 1) + ".weights").value().data)
          .containsExactly(network.parameter("layer" + (l + 1) + ".weights").value().data);
      assertThat(loaded.parameter("layer" + (l + 1) + ".biases").value().data)
          .containsExactly(network.parameter("layer" + (l + 1) + ".biases").value().data);
    }
    DMatrixRMaj x = TestNets.uniform(1, 3, 5, 0, 1);
    DMatrixRMaj expected = new DMatrixRMaj(1, 1);
    DMatrixRMaj actual = new DMatrixRMaj(1, 1);
    network.feedForward(x, expected);
    loaded.feedForward(x, actual);
    assertThat(actual.data).containsExactly(expected.data);
  }

  @Test
  void savingReplacesTheOldFileAndLeavesNoTemporaryBehind() throws IOException {
    Path file = directory.resolve("sub/dir/net.nnlab");
    Files.createDirectories(file.getParent());
    NetworkFile.save(TestNets.network(1, "test-sigmoid", 2, 2), file);
    NetworkFile.save(network, file);

    assertThat(NetworkFile.load(file, TestNets.CATALOG).sizes()).containsExactly(5, 4, 3);
    try (var files = Files.list(file.getParent())) {
      assertThat(files).containsExactly(file);
    }
  }

  private void assertRefused(byte[] bytes, String... fragments) throws IOException {
    Path file = directory.resolve("bad.nnlab");
    Files.write(file, bytes);
    var assertion =
        assertThatThrownBy(() -> NetworkFile.load(file, TestNets.CATALOG))
            .isInstanceOf(NetworkFileException.class)
            .hasMessageContaining(file.toString());
    for (String fragment : fragments) {
      assertion.hasMessageContaining(fragment);
    }
  }

  @Test
  void truncatedFilesAreRefusedWhereverTheyEnd() throws IOException {
    byte[] bytes = NetworkFile.encode(network);
    assertRefused(Arrays.copyOf(bytes, 0), "is truncated", "in the header");
    assertRefused(Arrays.copyOf(bytes, 10), "is truncated", "in the header");
    assertRefused(Arrays.copyOf(bytes, 30), "is truncated");
    assertRefused(Arrays.copyOf(bytes, bytes.length / 2), "is truncated", "expected " + bytes.length + " bytes");
    assertRefused(Arrays.copyOf(bytes, bytes.length - 1), "is truncated");
  }

  @Test
  void aFlippedBitIsCaughtByTheChecksum() throws IOException {
    byte[] bytes = NetworkFile.encode(network);
    bytes[bytes.length - 100] ^= 0x10;
    assertRefused(bytes, "is corrupted", "checksum does not match");
  }

  @Test
  void trailingBytesAreRefused() throws IOException {
    byte[] bytes = Arrays.copyOf(NetworkFile.encode(network), NetworkFile.encode(network).length + 3);
    assertRefused(bytes, "is corrupted", "3 bytes after the checksum");
  }

  @Test
  void otherFilesAndOtherVersionsAreRefused() throws IOException {
    assertRefused("hello, world! this is text".getBytes(), "is not an nnlab network file");
    byte[] future = NetworkFile.encode(network);
    future[7] = 3;
    assertRefused(future, "has format version 3; this nnlab reads versions 1 and 2");
  }

  @Test
  void absurdSizesInTheHeaderAreRefused() throws IOException {
    byte[] bytes = NetworkFile.encode(network);
    bytes[8] = (byte) 0x80; // input channels negative
    assertRefused(bytes, "is corrupted", "its input channels is -");
  }

  /**
   * 8,192 parameters of 2^24 × 2^24 doubles: 8 · 2^48 · 2^13 bytes is 2^64, which wraps a long to
   * 0, so an unchecked sum "expects" exactly the header and the checksum, and the CRC is valid.
   */
  @Test
  void lengthsWhoseSumOverflowsAreRefusedThoughTheChecksumIsValid() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(NetworkFile.MAGIC);
    out.writeInt(NetworkFile.VERSION);
    out.writeInt(1);
    out.writeInt(1);
    out.writeInt(5);
    out.writeInt(1);
    out.writeUTF("test-dense(units=3)");
    out.writeUTF("");
    out.writeUTF("");
    out.writeUTF("");
    out.writeInt(8192);
    for (int p = 0; p < 8192; p++) {
      out.writeInt(1 << 24);
      out.writeInt(1 << 24);
    }
    out.flush();
    CRC32 crc = new CRC32();
    crc.update(bytes.toByteArray());
    out.writeLong(crc.getValue());

    assertRefused(bytes.toByteArray(), "is corrupted", "than a file can hold");
  }

  /** Writes format version 1 by hand with arbitrary specs, as an older nnlab installation might have. */
  private static byte[] fileWith(String activation, String weights) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(NetworkFile.MAGIC);
    out.writeInt(NetworkFile.VERSION_1);
    out.writeInt(2);
    out.writeInt(1);
    out.writeInt(1);
    out.writeUTF(activation);
    out.writeUTF(weights);
    out.writeUTF("test-randn");
    for (int i = 0; i < 3; i++) {
      out.writeDouble(i);
    }
    out.flush();
    CRC32 crc = new CRC32();
    crc.update(bytes.toByteArray());
    out.writeLong(crc.getValue());
    return bytes.toByteArray();
  }

  @Test
  void aMissingPluginIsNamed() throws IOException {
    assertThat(NetworkFile.decode(fileWith("test-sigmoid", "test-randn"), "ok", TestNets.CATALOG).sizes())
        .containsExactly(2, 1);
    assertRefused(fileWith("gelu-x", "test-randn"), "activation 'gelu-x' is not on the classpath");
  }

  @Test
  void aMissingApplicationPluginIsNotBlamedOnAStockModule() throws IOException {
    Path file = directory.resolve("app.nnlab");
    Files.write(file, fileWith("my-app-activation", "test-randn"));
    assertThatThrownBy(() -> NetworkFile.load(file, TestNets.CATALOG))
        .hasMessageContaining("'my-app-activation' is not a stock nnlab activation: add the jar that provides it")
        .hasMessageNotContaining("dev.nnlab:");
  }

  @Test
  void saveRefusesAMissingDirectoryAndCreatesNothing() {
    Path target = directory.resolve("not-there").resolve("net.nnlab");
    assertThatThrownBy(() -> NetworkFile.save(TestNets.network(1, "test-sigmoid", 2, 2), target))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot save the network to " + target + ": the directory " + target.getParent()
            + " does not exist (create it first; saving creates no directories)");
    assertThat(target.getParent()).doesNotExist();
  }

  @Test
  void aVersion1FileLoadsWithoutItsInitializerPluginsAndKeepsTheirSpecs() throws IOException {
    Network loaded = NetworkFile.decode(fileWith("test-sigmoid", "my-init(scale=2)"), "old", TestNets.CATALOG);
    ParameterInitializers init = loaded.layer(1).capability(ParameterInitializers.class).orElseThrow();
    assertThat(init.weights().spec()).isEqualTo("my-init(scale=2)");
    assertThat(loaded.parameter("layer1.weights").value().data).containsExactly(0, 1);
    assertThat(loaded.parameter("layer1.biases").value().data).containsExactly(2);
    assertThatThrownBy(() -> loaded.layer(1).initialize(new java.util.SplittableRandom(1), new java.util.SplittableRandom(2)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("my-init(scale=2) is kept as a name only");
  }

  @Test
  void aPluginThatNoLongerAcceptsTheSavedParametersIsNamed() throws IOException {
    assertRefused(
        fileWith("test-sigmoid(mean=1)", "test-randn"),
        "the activation 'test-sigmoid' on the classpath refuses the saved spec test-sigmoid(mean=1)",
        "unknown parameter 'mean'");
  }

  @Test
  void version2KeepsTheInputShapeAndTheLayerSpecsAndNeedsNoInitializerPlugin() {
    Network layered =
        NetworkBuilder.using(TestNets.CATALOG).input(dev.nnlab.core.layer.Shape.image(1, 2, 3))
            .layers("dense(units=4, weights=test-randn(std=0.5)), dense(units=2, activation=test-softmax)")
            .hiddenActivation("test-tanh").outputActivation("test-sigmoid")
            .weights("test-randn").biases("test-constant(value=0.1)").seed(3).build();
    byte[] bytes = NetworkFile.encode(layered);
    Network loaded = NetworkFile.decode(bytes, "layered", TestNets.CATALOG);

    assertThat(loaded.inputShape()).isEqualTo(dev.nnlab.core.layer.Shape.image(1, 2, 3));
    assertThat(loaded.toString()).isEqualTo(layered.toString());
    assertThat(loaded.layer(1).definition()).hasToString("dense(units=4)");
    assertThat(loaded.layer(1).activation().orElseThrow().spec()).isEqualTo("test-tanh");
    assertThat(loaded.layer(2).activation().orElseThrow().spec()).isEqualTo("test-softmax");
    assertThat(loaded.layer(1).capability(ParameterInitializers.class).orElseThrow().weights().spec())
        .isEqualTo("test-randn(std=0.5)");
    for (dev.nnlab.core.model.Parameter p : layered.parameters()) {
      assertThat(loaded.parameter(p.name()).value().data).containsExactly(p.value().data);
    }

    // the same file as if trained with an initializer this classpath lacks (same length, new CRC)
    byte[] foreign = replace(bytes, "test-randn(std=0.5)", "my-init(scale=2.50)");
    Network elsewhere = NetworkFile.decode(foreign, "foreign", TestNets.CATALOG);
    assertThat(elsewhere.layer(1).capability(ParameterInitializers.class).orElseThrow().weights().spec())
        .isEqualTo("my-init(scale=2.50)");
    assertThat(elsewhere.parameter("layer1.weights").value().data)
        .containsExactly(layered.parameter("layer1.weights").value().data);
  }

  private static byte[] replace(byte[] bytes, String from, String to) {
    byte[] a = from.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] b = to.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] out = bytes.clone();
    int replaced = 0;
    for (int i = 0; i + a.length <= out.length - 8; i++) {
      if (Arrays.equals(out, i, i + a.length, a, 0, a.length)) {
        System.arraycopy(b, 0, out, i, b.length);
        replaced++;
      }
    }
    assertThat(replaced).isPositive();
    CRC32 crc = new CRC32();
    crc.update(out, 0, out.length - 8);
    java.nio.ByteBuffer.wrap(out, out.length - 8, 8).putLong(crc.getValue());
    return out;
  }

  @Test
  void aMissingFileIsReportedWithItsPath() {
    Path missing = directory.resolve("none.nnlab");
    assertThatThrownBy(() -> NetworkFile.load(missing, TestNets.CATALOG))
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessageContaining("cannot read the network file " + missing);
  }
}
