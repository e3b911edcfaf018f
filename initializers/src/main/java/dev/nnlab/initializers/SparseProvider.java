package dev.nnlab.initializers;

import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.init.InitializerProvider;
import dev.nnlab.core.plugin.ParameterSpec;
import dev.nnlab.core.plugin.ParameterType;
import dev.nnlab.core.plugin.Parameters;
import java.util.List;

/**
 * Sparse initialisation; see {@link SparseInitializer}. The zeros are placed per column, so the
 * values are not independent and no per-value distribution is declared.
 */
public final class SparseProvider implements InitializerProvider {

  @Override
  public String name() {
    return "sparse";
  }

  @Override
  public String description() {
    return "Martens's sparse init: ceil(sparsity·rows) zeros per column, the rest N(0, std²)";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        ParameterSpec.of(
            "sparsity",
            ParameterType.real(0, true, 1, false),
            "0.1",
            "the fraction of each column set to zero, in [0, 1)"),
        ParameterSpec.of("std", ParameterType.positive(), "0.01", "the std of the non-zeros"));
  }

  @Override
  public List<String> examples() {
    return List.of("sparse", "sparse(sparsity=0.5, std=1)", "sparse(sparsity=0)");
  }

  @Override
  public Initializer create(Parameters parameters) {
    return new SparseInitializer(parameters.real("sparsity"), parameters.real("std"));
  }
}
