package dev.nnlab.network.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nnlab.network.FeedForwardNetwork;
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

  private final FeedForwardNetwork network =
      NetworkBuilder.using(TestNets.CATALOG).input(5)
          .dense(4, "test-tanh", "test-randn(std=0.5)", "test-constant(value=0.1)")
          .dense(3, "test-softmax").weights("test-randn").biases("test-randn").seed(8).build();

  @Test
  void roundTripKeepsSizesSpecsAndEveryWeightBit() {
    Path file = directory.resolve("net.nnlab");
    NetworkFile.save(network, file);
    FeedForwardNetwork loaded = NetworkFile.load(file, TestNets.CATALOG);

    assertThat(loaded.sizes()).containsExactly(5, 4, 3);
    assertThat(loaded.toString()).isEqualTo(network.toString());
    assertThat(loaded.layer(0).weightInitializer().spec()).isEqualTo("test-randn(std=0.5)");
    for (int l = 0; l < 2; l++) {
      assertThat(loaded.layer(l).weights().value().data)
          .containsExactly(network.layer(l).weights().value().data);
      assertThat(loaded.layer(l).biases().value().data)
          .containsExactly(network.layer(l).biases().value().data);
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
    future[7] = 2;
    assertRefused(future, "has format version 2; this nnlab reads version 1");
  }

  @Test
  void absurdSizesInTheHeaderAreRefused() throws IOException {
    byte[] bytes = NetworkFile.encode(network);
    bytes[8] = (byte) 0x80; // input size negative
    assertRefused(bytes, "is corrupted", "its input size is -");
  }

  /** Writes the format by hand with arbitrary specs, as another nnlab installation might have. */
  private static byte[] fileWith(String activation, String weights) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(NetworkFile.MAGIC);
    out.writeInt(NetworkFile.VERSION);
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
    assertRefused(
        fileWith("test-sigmoid", "my-init(scale=2)"),
        "initializer 'my-init' is not on the classpath (layer 1 of ",
        "needs my-init(scale=2)");
    assertRefused(fileWith("gelu-x", "test-randn"), "activation 'gelu-x' is not on the classpath");
  }

  @Test
  void aPluginThatNoLongerAcceptsTheSavedParametersIsNamed() throws IOException {
    assertRefused(
        fileWith("test-sigmoid", "test-randn(mean=1)"),
        "the initializer 'test-randn' on the classpath refuses the saved spec test-randn(mean=1)",
        "unknown parameter 'mean'");
  }

  @Test
  void aMissingFileIsReportedWithItsPath() {
    Path missing = directory.resolve("none.nnlab");
    assertThatThrownBy(() -> NetworkFile.load(missing, TestNets.CATALOG))
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessageContaining("cannot read the network file " + missing);
  }
}
