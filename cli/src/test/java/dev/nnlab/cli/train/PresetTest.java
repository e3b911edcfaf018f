package dev.nnlab.cli.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PresetTest {

  @Test
  void networkIsNetworkPy() {
    Preset p = Preset.byId("network");
    assertThat(p.sizes()).containsExactly(784, 30, 10);
    assertThat(List.of(p.weights(), p.biases(), p.hiddenActivation(), p.outputActivation(), p.cost()))
        .containsExactly("randn", "randn", "sigmoid", "sigmoid", "quadratic");
    assertThat(p.eta()).isEqualTo(3.0);
    assertThat(p.lambda()).isZero();
    assertThat(p.miniBatchSize()).isEqualTo(10);
    assertThat(p.epochs()).isEqualTo(30);
    assertThat(p.evaluateValidation()).isFalse();
  }

  @Test
  void network2IsChapterThree() {
    Preset p = Preset.byId("NETWORK2");
    assertThat(p.weights()).isEqualTo("nielsen-default");
    assertThat(p.biases()).isEqualTo("randn");
    assertThat(p.cost()).isEqualTo("cross-entropy");
    assertThat(p.eta()).isEqualTo(0.5);
    assertThat(p.lambda()).isEqualTo(5.0);
    assertThat(p.evaluateValidation()).isTrue();
  }

  @Test
  void anUnknownPresetNamesTheOptionAndTheChoices() {
    assertThatThrownBy(() -> Preset.byId("network4"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--preset network4: unknown preset; expected one of network, network2, network3-fc, network3-conv,"
            + " network3-conv2, network3-conv2-relu");
  }
}
