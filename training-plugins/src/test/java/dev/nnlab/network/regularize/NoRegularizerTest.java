package dev.nnlab.network.regularize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nnlab.core.plugin.PluginCatalog;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class NoRegularizerTest {

  @Test
  void addsNothing() {
    DMatrixRMaj w = new DMatrixRMaj(new double[][] {{1, -2}});
    DMatrixRMaj g = new DMatrixRMaj(new double[][] {{0.5, 0.25}});
    NoRegularizer none = (NoRegularizer) PluginCatalog.standard().regularizer("none").value();

    none.addGradient(w, 3, g);
    assertThat(none.penalty(w, 3)).isZero();
    assertThat(g.data).containsExactly(0.5, 0.25);
  }
}
