package dev.nnlab.initializers;

import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.init.InitializerProvider;
import dev.nnlab.core.plugin.Parameters;
import java.util.List;

/**
 * Nielsen's network.py (and network2.py's {@code large_weight_initializer}): N(0, 1) whatever the
 * fan, so a unit with 784 inputs starts with a weighted input of standard deviation about 28.
 */
public final class NielsenLargeProvider implements InitializerProvider {

  @Override
  public String name() {
    return "nielsen-large";
  }

  @Override
  public String description() {
    return "network.py's weights: N(0, 1) whatever the fan (large_weight_initializer)";
  }

  @Override
  public List<String> examples() {
    return List.of("nielsen-large");
  }

  @Override
  public Initializer create(Parameters parameters) {
    Normal law = new Normal(0, 1);
    return new IndependentInitializer(fan -> law, fan -> " whatever the fan");
  }
}
