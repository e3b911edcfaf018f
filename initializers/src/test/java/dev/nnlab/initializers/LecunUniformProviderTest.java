package dev.nnlab.initializers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.nnlab.core.init.Fan;
import org.junit.jupiter.api.Test;

class LecunUniformProviderTest {

  @Test
  void varianceIsOneOverFanInNotDl4jsThreeOverFanIn() {
    var d = Specs.create("lecun-uniform").distribution(new Fan(784, 30)).orElseThrow();
    assertThat(d.variance()).isCloseTo(1.0 / 784, within(1e-15));
    assertThat(d.upper()).isCloseTo(Math.sqrt(3.0 / 784), within(1e-15)).isLessThan(3 / Math.sqrt(784));
  }
}
