package dev.nnlab.initializers;

import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.init.InitializerProvider;
import dev.nnlab.core.plugin.Parameters;
import java.util.List;

/**
 * The identity convolution; see {@link DiracInitializer}. Its values are not independent, so it
 * declares no per-value distribution.
 */
public final class DiracProvider implements InitializerProvider {

  @Override
  public String name() {
    return "dirac";
  }

  @Override
  public String description() {
    return "PyTorch's dirac_: each filter f < min(filters, channels) passes channel f through"
        + " (1 at the kernel centre), 0 elsewhere";
  }

  @Override
  public List<String> examples() {
    return List.of("dirac");
  }

  @Override
  public Initializer create(Parameters parameters) {
    return new DiracInitializer();
  }
}
