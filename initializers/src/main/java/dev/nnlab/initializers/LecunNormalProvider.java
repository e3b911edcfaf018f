package dev.nnlab.initializers;

import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.init.InitializerProvider;
import dev.nnlab.core.plugin.Parameters;
import java.util.List;

/**
 * LeCun et al. (1998, "Efficient BackProp"): N(0, 1/fan_in), the variance that keeps a linear or
 * SELU unit's input at unit variance. Untruncated; Keras's {@code LecunNormal} truncates at 2σ
 * (that is {@code variance-scaling(distribution=truncated-normal)} here).
 */
public final class LecunNormalProvider implements InitializerProvider {

  @Override
  public String name() {
    return "lecun-normal";
  }

  @Override
  public String description() {
    return "LeCun normal: N(0, 1/fan_in)";
  }

  @Override
  public List<String> examples() {
    return List.of("lecun-normal");
  }

  @Override
  public Initializer create(Parameters parameters) {
    return new IndependentInitializer(
        fan -> new Normal(0, 1 / Math.sqrt(fan.in())), fan -> " = N(0, 1/" + fan.in() + ")");
  }
}
