package dev.nnlab.activations;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.activation.ActivationProvider;
import dev.nnlab.core.plugin.Parameters;
import java.util.List;

/** Provides {@code log-sigmoid}, also under PyTorch's spelling {@code logsigmoid}. */
public final class LogSigmoidProvider implements ActivationProvider {

  @Override
  public String name() {
    return "log-sigmoid";
  }

  @Override
  public List<String> aliases() {
    return List.of("logsigmoid");
  }

  @Override
  public String description() {
    return "ln(sigmoid(z)) = -softplus(-z), computed without overflow or log(0)";
  }

  @Override
  public Activation create(Parameters parameters) {
    return LogSigmoid.INSTANCE;
  }
}
