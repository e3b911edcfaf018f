package dev.nnlab.activations;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.activation.ActivationProvider;
import dev.nnlab.core.plugin.Parameters;
import java.util.List;

/** Provides {@code hard-swish}, also under PyTorch's spelling {@code hardswish}. */
public final class HardSwishProvider implements ActivationProvider {

  @Override
  public String name() {
    return "hard-swish";
  }

  @Override
  public List<String> aliases() {
    return List.of("hardswish");
  }

  @Override
  public String description() {
    return "MobileNetV3's z*relu6(z+3)/6: 0 below -3, z above 3";
  }

  @Override
  public Activation create(Parameters parameters) {
    return HardSwish.INSTANCE;
  }
}
