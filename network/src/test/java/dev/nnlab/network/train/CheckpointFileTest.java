package dev.nnlab.network.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nnlab.network.ResumableRandom;
import dev.nnlab.network.io.NetworkFileException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointFileTest {

  @TempDir Path directory;

  private static CheckpointFile.Contents contents() {
    Map<String, String> fingerprint = new LinkedHashMap<>();
    fingerprint.put("network", "[4, 3, 2] sigmoid/sigmoid");
    fingerprint.put("seed", "1");
    TrainingHistory history = new TrainingHistory(List.of(0.5, 0.25),
        List.of(List.of(new Evaluation("test", 7, 10, 0.3)), List.of(new Evaluation("test", 8, 10, 0.2))));
    TrainingState state = new TrainingState(2, history, new int[] {2, 0, 1},
        new ResumableRandom.Position(5, 7), new ResumableRandom.Position(-9, 0x9e3779b97f4a7c15L),
        List.of(new double[] {1.5, -0.0, Double.MIN_VALUE}, new double[] {3}), new byte[] {1, 2, 3});
    return new CheckpointFile.Contents(fingerprint, state, "{\"epochs\":[]}");
  }

  @Test
  void everyFieldSurvivesTheFileBitForBit() throws IOException {
    Path file = directory.resolve("run.ckpt");
    CheckpointFile.save(contents(), file);
    CheckpointFile.Contents read = CheckpointFile.load(file);
    CheckpointFile.Contents written = contents();
    assertThat(read.fingerprint()).containsExactlyEntriesOf(written.fingerprint());
    assertThat(read.payload()).isEqualTo(written.payload());
    TrainingState s = read.state();
    assertThat(s.epochsDone()).isEqualTo(2);
    assertThat(s.history()).isEqualTo(written.state().history());
    assertThat(s.order()).containsExactly(2, 0, 1);
    assertThat(s.dataOrder()).isEqualTo(written.state().dataOrder());
    assertThat(s.dropout()).isEqualTo(written.state().dropout());
    assertThat(Double.doubleToRawLongBits(s.parameters().get(0)[1])).isEqualTo(Double.doubleToRawLongBits(-0.0));
    assertThat(s.parameters().get(0)).containsExactly(1.5, -0.0, Double.MIN_VALUE);
    assertThat(s.backendState()).containsExactly(1, 2, 3);
    try (var listing = Files.list(directory)) {
      assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("run.ckpt");
    }
  }

  @Test
  void aFlippedBitATruncationAndAnotherFileAreRefusedByName() throws IOException {
    byte[] bytes = CheckpointFile.encode(contents());
    byte[] flipped = bytes.clone();
    flipped[40] ^= 0x10;
    assertThatThrownBy(() -> CheckpointFile.decode(flipped, "c.ckpt"))
        .isInstanceOf(NetworkFileException.class).hasMessage("c.ckpt is a corrupted checkpoint: its CRC-32 does not match (truncated or changed)");
    assertThatThrownBy(() -> CheckpointFile.decode(Arrays.copyOf(bytes, bytes.length - 20), "c.ckpt"))
        .isInstanceOf(NetworkFileException.class).hasMessageContaining("corrupted checkpoint");
    assertThatThrownBy(() -> CheckpointFile.decode(Arrays.copyOf(bytes, 5), "c.ckpt"))
        .isInstanceOf(NetworkFileException.class).hasMessageContaining("c.ckpt is a corrupted checkpoint: it ends early");
    assertThatThrownBy(() -> CheckpointFile.decode("{\"format\": \"nnlab-run/1\"}".getBytes(), "run.json"))
        .isInstanceOf(NetworkFileException.class).hasMessage("run.json is not an nnlab checkpoint (it does not start with NNLABCKP)");
  }

  @Test
  void aLengthBeyondTheFileIsRefusedBeforeAllocating() {
    byte[] bytes = CheckpointFile.encode(contents());
    // the fingerprint count sits after magic and version; claim two billion entries, then fix the CRC
    ByteBuffer.wrap(bytes).putInt(12, Integer.MAX_VALUE);
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(bytes, 0, bytes.length - 8);
    ByteBuffer.wrap(bytes).putLong(bytes.length - 8, crc.getValue());
    assertThatThrownBy(() -> CheckpointFile.decode(bytes, "c.ckpt"))
        .isInstanceOf(NetworkFileException.class)
        .hasMessageContaining("claims 2147483647 fingerprint entries in");
  }
}
