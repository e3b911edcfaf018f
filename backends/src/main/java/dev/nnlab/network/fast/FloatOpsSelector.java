package dev.nnlab.network.fast;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the {@link FloatOps}: the Vector API implementation when the JVM was started with
 * {@code --add-modules jdk.incubator.vector}, the scalar one otherwise. The vector class is loaded
 * reflectively, only after the module check, so that the rest of the fast path works without it.
 */
final class FloatOpsSelector {

  static final String VECTOR_MODULE = "jdk.incubator.vector";
  private static final Logger LOG = LoggerFactory.getLogger(FloatOpsSelector.class);

  private FloatOpsSelector() {}

  /** Whether the Vector API module is in the boot layer. */
  static boolean vectorModulePresent() {
    return ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent();
  }

  /** The fastest implementation this JVM can run. */
  static FloatOps best() {
    return Holder.BEST;
  }

  /** The Vector API implementation; fails if the module is absent. */
  static FloatOps vector() {
    if (!vectorModulePresent()) {
      throw new IllegalStateException(
          "the Vector API is not available: start the JVM with --add-modules " + VECTOR_MODULE);
    }
    try {
      return (FloatOps)
          Class.forName(FloatOpsSelector.class.getPackageName() + ".VectorFloatOps")
              .getDeclaredConstructor()
              .newInstance();
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new IllegalStateException("cannot load the Vector API implementation: " + e, e);
    }
  }

  private static final class Holder {
    static final FloatOps BEST = choose();

    private static FloatOps choose() {
      if (!vectorModulePresent()) {
        LOG.debug("{} is not in the JVM; the fast path uses scalar loops", VECTOR_MODULE);
        return ScalarFloatOps.INSTANCE;
      }
      try {
        return vector();
      } catch (IllegalStateException e) {
        LOG.warn("falling back to scalar loops: {}", e.getMessage());
        return ScalarFloatOps.INSTANCE;
      }
    }
  }
}
