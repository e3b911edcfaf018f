package dev.nnlab.initializers;

import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.init.InitializerProvider;
import dev.nnlab.core.plugin.ParameterSpec;
import dev.nnlab.core.plugin.ParameterType;
import dev.nnlab.core.plugin.Parameters;
import java.util.List;

/** Every value the same constant, as PyTorch's {@code constant_} and Keras's {@code Constant}. */
public final class ConstantProvider implements InitializerProvider {

  @Override
  public String name() {
    return "constant";
  }

  @Override
  public String description() {
    return "every value the given constant";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(ParameterSpec.of("value", ParameterType.real(), "0", "the value"));
  }

  @Override
  public List<String> examples() {
    return List.of("constant", "constant(value=0.1)", "constant(value=-3)");
  }

  @Override
  public Initializer create(Parameters parameters) {
    Constant law = new Constant(parameters.real("value"));
    return IndependentInitializer.sameForEveryFan(law);
  }
}
