package dev.nnlab.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MedianTest {

  @Test
  void middleValueOrMeanOfTheMiddleTwo() {
    assertThat(Median.of(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
    assertThat(Median.of(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
    assertThatThrownBy(() -> Median.of(List.of())).hasMessage("the median of no values is undefined");
  }
}
