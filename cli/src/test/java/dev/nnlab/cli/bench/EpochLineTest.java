package dev.nnlab.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EpochLineTest {

  @Test
  void readsTheYardsticksLinesAndItsOwn() {
    EpochLine numpy = EpochLine.parse("Epoch 3: 9312 / 10000   train 1.465s (cpu 0.716s)  eval 0.035s  load 8.56").orElseThrow();
    assertThat(numpy).isEqualTo(new EpochLine(3, 9312, 10000, 1.465, 0.716));
    assertThat(numpy.accuracy()).isEqualTo(0.9312);
    EpochLine own = new EpochLine(12, 9500, 10000, 0.2, 0.0625);
    assertThat(EpochLine.parse(own.format(0.01))).contains(new EpochLine(12, 9500, 10000, 0.2, 0.063));
    assertThat(EpochLine.parse("Epoch -: 1000 / 10000 (before training)")).isEmpty();
  }
}
