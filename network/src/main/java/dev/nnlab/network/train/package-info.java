/** Training: {@code Trainer}, its listeners and events, evaluation sets and the history. */
@ApiStatus(ApiStatus.Level.STABLE)
package dev.nnlab.network.train;

import dev.nnlab.core.api.ApiStatus;
