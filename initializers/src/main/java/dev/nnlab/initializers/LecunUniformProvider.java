package dev.nnlab.initializers;

import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.init.InitializerProvider;
import dev.nnlab.core.plugin.Parameters;
import java.util.List;

/**
 * LeCun uniform: U(±sqrt(3/fan_in)), variance 1/fan_in, as Keras's {@code LecunUniform}. DL4J's
 * {@code LECUN_UNIFORM} uses the bound 3/sqrt(fan_in) instead, whose variance is 3/fan_in: three
 * times larger, a known discrepancy.
 */
public final class LecunUniformProvider implements InitializerProvider {

  @Override
  public String name() {
    return "lecun-uniform";
  }

  @Override
  public String description() {
    return "LeCun uniform: U(±sqrt(3/fan_in)), variance 1/fan_in";
  }

  @Override
  public List<String> examples() {
    return List.of("lecun-uniform");
  }

  @Override
  public Initializer create(Parameters parameters) {
    return new IndependentInitializer(
        fan -> Uniform.symmetric(Math.sqrt(3.0 / fan.in())),
        fan -> " = ±sqrt(3/" + fan.in() + ")");
  }
}
