/**
 * The training doctor: why this run is (not) learning, decided during training.
 *
 * <p>{@link dev.nnlab.network.doctor.Watch} is a training listener that reads cheap instruments of
 * every layer through the trainer's diagnostics seam every few mini-batches (cost, ‖∂C/∂W‖,
 * ‖∂C/∂b‖, ‖ΔW‖/‖W‖, saturated or dead share, activation statistics, distance from the first
 * weights) and, after every epoch, held-out accuracy and cost and the share of the most common
 * prediction. {@link dev.nnlab.network.doctor.RecipeChecks} are Karpathy's checks before training
 * (cost at init against the constant guess, overfitting one mini-batch, input statistics).
 * {@link dev.nnlab.network.doctor.Rules} turn both into {@link dev.nnlab.network.doctor.Observation}s
 * with stable rule ids ({@link dev.nnlab.network.doctor.Symptom}), most explanatory first;
 * {@link dev.nnlab.network.doctor.Doctor} runs it all. Thresholds and their reasons: docs/doctor.md.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
package dev.nnlab.network.doctor;

import dev.nnlab.core.api.ApiStatus;
