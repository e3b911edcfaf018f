package dev.nnlab.network.io;

import dev.nnlab.core.init.Fan;
import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.plugin.Configured;
import dev.nnlab.core.plugin.Parameters;
import dev.nnlab.core.plugin.Plugin;
import dev.nnlab.core.plugin.Spec;
import dev.nnlab.core.plugin.SpecException;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;

/**
 * The initializer a loaded layer was trained with, kept as its spec only: a loaded network runs on
 * the values in its file, so loading needs no initializer plugin. It shows the spec as saved
 * ({@link Configured#spec()}) and refuses to draw values.
 */
final class SavedInitializer implements Initializer {

  private final String spec;

  private SavedInitializer(String spec) {
    this.spec = spec;
  }

  /**
   * A configured initializer whose {@code spec()} is {@code savedSpec} and whose plugin has the
   * saved name; a spec that does not parse is kept whole as the name.
   */
  static Configured<Initializer> of(String savedSpec) {
    SavedInitializer initializer = new SavedInitializer(savedSpec);
    Spec spec;
    try {
      spec = Spec.parse(savedSpec);
    } catch (SpecException e) {
      spec = new Spec(savedSpec, Map.of());
    }
    String name = spec.name();
    Plugin<Initializer> plugin =
        new Plugin<>() {
          @Override
          public String name() {
            return name;
          }

          @Override
          public String description() {
            return "the initializer a loaded network was trained with, kept as its spec";
          }

          @Override
          public Initializer create(Parameters parameters) {
            return initializer;
          }
        };
    return new Configured<>(initializer, plugin, Parameters.saved(spec.arguments()));
  }

  @Override
  public void initialize(DMatrixRMaj target, Fan fan, RandomGenerator random) {
    throw new IllegalStateException(
        "this layer was loaded from a file; its initializer " + spec + " is kept as a name only and "
            + "draws no values: build the network from its specs to initialise it again");
  }

  @Override
  public String formula(Fan fan) {
    return spec + " (as saved; not resolved on loading)";
  }
}
