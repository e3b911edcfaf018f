package com.example.nnlab;

import dev.nnlab.tck.InitializerConformance;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** nnlab's conformance kit, run on this plugin exactly as nnlab runs it on its stock initializers. */
class FixedNormRowsConformanceTest {

  @TestFactory
  Stream<DynamicNode> conforms() {
    return InitializerConformance.forProvider(FixedNormRowsProvider.class);
  }
}
