package dev.nnlab.network.fast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FastOptionsTest {

  private final int processors = Math.min(FastOptions.MAX_THREADS, Runtime.getRuntime().availableProcessors());

  @Test
  void smallMiniBatchesStayOnOneThread() {
    assertThat(FastOptions.defaults().threadsFor(10, 40)).isEqualTo(1);
    assertThat(FastOptions.defaults().threadsFor(99, 1_000)).isEqualTo(1);
  }

  @Test
  void aMiniBatchOfHundredNeedsEnoughWorkPerBatch() {
    assertThat(FastOptions.defaults().threadsFor(100, 40)).isEqualTo(1);
    assertThat(FastOptions.defaults().threadsFor(100, 110)).isEqualTo(processors);
    assertThat(FastOptions.defaults().threadsFor(1_000, 40)).isEqualTo(processors);
  }

  @Test
  void anExplicitThreadCountWins() {
    assertThat(FastOptions.defaults().withThreads(2).threadsFor(10, 40)).isEqualTo(2);
    assertThat(FastOptions.defaults().withThreads(1).threadsFor(1_000, 1_000)).isEqualTo(1);
  }

  @Test
  void theSparseThresholdMustBeAFraction() {
    assertThatThrownBy(() -> FastOptions.defaults().withSparseThreshold(1.5))
        .hasMessageContaining("sparse threshold must be in [0, 1], got 1.5");
  }
}
