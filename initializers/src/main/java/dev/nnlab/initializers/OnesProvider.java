package dev.nnlab.initializers;

import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.init.InitializerProvider;
import dev.nnlab.core.plugin.Parameters;

/** Every value 1, as PyTorch's {@code ones_} and Keras's {@code Ones}. */
public final class OnesProvider implements InitializerProvider {

  @Override
  public String name() {
    return "ones";
  }

  @Override
  public String description() {
    return "every value 1";
  }

  @Override
  public Initializer create(Parameters parameters) {
    Constant law = new Constant(1);
    return IndependentInitializer.sameForEveryFan(law);
  }
}
