package dev.nnlab.initializers;

import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.plugin.PluginCatalog;

/** Creates stock initializers from spec strings, as users do. */
final class Specs {

  private Specs() {}

  static Initializer create(String spec) {
    return PluginCatalog.standard().initializer(spec).value();
  }
}
