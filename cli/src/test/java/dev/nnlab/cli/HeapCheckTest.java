package dev.nnlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeapCheckTest {

  /** The intervals measured with ./nnlab train --epochs 1 at several -Xmx (docs/robustness.md). */
  @Test
  void theEstimateLandsInsideTheMeasuredIntervals() {
    assertThat(MemoryEstimate.of(List.of(784, 30, 10), 1, 0).totalMb()).isBetween(117L, 130L);
    assertThat(MemoryEstimate.of(List.of(784, 5000, 10), 1, 0).totalMb()).isBetween(160L, 200L);
    assertThat(MemoryEstimate.of(List.of(784, 30000, 10), 1, 0).totalMb()).isBetween(400L, 800L);
  }

  @Test
  void moreRunsAtOnceAndAProbeNeedMore() {
    MemoryEstimate one = MemoryEstimate.of(List.of(784, 100, 10), 1, 0);
    assertThat(MemoryEstimate.of(List.of(784, 100, 10), 2, 0).parameterBytes()).isEqualTo(2 * one.parameterBytes());
    assertThat(MemoryEstimate.of(List.of(784, 100, 10), 1, 1000).probeBytes()).isEqualTo(1000L * 894 * 32);
  }

  @Test
  void aNetworkTooBigForAnyHeapIsRefusedBeforeWorkNamingTheFigureAndTheHeap() {
    CommandResult result = CommandResult.run("train", "--data", "/nonexistent-data",
        "--sizes", "784,100000,100000,10");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().lines().toList()).hasSize(1);
    assertThat(result.err()).startsWith("nnlab: the network [784, 100000, 100000, 10]: needs about ")
        .contains(" MB (parameters ", "of Java heap, more than the ", "raise it with -Xmx");
  }
}
