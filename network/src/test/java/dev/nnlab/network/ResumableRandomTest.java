package dev.nnlab.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ResumableRandomTest {

  /** Every kind of draw the trainer, dropout and layers use, in turn, against SplittableRandom's. */
  private static void assertSameDraws(SplittableRandom expected, ResumableRandom actual, int draws) {
    for (int i = 0; i < draws; i++) {
      switch (i % 8) {
        case 0 -> assertThat(actual.nextLong()).as("nextLong %d", i).isEqualTo(expected.nextLong());
        case 1 -> assertThat(actual.nextInt()).as("nextInt %d", i).isEqualTo(expected.nextInt());
        case 2 -> assertThat(actual.nextInt(i + 1)).as("nextInt(%d)", i + 1).isEqualTo(expected.nextInt(i + 1));
        case 3 -> assertThat(actual.nextInt(64)).as("nextInt(64) %d", i).isEqualTo(expected.nextInt(64));
        case 4 -> assertThat(actual.nextDouble()).as("nextDouble %d", i).isEqualTo(expected.nextDouble());
        case 5 -> assertThat(actual.nextGaussian()).as("nextGaussian %d", i).isEqualTo(expected.nextGaussian());
        case 6 -> assertThat(actual.nextFloat()).as("nextFloat %d", i).isEqualTo(expected.nextFloat());
        default -> assertThat(actual.nextLong(1000)).as("nextLong(1000) %d", i).isEqualTo(expected.nextLong(1000));
      }
    }
  }

  @Test
  void drawsWhatSplittableRandomDrawsSeededAndSplit() {
    for (long seed : new long[] {0, 1, 7, -5, Long.MAX_VALUE}) {
      assertSameDraws(new SplittableRandom(seed), ResumableRandom.seeded(seed), 20_000);
      SplittableRandom expected = new SplittableRandom(seed);
      ResumableRandom actual = ResumableRandom.seeded(seed);
      expected.split();
      actual.split();
      assertSameDraws(expected.split().split(), actual.split().split(), 20_000);
    }
  }

  @Test
  void theStreamsOfATrainingRunAreTheOnesTheyWereBeforeTheyBecameResumable() {
    // RandomStreams made them with SplittableRandom: root, split once per earlier child, then split
    SplittableRandom root = new SplittableRandom(11);
    SplittableRandom dataOrder = root.split();
    SplittableRandom dropout = root.split();
    RandomStreams streams = new RandomStreams(11);
    assertSameDraws(dataOrder, streams.dataOrder(), 5_000);
    assertSameDraws(dropout, streams.dropout(), 5_000);
  }

  @Test
  void aGeneratorStartedAtASavedPositionContinuesTheSameDraws() {
    ResumableRandom original = new RandomStreams(3).dataOrder();
    for (int i = 0; i < 1234; i++) {
      original.nextInt(i + 1);
    }
    ResumableRandom resumed = ResumableRandom.at(original.position());
    for (int i = 0; i < 10_000; i++) {
      assertThat(resumed.nextLong()).isEqualTo(original.nextLong());
    }
    assertThat(resumed.position()).isEqualTo(original.position());
  }

  @Test
  void anEvenGammaIsRefused() {
    assertThatThrownBy(() -> ResumableRandom.at(new ResumableRandom.Position(1, 2)))
        .hasMessageContaining("odd");
  }
}
