package dev.nnlab.core.plugin;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.activation.ActivationProvider;
import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.init.InitializerProvider;
import dev.nnlab.core.model.Cost;
import dev.nnlab.core.model.CostProvider;
import dev.nnlab.core.model.Optimizer;
import dev.nnlab.core.model.OptimizerProvider;
import dev.nnlab.core.model.Regularizer;
import dev.nnlab.core.model.RegularizerProvider;
import dev.nnlab.core.layer.LayerDefinition;
import dev.nnlab.core.layer.LayerProvider;
import java.util.List;

/** The plugin kinds nnlab knows. */
public final class PluginKinds {

  public static final PluginKind<Initializer> INITIALIZER =
      new PluginKind<>("initializer", InitializerProvider.class, "dev.nnlab:nnlab-initializers");

  public static final PluginKind<Activation> ACTIVATION =
      new PluginKind<>("activation", ActivationProvider.class, "dev.nnlab:nnlab-activations");

  public static final PluginKind<Cost> COST =
      new PluginKind<>("cost", CostProvider.class, "dev.nnlab:nnlab-training-plugins");

  public static final PluginKind<Optimizer> OPTIMIZER =
      new PluginKind<>("optimizer", OptimizerProvider.class, "dev.nnlab:nnlab-training-plugins");

  public static final PluginKind<Regularizer> REGULARIZER =
      new PluginKind<>("regularizer", RegularizerProvider.class, "dev.nnlab:nnlab-training-plugins");

  public static final PluginKind<LayerDefinition> LAYER =
      new PluginKind<>("layer", LayerProvider.class, "dev.nnlab:nnlab-layers");

  static final List<PluginKind<?>> ALL =
      List.of(INITIALIZER, ACTIVATION, LAYER, COST, OPTIMIZER, REGULARIZER);

  private PluginKinds() {}
}
