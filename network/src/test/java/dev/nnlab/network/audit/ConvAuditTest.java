package dev.nnlab.network.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.nnlab.core.layer.Network;
import dev.nnlab.core.layer.Shape;
import dev.nnlab.network.NetworkBuilder;
import dev.nnlab.network.TestNets;
import dev.nnlab.network.audit.Finding.Rule;
import dev.nnlab.network.diagnostics.ChannelSaturation;
import dev.nnlab.network.diagnostics.Saturation;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * The audit of a tiny convolution net, against the arithmetic done by hand: conv(filters=4,
 * kernel=2) on 3×3 images, so each filter has 2×2 positions, then flatten and a dense output.
 */
class ConvAuditTest {

  /**
   * Three images: all ones, all halves, and a single 1 in the top-left corner. Their 2×2 windows
   * sum to 4, 2 and (top-left window only) 1.
   */
  private static final DMatrixRMaj IMAGES = new DMatrixRMaj(3, 9, true,
      1, 1, 1, 1, 1, 1, 1, 1, 1,
      0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5,
      1, 0, 0, 0, 0, 0, 0, 0, 0);

  private static final DMatrixRMaj TARGETS = new DMatrixRMaj(3, 2, true, 1, 0, 0, 1, 1, 0);

  /**
   * Filter 1: every weight 2 (z = 2·window sum); filter 2: every weight 5; filter 3: 10 on the
   * window's top-left pixel (z = 10·that pixel); filter 4: no weights and bias 10 (z = 10).
   */
  private static Network network(String activation) {
    Network network = NetworkBuilder.using(TestNets.CATALOG).input(Shape.image(1, 3, 3))
        .weights("test-randn").biases("zeros")
        .layers("conv(filters=4, kernel=2, activation=" + activation + "), flatten, dense(units=2, activation=test-sigmoid)")
        .seed(1).build();
    network.parameter("layer1.weights").value().setTo(new DMatrixRMaj(4, 4, true,
        2, 2, 2, 2,
        5, 5, 5, 5,
        10, 0, 0, 0,
        0, 0, 0, 0));
    network.parameter("layer1.biases").value().setTo(new DMatrixRMaj(4, 1, true, 0, 0, 0, 10));
    return network;
  }

  private static AuditReport audit(Network network) {
    return NetworkAudit.audit(network, TestNets.CATALOG.cost("quadratic").value(), TrainingPace.of(0.1, 1000, 10),
        IMAGES, TARGETS);
  }

  @Test
  void perChannelSaturationMatchesTheHandComputation() {
    AuditReport report = audit(network("test-sigmoid"));

    LayerAudit conv = report.layer(1);
    // z per image, per position: filter 1: 8 8 8 8 | 4 4 4 4 | 2 0 0 0; filter 2: 20… | 10… | 5 0 0 0;
    // filter 3: 10… | 5… | 10 0 0 0; filter 4: 10 everywhere. Saturated: |z| > 6 (σ′ < 1 % of 1/4).
    assertThat(conv.channels()).extracting(ChannelSaturation::channel).containsExactly(1, 2, 3, 4);
    assertThat(conv.channels()).extracting(ChannelSaturation::saturatedFraction)
        .containsExactly(4 / 12.0, 8 / 12.0, 5 / 12.0, 1.0);
    assertThat(conv.saturation().saturatedFraction()).isEqualTo((4 + 8 + 5 + 12) / 48.0);
    assertThat(conv.saturation().kind()).isEqualTo(Saturation.Kind.SATURATING);
    ChannelSaturation first = conv.channels().get(0);
    double mean = (32 + 16 + 2) / 12.0;
    assertThat(first.meanZ()).isCloseTo(mean, within(1e-12));
    assertThat(first.stdZ()).isCloseTo(Math.sqrt((256 + 64 + 4) / 12.0 - mean * mean), within(1e-12));
    assertThat(conv.channels().get(2).meanZ()).isCloseTo((40 + 20 + 10) / 12.0, within(1e-12));
    assertThat(conv.channels().get(3).meanZ()).isEqualTo(10.0);
    assertThat(conv.channels().get(3).stdZ()).isZero();
    // fan as PyTorch counts it; one bias per filter
    assertThat(conv.fan().in()).isEqualTo(4);
    assertThat(conv.fan().out()).isEqualTo(16);
    assertThat(conv.units()).isEqualTo("channels");
    assertThat(report.layer(3).channels()).isEmpty();
    assertThatThrownBy(() -> report.layer(2)).hasMessageContaining("layer 2 was not measured");
  }

  @Test
  void aSaturatedChannelIsReportedThoughTheLayerAsAWholeIsNot() {
    AuditReport report = audit(network("test-sigmoid"));

    assertThat(report.findings(Rule.BLOCKED_CHANNELS)).singleElement().satisfies(f -> {
      assertThat(f.layer()).isEqualTo(1);
      assertThat(f.message())
          .startsWith("hidden layer 1: 1 of 4 test-sigmoid channels saturated on at least 90 % of their positions,"
              + " channel 4 (mean z 10)")
          .contains("while the layer as a whole is 60 % saturated");
    });
  }

  @Test
  void reluChannelsDieAsAWholeNotPositionByPosition() {
    Network network = network("test-relu");
    // filter 2 pushed below zero everywhere: dead; filter 3 fires at one position of the corner image only
    network.parameter("layer1.biases").value().setTo(new DMatrixRMaj(4, 1, true, 0, -30, -5, 10));

    LayerAudit conv = audit(network).layer(1);

    assertThat(conv.saturation().kind()).isEqualTo(Saturation.Kind.DYING);
    assertThat(conv.channels()).extracting(ChannelSaturation::dead).containsExactly(false, true, false, false);
    // filter 3: z = 10·x − 5 > 0 wherever the window's top-left pixel is 1 or… 0.5 gives 0: only images 1 and 3
    assertThat(conv.channels().get(2).deadPositionFraction()).isZero();
    assertThat(conv.saturation().deadFraction()).isEqualTo(0.25);
    assertThat(audit(network).findings(Rule.DEAD)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("25 % of test-relu channels dead").contains("Dead: channel 2."));
  }

  @Test
  void anOutputLayerStartingAtZeroAsNetwork3DoesFreezesNothing() {
    Network network = network("test-sigmoid");
    network.parameter("layer3.weights").value().zero();
    network.parameter("layer3.biases").value().zero();

    AuditReport report = audit(network);

    // before the first update no gradient reaches layer 1 and every input gets the same output …
    assertThat(report.layer(1).weightGradientNorm()).isZero();
    assertThat(report.collapse().share()).isEqualTo(1.0);
    // … but the output layer's own gradient is not zero, so both last one step only
    assertThat(report.layer(3).weightGradientNorm()).isPositive();
    assertThat(report.has(Rule.FROZEN)).isFalse();
    assertThat(report.has(Rule.COLLAPSED)).isFalse();
    assertThat(report.findings(Rule.SYMMETRIC)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
      assertThat(f.message()).startsWith("output layer: all 2 units start with the same weights and bias")
          .contains("the first update tells them apart");
    });
  }
}
