package dev.nnlab.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClosestMatchTest {

  @Test
  void distanceCountsEdits() {
    assertThat(ClosestMatch.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(ClosestMatch.distance("", "abc")).isEqualTo(3);
    assertThat(ClosestMatch.distance("same", "same")).isZero();
  }

  @Test
  void suggestsATypoButNotAStranger() {
    List<String> names = List.of("randn", "rand", "xavier-normal", "he-normal");

    assertThat(ClosestMatch.among("randm", names)).contains("randn");
    assertThat(ClosestMatch.among("Xavier-Normal", names)).contains("xavier-normal");
    assertThat(ClosestMatch.among("orthogonal", names)).isEmpty();
  }
}
