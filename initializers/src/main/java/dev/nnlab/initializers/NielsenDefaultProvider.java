package dev.nnlab.initializers;

import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.init.InitializerProvider;
import dev.nnlab.core.plugin.Parameters;
import java.util.List;

/**
 * Nielsen's network2.py {@code default_weight_initializer}: {@code randn(out, in)/sqrt(in)}, that
 * is N(0, 1/fan_in) weights. (network2.py keeps N(0, 1) biases: use {@code randn} for those.)
 */
public final class NielsenDefaultProvider implements InitializerProvider {

  @Override
  public String name() {
    return "nielsen-default";
  }

  @Override
  public String description() {
    return "network2.py's improved weights: N(0, 1/fan_in), i.e. randn/sqrt(fan_in)";
  }

  @Override
  public List<String> examples() {
    return List.of("nielsen-default");
  }

  @Override
  public Initializer create(Parameters parameters) {
    return new IndependentInitializer(
        fan -> new Normal(0, 1 / Math.sqrt(fan.in())),
        fan -> " = randn/sqrt(" + fan.in() + "), variance 1/" + fan.in());
  }
}
