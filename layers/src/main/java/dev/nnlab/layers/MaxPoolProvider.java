package dev.nnlab.layers;

import dev.nnlab.core.layer.LayerDefinition;
import dev.nnlab.core.layer.LayerProvider;
import dev.nnlab.core.layer.PoolingGeometry;
import dev.nnlab.core.plugin.ParameterSpec;
import dev.nnlab.core.plugin.Parameters;
import java.util.List;

/** Provides {@code max-pool(size, stride=size)}. */
public final class MaxPoolProvider implements LayerProvider {

  private static final String NAME = "max-pool";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "the largest value of each window, channel by channel, as PyTorch's MaxPool2d; ties send the gradient to the first";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return PoolDefinition.parameters(NAME);
  }

  @Override
  public List<String> examples() {
    return List.of("max-pool(size=2)", "max-pool(size=3, stride=2)", "max-pool(size=2, stride=1)");
  }

  @Override
  public LayerDefinition create(Parameters parameters) {
    return PoolDefinition.of(NAME, PoolingGeometry.Kind.MAX, parameters);
  }
}
