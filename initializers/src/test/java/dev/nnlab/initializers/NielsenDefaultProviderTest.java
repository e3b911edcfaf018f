package dev.nnlab.initializers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.nnlab.core.init.Fan;
import org.junit.jupiter.api.Test;

class NielsenDefaultProviderTest {

  @Test
  void isRandnOverSqrtFanIn() {
    var d = Specs.create("nielsen-default").distribution(new Fan(784, 30)).orElseThrow();
    assertThat(d.variance()).isCloseTo(1.0 / 784, within(1e-15));
    assertThat(Specs.create("nielsen-large").distribution(new Fan(784, 30)).orElseThrow().variance())
        .isEqualTo(1);
  }
}
