package dev.nnlab.network.optim;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nnlab.core.plugin.PluginCatalog;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that constructing a stock plugin object in code fails as its spec string does. */
public final class SpecMessages {

  private SpecMessages() {}

  /**
   * @param construction e.g. {@code () -> new Sgd(-3)}
   * @param kind the catalog's kind, e.g. "optimizer"
   * @param spec the same values as a spec string, e.g. {@code sgd(eta=-3)}
   * @param message the exact message both must give
   */
  public static void refusedLikeTheSpec(ThrowingCallable construction, String kind, String spec, String message) {
    ThrowingCallable parsing = switch (kind) {
      case "optimizer" -> () -> PluginCatalog.standard().optimizer(spec);
      case "regularizer" -> () -> PluginCatalog.standard().regularizer(spec);
      default -> throw new IllegalArgumentException("no such kind " + kind);
    };
    assertThatThrownBy(parsing).as(spec).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    assertThatThrownBy(construction).as("constructing %s", spec)
        .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }
}
