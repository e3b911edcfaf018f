package dev.nnlab.network.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A header that declares 1.96 GB (60000 × 181 × 181, one flipped bit away from real sizes) over a
 * few bytes of data: refused as truncated, having allocated about what the file holds, not what it
 * claims. Measured with the thread's allocation counter, so the test fails on an up-front
 * allocation even where the heap is big enough for it.
 */
class IdxReaderBoundsTest {

  private static final int[] LYING = {60_000, 181, 181};

  @TempDir Path dir;

  private static long allocatedBytes() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
  }

  @Test
  void aGzipHeaderThatLiesAllocatesWhatTheStreamHoldsNotWhatItClaims() {
    Path file = IdxFiles.write(dir.resolve("lying.gz"), IdxFiles.gzip(IdxFiles.idx(LYING, new byte[1000])));

    long before = allocatedBytes();
    assertThatThrownBy(() -> IdxReader.read(file, 3))
        .isInstanceOf(IdxFormatException.class)
        .hasMessageContaining("truncated: the header declares 60000 × 181 × 181 = 1965660000 bytes of data but only 1000 follow");
    assertThat(allocatedBytes() - before).isLessThan(64L << 20);
  }

  @Test
  void aPlainHeaderThatLiesIsRefusedByTheFileLengthBeforeAnyAllocation() {
    Path file = IdxFiles.write(dir.resolve("lying"), IdxFiles.idx(LYING, new byte[1000]));

    long before = allocatedBytes();
    assertThatThrownBy(() -> IdxReader.read(file, 3))
        .isInstanceOf(IdxFormatException.class)
        .hasMessageContaining("but only 1000 follow");
    assertThat(allocatedBytes() - before).isLessThan(16L << 20);
  }
}
