package dev.nnlab.initializers;

import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.init.InitializerProvider;
import dev.nnlab.core.plugin.ParameterSpec;
import dev.nnlab.core.plugin.ParameterType;
import dev.nnlab.core.plugin.Parameters;
import java.util.List;

/**
 * U[low, high). With the defaults it is numpy's {@code random.rand}, U[0, 1) — the initialisation
 * that made the seed Q&amp;A's sigmoid network stop learning — hence the alias {@code rand}.
 */
public final class UniformProvider implements InitializerProvider {

  @Override
  public String name() {
    return "uniform";
  }

  @Override
  public List<String> aliases() {
    return List.of("rand");
  }

  @Override
  public String description() {
    return "U[low, high); the defaults are numpy.random.rand's U[0, 1)";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        ParameterSpec.of("low", ParameterType.real(), "0", "the smallest value (included)"),
        ParameterSpec.of("high", ParameterType.real(), "1", "the bound above (excluded)"));
  }

  @Override
  public List<String> examples() {
    return List.of("rand", "uniform(low=-0.05, high=0.05)", "uniform(low=2, high=2.5)");
  }

  @Override
  public Initializer create(Parameters parameters) {
    Interval bounds = Interval.from(parameters);
    Uniform law = new Uniform(bounds.low(), bounds.high());
    return IndependentInitializer.sameForEveryFan(law);
  }
}
