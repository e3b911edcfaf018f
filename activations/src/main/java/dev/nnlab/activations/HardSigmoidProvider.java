package dev.nnlab.activations;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.activation.ActivationProvider;
import dev.nnlab.core.plugin.ParameterSpec;
import dev.nnlab.core.plugin.ParameterType;
import dev.nnlab.core.plugin.Parameters;
import java.util.List;

/**
 * Provides {@code hard-sigmoid(convention=pytorch|keras2|courbariaux)}. The default is PyTorch's
 * relu6(z+3)/6, which Keras 3 also adopted; see {@link HardSigmoidConvention} for the others.
 */
public final class HardSigmoidProvider implements ActivationProvider {

  @Override
  public String name() {
    return "hard-sigmoid";
  }

  @Override
  public String description() {
    return "piecewise-linear sigmoid clip(slope*z + 0.5, 0, 1); default relu6(z+3)/6 as PyTorch";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        ParameterSpec.of(
            "convention",
            ParameterType.choice(HardSigmoidConvention.words()),
            HardSigmoidConvention.PYTORCH.word(),
            "pytorch: relu6(z+3)/6 (slope 1/6); keras2: 0.2z+0.5 (Keras 2, Theano, DL4J);"
                + " courbariaux: (z+1)/2 (BinaryConnect)"));
  }

  @Override
  public List<String> examples() {
    return List.of(
        "hard-sigmoid", "hard-sigmoid(convention=keras2)", "hard-sigmoid(convention=courbariaux)");
  }

  @Override
  public Activation create(Parameters parameters) {
    return new HardSigmoid(HardSigmoidConvention.fromWord(parameters.choice("convention")));
  }
}
