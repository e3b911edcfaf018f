package dev.nnlab.initializers;

import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.init.InitializerProvider;
import dev.nnlab.core.plugin.ParameterSpec;
import dev.nnlab.core.plugin.ParameterType;
import dev.nnlab.core.plugin.Parameters;
import java.util.List;

/**
 * Keras's {@code VarianceScaling}: values of variance scale/fan, fan chosen by {@code mode}.
 * {@code truncated-normal} (the default, as in Keras) cuts at ±2 std and, as Keras 3 does, divides
 * the pre-truncation std by 0.87962566103423978 — the std of a standard normal truncated to [-2, 2]
 * — so the variance stays exactly scale/fan. {@code uniform} is U(±sqrt(3·scale/fan)).
 */
public final class VarianceScalingProvider implements InitializerProvider {

  /** The standard deviation of N(0, 1) truncated to [-2, 2]. */
  static final double TRUNCATED_STD = 0.87962566103423978;

  @Override
  public String name() {
    return "variance-scaling";
  }

  @Override
  public String description() {
    return "Keras VarianceScaling: variance scale/fan from a (truncated) normal or uniform";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        ParameterSpec.of("scale", ParameterType.positive(), "1", "the variance times the fan"),
        FanMode.parameter(FanMode.FAN_IN, FanMode.FAN_OUT, FanMode.FAN_AVG),
        ParameterSpec.of(
            "distribution",
            ParameterType.choice("truncated-normal", "normal", "uniform"),
            "truncated-normal",
            "the shape of the distribution"));
  }

  @Override
  public List<String> examples() {
    return List.of(
        "variance-scaling",
        "variance-scaling(scale=2, mode=fan_out, distribution=normal)",
        "variance-scaling(scale=0.5, mode=fan_avg, distribution=uniform)");
  }

  @Override
  public Initializer create(Parameters parameters) {
    double scale = parameters.real("scale");
    FanMode mode = FanMode.of(parameters.choice("mode"));
    String distribution = parameters.choice("distribution");
    return new IndependentInitializer(
        fan -> law(distribution, scale / mode.of(fan)),
        fan -> " with variance " + Numbers.show(scale) + "/" + mode.expression(fan)
            + (distribution.equals("truncated-normal") ? ", std/0.8796 before cutting at ±2 std" : ""));
  }

  private static SampledDistribution law(String distribution, double variance) {
    double std = Math.sqrt(variance);
    return switch (distribution) {
      case "normal" -> new Normal(0, std);
      case "uniform" -> Uniform.symmetric(Math.sqrt(3 * variance));
      case "truncated-normal" -> {
        double wide = std / TRUNCATED_STD;
        yield new TruncatedNormal(0, wide, -2 * wide, 2 * wide);
      }
      default -> throw new IllegalStateException("undeclared distribution " + distribution);
    };
  }
}
