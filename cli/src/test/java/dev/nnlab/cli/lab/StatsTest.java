package dev.nnlab.cli.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {

  @Test
  void meanSampleStdMinAndMax() {
    Stats stats = Stats.of(new double[] {4, 1, 3, 2});

    assertThat(stats.mean()).isEqualTo(2.5);
    // squared deviations 2.25 + 0.25 + 0.25 + 2.25 = 5, over n − 1 = 3
    assertThat(stats.std()).isCloseTo(Math.sqrt(5.0 / 3), within(1e-15));
    assertThat(stats.min()).isEqualTo(1);
    assertThat(stats.max()).isEqualTo(4);
  }

  @Test
  void oneValueHasNoSpread() {
    assertThat(Stats.of(new double[] {-0.7})).isEqualTo(new Stats(-0.7, 0, -0.7, -0.7));
  }

  @Test
  void listAndArrayGiveTheSameBits() {
    double[] values = {0.1, 0.7, 0.30000000000000004, 1e-9, 0.2};
    List<Double> boxed = List.of(0.1, 0.7, 0.30000000000000004, 1e-9, 0.2);

    assertThat(Stats.of(boxed)).isEqualTo(Stats.of(values));
  }
}
