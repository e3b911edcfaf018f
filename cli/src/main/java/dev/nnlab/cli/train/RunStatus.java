package dev.nnlab.cli.train;

import java.util.Locale;

/**
 * How a run ended, the manifest's {@code status}. The manifest is written after the network file,
 * so {@code finished} means the network is in place; anything else says why it is not.
 */
public enum RunStatus {
  /** Every epoch ran and every output was written. */
  FINISHED,
  /** An output could not be written, or the run failed otherwise. */
  FAILED,
  /** SIGINT or SIGTERM stopped the run; the epochs recorded are those that completed. */
  INTERRUPTED,
  /** The cost became NaN or infinite; training stopped. */
  DIVERGED;

  /** The lower-case name the manifest uses. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
