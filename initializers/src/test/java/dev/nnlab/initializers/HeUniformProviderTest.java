package dev.nnlab.initializers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.nnlab.core.init.Fan;
import dev.nnlab.core.init.ValueDistribution;
import org.junit.jupiter.api.Test;

class HeUniformProviderTest {

  @Test
  void boundIsGainTimesSqrtThreeOverFan() {
    ValueDistribution d = Specs.create("he-uniform").distribution(new Fan(784, 30)).orElseThrow();
    assertThat(d.upper()).isCloseTo(Math.sqrt(6.0 / 784), within(1e-15));
    assertThat(d.variance()).isCloseTo(2.0 / 784, within(1e-15));
    ValueDistribution out = Specs.create("kaiming-uniform(mode=fan_out, gain=1)")
        .distribution(new Fan(784, 30)).orElseThrow();
    assertThat(out.upper()).isCloseTo(Math.sqrt(3.0 / 30), within(1e-15));
  }
}
