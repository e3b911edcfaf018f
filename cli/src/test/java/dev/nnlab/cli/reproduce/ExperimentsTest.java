package dev.nnlab.cli.reproduce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExperimentsTest {

  @Test
  void listsTheBooksAndThePapersExperimentsOnceEach() {
    assertThat(Experiments.all()).extracting(Experiment::name).containsExactly(
        "ch1-network", "ch1-rand", "ch1-hidden100", "ch3-init-30", "ch3-init-100", "ch3-regularized",
        "ch3-overfitting", "ch5-gradient-norms", "glorot-bengio", "he-deep-relu", "ch6-conv");
  }

  @Test
  void findsANameWhateverItsCase() {
    assertThat(Experiments.byName(" CH1-Network ").name()).isEqualTo("ch1-network");
  }

  @Test
  void anUnknownNameListsTheAvailableOnes() {
    assertThatThrownBy(() -> Experiments.byName("ch9"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reproduce ch9: unknown experiment; available: " + Experiments.names());
  }
}
