package dev.nnlab.initializers;

import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.init.InitializerProvider;
import dev.nnlab.core.plugin.ParameterSpec;
import dev.nnlab.core.plugin.Parameters;
import java.util.List;

/**
 * Glorot &amp; Bengio (2010), normal form: N(0, gain²·2/(fan_in+fan_out)). The <b>variance</b> is
 * 2/(in+out), so the standard deviation is sqrt(2/(in+out)). Untruncated, as PyTorch's
 * {@code xavier_normal_}; Keras's {@code GlorotNormal} truncates at 2σ.
 */
public final class XavierNormalProvider implements InitializerProvider {

  @Override
  public String name() {
    return "xavier-normal";
  }

  @Override
  public List<String> aliases() {
    return List.of("glorot-normal");
  }

  @Override
  public String description() {
    return "Glorot/Xavier normal: N(0, gain²·2/(fan_in+fan_out)), i.e. std gain·sqrt(2/(in+out))";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(GainParameter.withDefault("1"));
  }

  @Override
  public List<String> examples() {
    return List.of("xavier-normal", "glorot-normal(gain=1.5)");
  }

  @Override
  public Initializer create(Parameters parameters) {
    double gain = parameters.gain("gain").value();
    return new IndependentInitializer(
        fan -> new Normal(0, gain * Math.sqrt(2.0 / (fan.in() + fan.out()))),
        fan -> " = N(0, "
            + Numbers.gainSquaredTimes(gain, "2/(" + fan.in() + "+" + fan.out() + ")") + ")");
  }
}
