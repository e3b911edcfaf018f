package dev.nnlab.layers;

import dev.nnlab.core.layer.LayerDefinition;
import dev.nnlab.core.layer.LayerProvider;
import dev.nnlab.core.layer.PoolingGeometry;
import dev.nnlab.core.plugin.ParameterSpec;
import dev.nnlab.core.plugin.Parameters;
import java.util.List;

/** Provides {@code avg-pool(size, stride=size)}. */
public final class AvgPoolProvider implements LayerProvider {

  private static final String NAME = "avg-pool";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "the mean of each window, channel by channel, as PyTorch's AvgPool2d";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return PoolDefinition.parameters(NAME);
  }

  @Override
  public List<String> examples() {
    return List.of("avg-pool(size=2)", "avg-pool(size=3, stride=2)", "avg-pool(size=2, stride=1)");
  }

  @Override
  public LayerDefinition create(Parameters parameters) {
    return PoolDefinition.of(NAME, PoolingGeometry.Kind.AVERAGE, parameters);
  }
}
