/** Layers and the network: the layer plugin contract, shapes, modes and {@code Network}. */
@ApiStatus(ApiStatus.Level.STABLE)
package dev.nnlab.core.layer;

import dev.nnlab.core.api.ApiStatus;
