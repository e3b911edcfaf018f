package dev.nnlab.initializers;

import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.init.InitializerProvider;
import dev.nnlab.core.plugin.ParameterSpec;
import dev.nnlab.core.plugin.ParameterType;
import dev.nnlab.core.plugin.Parameters;
import java.util.List;

/**
 * N(mean, std²). With the defaults it is numpy's {@code random.randn}, the standard normal that
 * Nielsen's network.py uses — hence the alias {@code randn}.
 */
public final class NormalProvider implements InitializerProvider {

  @Override
  public String name() {
    return "normal";
  }

  @Override
  public List<String> aliases() {
    return List.of("randn");
  }

  @Override
  public String description() {
    return "N(mean, std²); the defaults are numpy.random.randn's N(0, 1)";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        ParameterSpec.of("mean", ParameterType.real(), "0", "the mean"),
        ParameterSpec.of("std", ParameterType.positive(), "1", "the standard deviation"));
  }

  @Override
  public List<String> examples() {
    return List.of("randn", "normal(mean=0.5, std=0.1)", "normal(std=0.01)");
  }

  @Override
  public Initializer create(Parameters parameters) {
    Normal law = new Normal(parameters.real("mean"), parameters.real("std"));
    return IndependentInitializer.sameForEveryFan(law);
  }
}
