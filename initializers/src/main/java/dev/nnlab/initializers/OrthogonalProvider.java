package dev.nnlab.initializers;

import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.init.InitializerProvider;
import dev.nnlab.core.plugin.ParameterSpec;
import dev.nnlab.core.plugin.Parameters;
import java.util.List;

/**
 * A (semi-)orthogonal matrix times the gain; see {@link OrthogonalInitializer}. Its values are not
 * independent, so it declares no per-value distribution.
 */
public final class OrthogonalProvider implements InitializerProvider {

  @Override
  public String name() {
    return "orthogonal";
  }

  @Override
  public String description() {
    return "Saxe et al.: QR of a Gaussian matrix with sign correction, times gain;"
        + " orthonormal columns (tall) or rows (wide)";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(GainParameter.withDefault("1"));
  }

  @Override
  public List<String> examples() {
    return List.of("orthogonal", "orthogonal(gain=2)");
  }

  @Override
  public Initializer create(Parameters parameters) {
    return new OrthogonalInitializer(parameters.gain("gain").value());
  }
}
