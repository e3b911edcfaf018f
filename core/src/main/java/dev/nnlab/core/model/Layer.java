package dev.nnlab.core.model;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.plugin.Configured;
import java.util.List;

/**
 * One layer of a feed-forward network: maps a {@code batch × inputSize} matrix to a
 * {@code batch × outputSize} matrix through its parameters and its activation.
 */
public interface Layer {

  int inputSize();

  int outputSize();

  /** The activation applied to this layer's pre-activations, with the spec it was made from. */
  Configured<Activation> activation();

  /** The trainable parameters, in a fixed order (weights before biases for dense layers). */
  List<Parameter> parameters();
}
