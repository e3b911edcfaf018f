package dev.nnlab.network.train;

import dev.nnlab.network.backend.Arithmetic;

/**
 * Which backend a training run uses and why, told to listeners when the run starts.
 *
 * @param backend the backend's short name, {@code reference} or {@code fast}
 * @param description one line: {@code fast single-precision backend: float vector 256-bit, sparse
 *     inputs (density 0.191), 1 thread(s)}, {@code reference backend, because <reason>} or
 *     {@code reference backend (chosen)}
 * @param arithmetic what actually runs
 */
public record BackendReport(String backend, String description, Arithmetic arithmetic) {}
