package dev.nnlab.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DrawCountingRandomTest {

  @Test
  void countsDrawsOfEveryKind() {
    DrawCountingRandom random = new DrawCountingRandom(new SplittableRandom(1));
    assertThat(random.draws()).isZero();
    random.nextDouble();
    random.nextGaussian();
    random.nextInt(10);
    random.nextDouble(-1, 1);
    assertThat(random.draws()).isGreaterThanOrEqualTo(4);
  }

  @Test
  void drawsTheDelegatesValues() {
    DrawCountingRandom random = new DrawCountingRandom(new SplittableRandom(5));
    SplittableRandom same = new SplittableRandom(5);
    assertThat(random.nextLong()).isEqualTo(same.nextLong());
  }
}
