package dev.nnlab.initializers;

import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.init.InitializerProvider;
import dev.nnlab.core.plugin.ParameterSpec;
import dev.nnlab.core.plugin.Parameters;
import java.util.List;

/**
 * Glorot &amp; Bengio (2010)'s "normalised" initialisation: U(±gain·sqrt(6/(fan_in+fan_out))),
 * whose variance is gain²·2/(in+out), the same as {@code xavier-normal}. Keras's default kernel
 * initializer.
 */
public final class XavierUniformProvider implements InitializerProvider {

  @Override
  public String name() {
    return "xavier-uniform";
  }

  @Override
  public List<String> aliases() {
    return List.of("glorot-uniform");
  }

  @Override
  public String description() {
    return "Glorot/Xavier uniform: U(±gain·sqrt(6/(fan_in+fan_out))), variance gain²·2/(in+out)";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(GainParameter.withDefault("1"));
  }

  @Override
  public List<String> examples() {
    return List.of("xavier-uniform", "glorot-uniform(gain=4)");
  }

  @Override
  public Initializer create(Parameters parameters) {
    double gain = parameters.gain("gain").value();
    return new IndependentInitializer(
        fan -> Uniform.symmetric(gain * Math.sqrt(6.0 / (fan.in() + fan.out()))),
        fan -> " = ±sqrt("
            + Numbers.gainSquaredTimes(gain, "6/(" + fan.in() + "+" + fan.out() + ")") + ")");
  }
}
