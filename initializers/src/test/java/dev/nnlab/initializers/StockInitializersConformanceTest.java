package dev.nnlab.initializers;

import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.tck.InitializerConformance;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Runs the plugin conformance kit against every initializer on the classpath. */
class StockInitializersConformanceTest {

  @TestFactory
  Stream<DynamicNode> everyDiscoveredInitializerConforms() {
    return InitializerConformance.forEveryInitializer(PluginCatalog.standard());
  }
}
