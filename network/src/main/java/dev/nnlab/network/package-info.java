/** The entry point: {@code Nnlab}, which builds networks ({@code NetworkBuilder}) and trainers from plugin names or objects. */
@ApiStatus(ApiStatus.Level.STABLE)
package dev.nnlab.network;

import dev.nnlab.core.api.ApiStatus;
