/** Saving and loading networks ({@code NetworkFile}); {@code DurableFiles} is internal. */
@ApiStatus(ApiStatus.Level.STABLE)
package dev.nnlab.network.io;

import dev.nnlab.core.api.ApiStatus;
