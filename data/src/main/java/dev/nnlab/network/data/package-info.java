/** Data sets: MNIST and Fashion-MNIST fetching and caching, IDX files, {@code Samples} and the trainer's {@code Examples}. */
@ApiStatus(ApiStatus.Level.STABLE)
package dev.nnlab.network.data;

import dev.nnlab.core.api.ApiStatus;
