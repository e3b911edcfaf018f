package dev.nnlab.initializers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.nnlab.core.init.Fan;
import dev.nnlab.core.init.ValueDistribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VarianceScalingProviderTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "'variance-scaling', 0.0012755102040816326",
    "'variance-scaling(scale=2, mode=fan_out, distribution=normal)', 0.06666666666666667",
    "'variance-scaling(scale=0.5, mode=fan_avg, distribution=uniform)', 0.0012285012285012285",
    "'variance-scaling(mode=fan_avg)', 0.002457002457002457"
  })
  void varianceIsScaleOverTheChosenFanForEveryShape(String spec, double variance) {
    ValueDistribution d = Specs.create(spec).distribution(new Fan(784, 30)).orElseThrow();
    assertThat(d.variance()).isCloseTo(variance, within(1e-12 * variance));
  }

  @org.junit.jupiter.api.Test
  void truncatedNormalCutsAtTwoOfItsWidenedStd() {
    ValueDistribution d = Specs.create("variance-scaling").distribution(new Fan(784, 30)).orElseThrow();
    double widened = Math.sqrt(1.0 / 784) / VarianceScalingProvider.TRUNCATED_STD;
    assertThat(d.upper()).isCloseTo(2 * widened, within(1e-15));
  }
}
