package dev.nnlab.initializers;

import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.init.InitializerProvider;
import dev.nnlab.core.plugin.Parameters;
import java.util.List;

/**
 * The "standard" initialisation Glorot &amp; Bengio (2010) compared against: U(±1/sqrt(fan_in)),
 * variance 1/(3·fan_in). PyTorch's {@code nn.Linear} default ({@code kaiming_uniform_} with
 * {@code a=sqrt(5)}) and DL4J's {@code UNIFORM} give the same bound.
 */
public final class GlorotStandardProvider implements InitializerProvider {

  @Override
  public String name() {
    return "glorot-standard";
  }

  @Override
  public String description() {
    return "Glorot & Bengio's \"standard\" heuristic: U(±1/sqrt(fan_in)), variance 1/(3·fan_in)";
  }

  @Override
  public List<String> examples() {
    return List.of("glorot-standard");
  }

  @Override
  public Initializer create(Parameters parameters) {
    return new IndependentInitializer(
        fan -> Uniform.symmetric(1 / Math.sqrt(fan.in())),
        fan -> " = ±1/sqrt(" + fan.in() + ")");
  }
}
