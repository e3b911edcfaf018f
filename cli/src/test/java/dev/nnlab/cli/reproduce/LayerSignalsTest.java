package dev.nnlab.cli.reproduce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.nnlab.core.layer.Network;
import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.cli.lab.SetupNetwork;
import dev.nnlab.cli.train.Preset;
import dev.nnlab.cli.train.SyntheticDigits;
import dev.nnlab.cli.train.TrainingSetup;
import dev.nnlab.network.audit.AuditReport;
import dev.nnlab.network.audit.NetworkAudit;
import dev.nnlab.network.audit.Probe;
import dev.nnlab.network.audit.TrainingPace;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LayerSignalsTest {

  private static final Probe PROBE = Probe.of(SyntheticDigits.samples(64, 7), 64);

  /** The engine's own backward pass (the audit's) is the yardstick: same ‖∂C/∂b‖ in every layer. */
  @ParameterizedTest
  @CsvSource({
    "sigmoid, sigmoid, cross-entropy",
    "tanh, sigmoid, quadratic",
    "relu, softmax, log-likelihood",
    "softsign, sigmoid, cross-entropy"
  })
  void biasGradientNormsMatchTheEnginesBackwardPass(String hidden, String output, String cost) {
    TrainingSetup setup = Recipe.of(Preset.NETWORK2).withSizes(List.of(784, 20, 15, 10)).withActivations(hidden, output)
        .withCost(cost).setup(PluginCatalog.standard(), 3);
    Network network = SetupNetwork.build(setup);

    LayerSignals signals = LayerSignals.of(network, setup.cost().value(), PROBE);
    AuditReport audit = NetworkAudit.audit(network, setup.cost().value(), TrainingPace.of(0.5, 64, 10), PROBE.inputs(), PROBE.targets());

    assertThat(signals.layers()).isEqualTo(3);
    for (int l = 0; l < 3; l++) {
      double expected = audit.layers().get(l).biasGradientNorm();
      assertThat(signals.biasGradientNorm(l)).as("layer %d", l + 1).isCloseTo(expected, within(1e-9 * Math.max(1, expected)));
    }
  }

  @ParameterizedTest
  @CsvSource({"sigmoid, sigmoid", "relu, softmax"})
  void theLastActivationsAreTheNetworksOutput(String hidden, String output) {
    TrainingSetup setup = Recipe.of(Preset.NETWORK).withSizes(List.of(784, 12, 10)).withActivations(hidden, output)
        .setup(PluginCatalog.standard(), 5);
    Network network = SetupNetwork.build(setup);
    DMatrixRMaj expected = new DMatrixRMaj(PROBE.size(), 10);
    network.feedForward(PROBE.inputs(), expected);

    LayerSignals signals = LayerSignals.of(network, setup.cost().value(), PROBE);

    double[] last = signals.activationValues(1);
    assertThat(last).hasSize(PROBE.size() * 10);
    for (int i = 0; i < last.length; i++) {
      assertThat(last[i]).isCloseTo(expected.data[i], within(1e-12));
    }
    assertThat(signals.deltaValues(0)).hasSize(PROBE.size() * 12);
  }
}
