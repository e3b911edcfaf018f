/** The single-precision fast backends; the trainer picks them ({@code TrainingEngine.AUTO}). */
@ApiStatus(ApiStatus.Level.INTERNAL)
package dev.nnlab.network.fast;

import dev.nnlab.core.api.ApiStatus;
