package dev.nnlab.initializers;

import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.init.InitializerProvider;
import dev.nnlab.core.plugin.ParameterSpec;
import dev.nnlab.core.plugin.ParameterType;
import dev.nnlab.core.plugin.Parameters;
import java.util.List;

/**
 * N(mean, std²) restricted to [low, high]. The cut-offs are <b>absolute values</b>, as PyTorch's
 * {@code trunc_normal_(mean, std, a, b)}; Keras's {@code TruncatedNormal(mean, stddev)} cuts at
 * 2 std from the mean instead, which here is
 * {@code truncated-normal(mean=m, std=s, low=m-2s, high=m+2s)}. The std parameter is that of the
 * normal before truncation, so the values' own standard deviation is smaller (by 0.8796 for ±2σ).
 */
public final class TruncatedNormalProvider implements InitializerProvider {

  @Override
  public String name() {
    return "truncated-normal";
  }

  @Override
  public String description() {
    return "N(mean, std²) restricted to the absolute interval [low, high], redrawn by inversion";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        ParameterSpec.of("mean", ParameterType.real(), "0", "the mean before truncation"),
        ParameterSpec.of("std", ParameterType.positive(), "1", "the std before truncation"),
        ParameterSpec.of("low", ParameterType.real(), "-2", "the absolute lower cut-off"),
        ParameterSpec.of("high", ParameterType.real(), "2", "the absolute upper cut-off"));
  }

  @Override
  public List<String> examples() {
    return List.of(
        "truncated-normal",
        "truncated-normal(mean=1, std=0.5, low=0, high=3)",
        "truncated-normal(std=0.05, low=-0.1, high=0.1)",
        "truncated-normal(low=3, high=10)");
  }

  @Override
  public Initializer create(Parameters parameters) {
    Interval bounds = Interval.from(parameters);
    TruncatedNormal law =
        new TruncatedNormal(
            parameters.real("mean"), parameters.real("std"), bounds.low(), bounds.high());
    return IndependentInitializer.sameForEveryFan(law);
  }
}
