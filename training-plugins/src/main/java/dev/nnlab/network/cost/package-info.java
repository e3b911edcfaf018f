/** The stock costs ({@code quadratic}, {@code cross-entropy}, {@code log-likelihood}), by name or as objects. */
@ApiStatus(ApiStatus.Level.STABLE)
package dev.nnlab.network.cost;

import dev.nnlab.core.api.ApiStatus;
