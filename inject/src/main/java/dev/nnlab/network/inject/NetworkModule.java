package dev.nnlab.network.inject;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.name.Named;
import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.layer.Network;
import dev.nnlab.core.model.Cost;
import dev.nnlab.core.model.Optimizer;
import dev.nnlab.core.model.Regularizer;
import dev.nnlab.core.plugin.Configured;
import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.network.NetworkBuilder;
import dev.nnlab.network.train.Trainer;
import dev.nnlab.network.train.TrainingEngine;
import dev.nnlab.network.train.TrainingListener;
import java.util.List;
import java.util.Set;

/**
 * Assembles a network and its trainer from a {@link NetworkSpecification}. Every component is its
 * own binding, so {@code Modules.override(new NetworkModule(spec)).with(...)} can replace one:
 * {@code Configured<Cost>}, {@code Configured<Optimizer>}, {@code Configured<Regularizer>},
 * {@code @Named("weights")} / {@code @Named("biases") Configured<Initializer>},
 * {@code @Named("hidden")} / {@code @Named("output") Configured<Activation>}, or the
 * {@link PluginCatalog}. Listeners are added with {@code Multibinder<TrainingListener>}.
 */
public final class NetworkModule extends AbstractModule {

  private final NetworkSpecification specification;

  public NetworkModule(NetworkSpecification specification) {
    this.specification = specification;
  }

  @Override
  protected void configure() {
    bind(NetworkSpecification.class).toInstance(specification);
    Multibinder.newSetBinder(binder(), TrainingListener.class);
  }

  @Provides
  @Singleton
  PluginCatalog catalog() {
    return PluginCatalog.standard();
  }

  @Provides
  @Singleton
  @Named("weights")
  Configured<Initializer> weights(PluginCatalog catalog, NetworkSpecification spec) {
    return catalog.initializer(spec.weightInitializer());
  }

  @Provides
  @Singleton
  @Named("biases")
  Configured<Initializer> biases(PluginCatalog catalog, NetworkSpecification spec) {
    return catalog.initializer(spec.biasInitializer());
  }

  @Provides
  @Singleton
  @Named("hidden")
  Configured<Activation> hidden(PluginCatalog catalog, NetworkSpecification spec) {
    return catalog.activation(spec.hiddenActivation());
  }

  @Provides
  @Singleton
  @Named("output")
  Configured<Activation> output(PluginCatalog catalog, NetworkSpecification spec) {
    return catalog.activation(spec.outputActivation());
  }

  @Provides
  @Singleton
  Configured<Cost> cost(PluginCatalog catalog, NetworkSpecification spec) {
    return catalog.cost(spec.cost());
  }

  @Provides
  @Singleton
  Configured<Optimizer> optimizer(PluginCatalog catalog, NetworkSpecification spec) {
    return catalog.optimizer(spec.optimizer());
  }

  @Provides
  @Singleton
  Configured<Regularizer> regularizer(PluginCatalog catalog, NetworkSpecification spec) {
    return catalog.regularizer(spec.regularizer());
  }

  @Provides
  @Singleton
  Network network(
      PluginCatalog catalog,
      NetworkSpecification spec,
      @Named("weights") Configured<Initializer> weights,
      @Named("biases") Configured<Initializer> biases,
      @Named("hidden") Configured<Activation> hidden,
      @Named("output") Configured<Activation> output) {
    NetworkBuilder builder =
        NetworkBuilder.using(catalog).input(spec.input()).weights(weights).biases(biases)
            .hiddenActivation(hidden).outputActivation(output).seed(spec.seed());
    if (spec.layers().isEmpty()) {
      List<Integer> sizes = spec.sizes();
      for (int l = 1; l < sizes.size(); l++) {
        builder.dense(sizes.get(l), l == sizes.size() - 1 ? output : hidden, null, null);
      }
    } else {
      spec.layers().forEach(builder::layer);
    }
    return builder.build();
  }

  /**
   * The fast path wherever the configuration allows it; override with {@code Modules.override} to
   * force the exact double-precision reference engine.
   */
  @Provides
  TrainingEngine engine() {
    return TrainingEngine.AUTO;
  }

  @Provides
  @Singleton
  Trainer trainer(
      Network network,
      NetworkSpecification spec,
      Configured<Cost> cost,
      Configured<Optimizer> optimizer,
      Configured<Regularizer> regularizer,
      Set<TrainingListener> listeners,
      TrainingEngine engine) {
    Trainer.Builder builder =
        Trainer.builder(network)
            .engine(engine)
            .cost(cost.value())
            .optimizer(optimizer.value())
            .regularizer(regularizer.value())
            .epochs(spec.epochs())
            .miniBatchSize(spec.miniBatchSize())
            .dropout(spec.dropout())
            .seed(spec.seed());
    listeners.forEach(builder::listener);
    return builder.build();
  }
}
