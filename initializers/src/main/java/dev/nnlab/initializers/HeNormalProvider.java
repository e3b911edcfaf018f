package dev.nnlab.initializers;

import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.init.InitializerProvider;
import dev.nnlab.core.plugin.ParameterSpec;
import dev.nnlab.core.plugin.Parameters;
import java.util.List;

/**
 * He et al. (2015): N(0, gain²/fan), fan = fan_in (default) or fan_out, gain sqrt(2) for ReLU by
 * default. Untruncated, as PyTorch's {@code kaiming_normal_}; PyTorch's {@code a} for leaky ReLU is
 * {@code gain=leaky-relu(slope=a)} here. Keras's {@code HeNormal} truncates at 2σ.
 */
public final class HeNormalProvider implements InitializerProvider {

  @Override
  public String name() {
    return "he-normal";
  }

  @Override
  public List<String> aliases() {
    return List.of("kaiming-normal");
  }

  @Override
  public String description() {
    return "He/Kaiming normal: N(0, gain²/fan), fan_in by default, gain sqrt(2) by default";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        FanMode.parameter(FanMode.FAN_IN, FanMode.FAN_OUT),
        GainParameter.withDefault(GainParameter.SQRT2));
  }

  @Override
  public List<String> examples() {
    return List.of("he-normal", "kaiming-normal(mode=fan_out)", "he-normal(mode=fan_in, gain=1)");
  }

  @Override
  public Initializer create(Parameters parameters) {
    FanMode mode = FanMode.of(parameters.choice("mode"));
    double gain = parameters.gain("gain").value();
    return new IndependentInitializer(
        fan -> new Normal(0, gain / Math.sqrt(mode.of(fan))),
        fan -> " = N(0, " + Numbers.gainSquaredOver(gain, mode.expression(fan)) + ")");
  }
}
