package dev.nnlab.network.audit;

/**
 * One conclusion of an audit, in plain language.
 *
 * @param severity how much it matters
 * @param rule which rule of {@link Verdicts} produced it
 * @param layer the layer it is about, from 1, or 0 for the network as a whole
 * @param message a sentence a user can act on, e.g. {@code hidden layer 1: 100 % of sigmoid units
 *     saturated (mean z = 51.7): gradients vanish; the network cannot learn. Try xavier-normal or
 *     nielsen-default.}
 */
public record Finding(Severity severity, Rule rule, int layer, String message) {

  /** How much a finding matters, mildest first. */
  public enum Severity {
    /** The network looks ready to learn. */
    HEALTHY,
    /** It will learn, but slower or less well than it could. */
    WARNING,
    /** It cannot learn (or only a degenerate solution) as initialised. */
    PROBLEM
  }

  /** The rules, each documented with its threshold in {@link Verdicts}. */
  public enum Rule {
    SATURATED,
    DEAD,
    BLOCKED_CHANNELS,
    COLLAPSED,
    FROZEN,
    SYMMETRIC,
    SIGNAL_SHRINKS,
    SIGNAL_GROWS,
    EARLY_LAYERS_SLOW,
    SCALE_MISMATCH,
    NON_FINITE,
    HEALTHY
  }

  @Override
  public String toString() {
    return severity + ": " + message;
  }
}
