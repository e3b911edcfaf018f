package dev.nnlab;

import dev.nnlab.core.layer.Network;
import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.network.NetworkBuilder;
import dev.nnlab.network.io.NetworkFile;
import dev.nnlab.network.train.Trainer;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The library's entry point, at the root package so that it sits above everything it builds: one plugin catalog, from which networks and trainers are built with
 * plugin names ({@code "sigmoid"}, {@code "sgd(eta=3)"}) or objects alike, and networks are loaded.
 *
 * <pre>{@code
 * Nnlab nnlab = Nnlab.standard();
 * Network network = nnlab.network().input(784).dense(30, "sigmoid").dense(10, "sigmoid")
 *     .weights("xavier-normal").biases("zeros").seed(1).build();
 * Trainer trainer = nnlab.trainer(network).cost("quadratic").optimizer("sgd(eta=3)")
 *     .epochs(1).miniBatchSize(10).seed(1).build();
 * }</pre>
 *
 * A spec string resolves at the call, with the command line's message when it is wrong (an unknown
 * name lists the available ones). The trainer's default engine is {@code TrainingEngine.AUTO}, as
 * everywhere: the fast single-precision backend when the job allows it, the reference otherwise.
 */
public final class Nnlab {

  private final PluginCatalog plugins;

  private Nnlab(PluginCatalog plugins) {
    this.plugins = Objects.requireNonNull(plugins, "plugins");
  }

  /** Every plugin on the class path (or module path) of this class's loader. */
  public static Nnlab standard() {
    return new Nnlab(PluginCatalog.standard());
  }

  /** The plugins of {@code catalog}, e.g. {@code PluginCatalog.of(pluginJarLoader)}. */
  public static Nnlab using(PluginCatalog catalog) {
    return new Nnlab(catalog);
  }

  public PluginCatalog plugins() {
    return plugins;
  }

  /** A network builder resolving names through this catalog. */
  public NetworkBuilder network() {
    return NetworkBuilder.using(plugins);
  }

  /** A trainer builder for {@code network}, resolving names through this catalog. */
  public Trainer.Builder trainer(Network network) {
    return Trainer.builder(network, plugins);
  }

  /** A network saved with {@link NetworkFile#save}, its layers and activations found in this catalog. */
  public Network load(Path file) {
    return NetworkFile.load(file, plugins);
  }
}
