package dev.nnlab.core.layer;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.model.Parameter;
import dev.nnlab.core.plugin.Configured;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;

/**
 * One layer of a network, placed and sized: it maps a {@code batch × inputShape().size()} matrix to
 * a {@code batch × outputShape().size()} matrix, one example per row in the channel-major layout of
 * {@link Shape}. This class defines the layer's semantics in double precision (the reference); a
 * backend may run a faster equivalent it builds from a declared {@link #capability}.
 *
 * <p>A layer owns its parameters and whatever it keeps between {@link #forward} and
 * {@link #backward} (pre-activations, pooling positions, dropout masks); its work matrices are
 * allocated once per batch size and reused. Outputs never alias inputs.
 */
public interface Layer {

  /** The definition it was built from; its {@code toString()} is the layer's canonical spec. */
  LayerDefinition definition();

  /** The place in the network, from 1. */
  int position();

  Shape inputShape();

  Shape outputShape();

  /** The activation applied last, if the layer has one. */
  Optional<Configured<Activation>> activation();

  /**
   * Every parameter, trainable ones and buffers, in a fixed order (weights before biases). Their
   * layouts are part of the layer type's documented contract, so that a backend can read them.
   */
  List<Parameter> parameters();

  /**
   * Draws the initial values of the trainable parameters and resets the buffers. Weights and biases
   * come from their own streams, so changing the bias initializer changes no weight.
   */
  void initialize(RandomGenerator weightStream, RandomGenerator biasStream);

  /**
   * Computes the output for a batch and keeps what {@link #backward} needs.
   *
   * @param input {@code batch × inputShape().size()}
   * @param output receives {@code batch × outputShape().size()}; reshaped if needed
   * @param mode training (dropout and batch statistics on) or inference
   * @param random the stream a stochastic layer (dropout) draws from in training mode
   */
  void forward(DMatrixRMaj input, DMatrixRMaj output, Mode mode, RandomGenerator random);

  /**
   * Back-propagates through the last forward pass: overwrites the gradient of every trainable
   * parameter with ∂C/∂θ and writes ∂C/∂input. After an {@link Mode#INFERENCE} pass it differentiates
   * the function that pass computed (dropout the identity, batch-norm with its running statistics
   * held fixed), as PyTorch does in {@code eval()} mode; training calls it after training passes.
   *
   * @param gradient ∂C/∂output, or ∂C/∂z (the pre-activation) when {@code ofPreActivation}; C is the
   *     mini-batch cost, so the gradient is already divided by the batch size
   * @param ofPreActivation true when the caller has already taken the activation's derivative, as for
   *     a cost whose canonical link is this layer's activation (δ = a − y); only for a layer with an
   *     activation
   * @param gradInput receives ∂C/∂input, reshaped if needed; null for the first layer, which needs
   *     none
   */
  void backward(DMatrixRMaj gradient, boolean ofPreActivation, DMatrixRMaj gradInput);

  /**
   * The pre-activation z of the last forward pass ({@code batch × outputShape().size()}), for a
   * layer with an activation: diagnostics and audits measure saturation and scale on it, and a
   * backend names it when training diverges. It is laid out like the output (channel-major, see
   * {@link Shape}), so a layer with a spatial output is also measured channel by channel. Empty by
   * default.
   */
  default Optional<DMatrixRMaj> preActivation() {
    return Optional.empty();
  }

  /**
   * A capability this layer declares, by the type of its description ({@link DenseGeometry},
   * {@link ConvolutionGeometry}, {@link PoolingGeometry}, {@link ParameterInitializers}, ...): a
   * backend asks for the descriptions it has kernels for instead of testing the layer's class, so a
   * third-party layer that declares one, with parameters in the documented layout, gets the same
   * kernels. None by default.
   */
  default <T> Optional<T> capability(Class<T> type) {
    return Optional.empty();
  }
}
