package dev.nnlab.core.plugin;

import java.util.Objects;

/**
 * A kind of plugin: the service contract looked up with {@link java.util.ServiceLoader}, a word for
 * messages and the module that ships the stock implementations.
 *
 * @param label singular word for messages, e.g. {@code initializer}
 * @param contract the service interface, e.g. {@code InitializerProvider.class}
 * @param stockModule the Maven module to add when none is found, e.g. {@code dev.nnlab:nnlab-initializers}
 * @param <T> what plugins of this kind make
 */
public record PluginKind<T>(String label, Class<? extends Plugin<T>> contract, String stockModule) {

  public PluginKind {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(stockModule, "stockModule");
  }
}
