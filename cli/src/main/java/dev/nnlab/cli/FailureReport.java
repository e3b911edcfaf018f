package dev.nnlab.cli;

import dev.nnlab.core.plugin.PluginDiscoveryException;
import dev.nnlab.network.data.DataUnavailableException;
import dev.nnlab.network.io.IoReasons;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ServiceConfigurationError;

/**
 * Turns any {@link Throwable} that ends a command into one line and an exit code: 2 for a mistake
 * the user can fix (a bad value, a bad file, a plugin that cannot load, too little memory), 1 for
 * an internal failure. The stack trace is printed only with {@code --debug}; for an internal
 * failure the line says so, so the trace is one flag away but never the first thing a user sees.
 */
record FailureReport(String line, int exitCode) {

  /** The environment variable that raises the launcher's heap limit (see the {@code nnlab} script). */
  static final String HEAP_VARIABLE = "NNLAB_HEAP";

  static FailureReport of(Throwable failure) {
    // Guice and thread pools wrap an Error (out of memory while building a network) in their own
    // exceptions; the Error is what the user must hear about.
    for (Throwable cause = failure.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
      if (cause instanceof OutOfMemoryError || cause instanceof LinkageError) {
        return of(cause);
      }
    }
    if (failure instanceof UserFacingException userFacing) {
      return new FailureReport(userFacing.getMessage(), userFacing.exitCode());
    }
    if (failure instanceof IllegalArgumentException || failure instanceof PluginDiscoveryException) {
      return new FailureReport(failure.getMessage(), 2);
    }
    if (failure instanceof DataUnavailableException) {
      return new FailureReport(failure.getMessage(), 1);
    }
    if (failure instanceof UncheckedIOException io) {
      return new FailureReport(IoReasons.describe(io), 1);
    }
    if (failure instanceof OutOfMemoryError) {
      return new FailureReport(outOfMemory(), 2);
    }
    if (failure instanceof UnsupportedClassVersionError version) {
      return new FailureReport(
          "a plugin class was compiled for a newer Java than this one (" + Runtime.version().feature()
              + "): " + version.getMessage() + "; rebuild the plugin with --release "
              + Runtime.version().feature() + " or run nnlab on a newer JDK",
          2);
    }
    if (failure instanceof ServiceConfigurationError || failure instanceof LinkageError) {
      return new FailureReport("a plugin cannot be loaded: " + failure, 2);
    }
    return new FailureReport(
        "internal error: " + failure + " (rerun with --debug for the stack trace, and please report it)", 1);
  }

  private static String outOfMemory() {
    long maxMb = Runtime.getRuntime().maxMemory() >> 20;
    return "out of memory: this configuration needs more than the " + maxMb + " MB Java heap; use smaller"
        + " --sizes or data, or raise the heap with " + HEAP_VARIABLE + "=4g (the launcher's limit)"
        + " or NNLAB_JAVA_OPTS=-Xmx4g";
  }

  /** Prints the line (and, with {@code debug}, the trace) and returns the exit code. */
  int print(Throwable failure, PrintWriter err, boolean debug) {
    err.println("nnlab: " + line);
    if (debug) {
      failure.printStackTrace(err);
    }
    err.flush();
    return exitCode;
  }
}
