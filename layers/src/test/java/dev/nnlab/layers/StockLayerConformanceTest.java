package dev.nnlab.layers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.core.plugin.PluginEntry;
import dev.nnlab.core.plugin.PluginKinds;
import dev.nnlab.tck.LayerConformance;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs the layer conformance kit against every layer on the test classpath. */
class StockLayerConformanceTest {

  @TestFactory
  Stream<DynamicNode> everyDiscoveredLayerConforms() {
    return LayerConformance.forCatalog(PluginCatalog.standard());
  }

  @Test
  void discoversEveryStockLayerFromThisModule() {
    assertThat(PluginCatalog.standard().registry(PluginKinds.LAYER).entries())
        .map(PluginEntry::name)
        .contains("conv", "max-pool", "avg-pool", "flatten", "dropout", "batch-norm", "prelu");
  }
}
