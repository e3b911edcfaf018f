package dev.nnlab.initializers;

import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.init.InitializerProvider;
import dev.nnlab.core.plugin.ParameterSpec;
import dev.nnlab.core.plugin.Parameters;
import java.util.List;

/** The (rectangular) identity times the gain; see {@link IdentityInitializer}. */
public final class IdentityProvider implements InitializerProvider {

  @Override
  public String name() {
    return "identity";
  }

  @Override
  public String description() {
    return "gain·I: gain on the main diagonal, 0 elsewhere; rectangular for non-square weights";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(GainParameter.withDefault("1"));
  }

  @Override
  public List<String> examples() {
    return List.of("identity", "identity(gain=0.5)");
  }

  @Override
  public Initializer create(Parameters parameters) {
    return new IdentityInitializer(parameters.gain("gain").value());
  }
}
