package dev.nnlab.core.plugin;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.activation.ActivationProvider;
import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.init.InitializerProvider;
import java.util.List;

/** The plugin kinds nnlab knows. */
public final class PluginKinds {

  public static final PluginKind<Initializer> INITIALIZER =
      new PluginKind<>("initializer", InitializerProvider.class, "dev.nnlab:nnlab-initializers");

  public static final PluginKind<Activation> ACTIVATION =
      new PluginKind<>("activation", ActivationProvider.class, "dev.nnlab:nnlab-activations");

  static final List<PluginKind<?>> ALL = List.of(INITIALIZER, ACTIVATION);

  private PluginKinds() {}
}
