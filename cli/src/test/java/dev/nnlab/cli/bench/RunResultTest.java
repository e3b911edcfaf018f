package dev.nnlab.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RunResultTest {

  @Test
  void collectsEpochsAndPeakRssAndSkipsEpochZeroForSteadyTimes() {
    RunResult result = RunResult.parse("numpy", List.of(
        "numpy 1.26, sizes [784, 30, 10] ...",
        "Epoch 0: 9000 / 10000   train 0.9s (cpu 0.800s)  eval 0.1s",
        "Epoch 1: 9200 / 10000   train 0.5s (cpu 0.400s)  eval 0.1s",
        "Epoch 2: 9300 / 10000   train 0.5s (cpu 0.420s)  eval 0.1s",
        "peak rss 481234 kB"), 4.5);
    assertThat(result.epochs()).hasSize(3);
    assertThat(result.steadyCpuSeconds()).containsExactly(0.4, 0.42);
    assertThat(result.peakRssKb()).hasValue(481234);
    assertThat(result.last().correct()).isEqualTo(9300);
    assertThat(result.wallSeconds()).isEqualTo(4.5);
  }
}
