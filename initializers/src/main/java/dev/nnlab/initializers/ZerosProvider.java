package dev.nnlab.initializers;

import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.init.InitializerProvider;
import dev.nnlab.core.plugin.Parameters;

/**
 * Every value 0: the usual bias initialisation. For weights it shows why symmetry must be broken:
 * every hidden unit then computes the same function and receives the same gradient.
 */
public final class ZerosProvider implements InitializerProvider {

  @Override
  public String name() {
    return "zeros";
  }

  @Override
  public String description() {
    return "every value 0 (biases; as weights no unit can differ from another)";
  }

  @Override
  public Initializer create(Parameters parameters) {
    Constant law = new Constant(0);
    return IndependentInitializer.sameForEveryFan(law);
  }
}
