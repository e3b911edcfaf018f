package dev.nnlab.cli.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nnlab.cli.charts.Histogram;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunResultCodecTest {

  @Test
  void aResultComesBackWithTheSameBitsNaNIncluded() {
    LayerPoint layer = new LayerPoint(Double.NaN, "n/a", 0.1 + 0.2, 1e-300, -0.0, 4.9e-324, 1 / 3.0, Math.PI, 7e22, 3, false,
        "1→20 5×5", "N(0, 0.1²)", java.util.List.of(0.25, 0.0, 1e-300));
    RunResult result = new RunResult("init=rand, activation=tanh", 42, List.of(0.0981, 0.912345678901234),
        List.of(Double.NaN, 0.3456789012345678), List.of(List.of(layer), List.of(layer)),
        List.of("PROBLEM: saturated"), Histogram.of(new double[] {0.1, 0.5, 0.9}, 4), null, 1.25);

    RunResult back = RunResultCodec.read(RunResultCodec.write(result));

    assertThat(back.testAccuracy()).isEqualTo(result.testAccuracy());
    assertThat(Double.isNaN(back.trainingCost().get(0))).isTrue();
    assertThat(back.trainingCost().get(1)).isEqualTo(result.trainingCost().get(1));
    LayerPoint p = back.layers().get(1).get(0);
    assertThat(Double.isNaN(p.blocked())).isTrue();
    assertThat(Double.doubleToRawLongBits(p.activationMean())).isEqualTo(Double.doubleToRawLongBits(-0.0));
    assertThat(p).usingRecursiveComparison().ignoringFields("blocked").isEqualTo(layer);
    assertThat(back.initialWeights().counts()).containsExactly(result.initialWeights().counts());
    assertThat(back.initialWeights().low()).isEqualTo(result.initialWeights().low());
    assertThat(back.verdict()).isEqualTo(result.verdict());
    assertThat(back.diverged()).isNull();
    assertThat(RunResultCodec.write(back)).isEqualTo(RunResultCodec.write(result));
  }
}
