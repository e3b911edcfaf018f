package dev.nnlab.cli.reproduce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.cli.lab.SetupNetwork;
import dev.nnlab.cli.train.Preset;
import dev.nnlab.cli.train.SyntheticDigits;
import dev.nnlab.network.data.Samples;
import org.junit.jupiter.api.Test;

class TestPredictionsTest {

  @Test
  void countsDigitsWithHalfTheirImagesRightAsLearned() {
    long[][] confusion = new long[10][10];
    for (int d = 0; d < 10; d++) {
      confusion[d][d] = d < 7 ? 6 : 4;
      confusion[d][(d + 1) % 10] = d < 7 ? 4 : 6;
    }

    TestPredictions predictions = new TestPredictions(confusion);

    assertThat(predictions.digitsLearned()).isEqualTo(7);
    assertThat(predictions.dominantShare()).isCloseTo(0.12, org.assertj.core.api.Assertions.within(1e-12));
  }

  @Test
  void randWeightsAnswerOneClassForEveryImage() {
    Samples samples = SyntheticDigits.samples(300, 4);
    var setup = Recipe.of(Preset.NETWORK).withWeights("rand").withBiases("rand").setup(PluginCatalog.standard(), 1);

    TestPredictions predictions = TestPredictions.of(SetupNetwork.build(setup), samples);

    assertThat(predictions.dominantShare()).isEqualTo(1.0);
    assertThat(predictions.digitsLearned()).isEqualTo(1);
    long total = 0;
    for (long[] row : predictions.confusion()) {
      for (long count : row) {
        total += count;
      }
    }
    assertThat(total).isEqualTo(300);
  }
}
