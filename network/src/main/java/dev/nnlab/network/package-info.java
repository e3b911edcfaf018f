/** Building networks from plugin names or objects: {@code NetworkBuilder} (reached through {@link dev.nnlab.Nnlab}). */
@ApiStatus(ApiStatus.Level.STABLE)
package dev.nnlab.network;

import dev.nnlab.core.api.ApiStatus;
