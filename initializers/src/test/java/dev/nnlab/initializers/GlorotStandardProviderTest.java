package dev.nnlab.initializers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.nnlab.core.init.Fan;
import org.junit.jupiter.api.Test;

class GlorotStandardProviderTest {

  @Test
  void boundIsOneOverSqrtFanIn() {
    var d = Specs.create("glorot-standard").distribution(new Fan(784, 30)).orElseThrow();
    assertThat(d.upper()).isEqualTo(1 / 28.0);
    assertThat(d.variance()).isCloseTo(1.0 / (3 * 784), within(1e-15));
    assertThat(Specs.create("glorot-standard").formula(new Fan(784, 30)))
        .isEqualTo("U[-0.03571, 0.03571) = ±1/sqrt(784)");
  }
}
