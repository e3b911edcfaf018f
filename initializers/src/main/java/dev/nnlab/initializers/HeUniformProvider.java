package dev.nnlab.initializers;

import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.init.InitializerProvider;
import dev.nnlab.core.plugin.ParameterSpec;
import dev.nnlab.core.plugin.Parameters;
import java.util.List;

/**
 * He et al. (2015), uniform form: U(±gain·sqrt(3/fan)), variance gain²/fan, as PyTorch's
 * {@code kaiming_uniform_}. With {@code gain=1} and {@code mode=fan_in} it is LeCun uniform.
 */
public final class HeUniformProvider implements InitializerProvider {

  @Override
  public String name() {
    return "he-uniform";
  }

  @Override
  public List<String> aliases() {
    return List.of("kaiming-uniform");
  }

  @Override
  public String description() {
    return "He/Kaiming uniform: U(±gain·sqrt(3/fan)), fan_in by default, gain sqrt(2) by default";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        FanMode.parameter(FanMode.FAN_IN, FanMode.FAN_OUT),
        GainParameter.withDefault(GainParameter.SQRT2));
  }

  @Override
  public List<String> examples() {
    return List.of("he-uniform", "kaiming-uniform(mode=fan_out)", "he-uniform(gain=0.5)");
  }

  @Override
  public Initializer create(Parameters parameters) {
    FanMode mode = FanMode.of(parameters.choice("mode"));
    double gain = parameters.gain("gain").value();
    return new IndependentInitializer(
        fan -> Uniform.symmetric(gain * Math.sqrt(3 / mode.of(fan))),
        fan -> " = ±sqrt(" + Numbers.gainSquaredTimes(gain, "3/" + mode.expression(fan)) + ")");
  }
}
