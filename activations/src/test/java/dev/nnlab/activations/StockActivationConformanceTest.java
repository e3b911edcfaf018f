package dev.nnlab.activations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.core.plugin.PluginEntry;
import dev.nnlab.tck.ActivationConformance;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs the conformance kit against every activation on the test classpath. */
class StockActivationConformanceTest {

  @TestFactory
  Stream<DynamicNode> everyDiscoveredActivationConforms() {
    return ActivationConformance.forCatalog(PluginCatalog.standard());
  }

  @Test
  void discoversEveryStockActivationFromThisModule() {
    assertThat(PluginCatalog.standard().activations().entries())
        .map(PluginEntry::name)
        .containsExactlyInAnyOrder(
            "sigmoid", "tanh", "relu", "leaky-relu", "elu", "selu", "gelu", "silu", "softplus",
            "softsign", "hard-sigmoid", "hard-tanh", "identity", "softmax", "mish", "hard-swish", "celu",
            "log-sigmoid");
    assertThat(PluginCatalog.standard().activations().names())
        .contains("swish", "linear", "hardswish", "logsigmoid");
  }
}
