package dev.nnlab.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RandomStreamsTest {

  private static long first(RandomGenerator random) {
    return random.nextLong();
  }

  @Test
  void everyStreamStartsAfreshAndTheSameForTheSameSeed() {
    RandomStreams a = new RandomStreams(7);
    RandomStreams b = new RandomStreams(7);
    assertThat(first(a.dataOrder())).isEqualTo(first(a.dataOrder())).isEqualTo(first(b.dataOrder()));
    assertThat(first(a.weights(3))).isEqualTo(first(b.weights(3)));
    assertThat(first(a.dataOrder())).isNotEqualTo(first(new RandomStreams(8).dataOrder()));
  }

  @Test
  void allStreamsAreDistinct() {
    RandomStreams streams = new RandomStreams(7);
    List<RandomGenerator> all =
        List.of(streams.dataOrder(), streams.dropout(), streams.weights(0), streams.biases(0),
            streams.weights(1), streams.biases(1));
    Set<Long> firsts = new HashSet<>();
    all.forEach(random -> firsts.add(random.nextLong()));
    assertThat(firsts).hasSize(all.size());
    assertThatThrownBy(() -> streams.weights(-1)).hasMessageContaining(">= 0");
  }
}
