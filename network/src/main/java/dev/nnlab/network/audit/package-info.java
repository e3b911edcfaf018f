/**
 * The audit: why a network will or will not learn, decided before training from one forward and
 * one backward pass of a probe batch (1,000 training examples by default).
 *
 * <p>Per layer ({@link dev.nnlab.network.audit.LayerAudit}): the fan and the initializers'
 * effective formulas; the mean and std of z; the input-driven part of z (each unit's std across
 * inputs); saturated units (bounded activations: |f′(z)| below 1 % of the peak |f′|) or dead units
 * (ReLU family: f′ = 0 for every probe input); E[w²] against the band of variances the activation's
 * gain asks for ({@link dev.nnlab.network.audit.ScaleBand}); and the expected gradient scale,
 * defined as the backpropagated δ = ∂C/∂z of the probe batch: its RMS, Nielsen's ‖∂C/∂b‖ per unit
 * (his "speed of learning"), and the epoch drift η · updates per epoch · ‖∂C/∂W‖/‖W‖, an upper
 * bound on how far one epoch of SGD can move the layer's weights. For the output: the share of
 * inputs given the most common class and how much the inputs move the output at all
 * ({@link dev.nnlab.network.audit.OutputCollapse}).
 *
 * <p>{@link dev.nnlab.network.audit.Verdicts} turns those into plain-language
 * {@link dev.nnlab.network.audit.Finding}s; its constants are the documented thresholds.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
package dev.nnlab.network.audit;

import dev.nnlab.core.api.ApiStatus;
