/** The stock regularizers ({@code none}, {@code l2}, {@code l1}), by name or as objects. */
@ApiStatus(ApiStatus.Level.STABLE)
package dev.nnlab.network.regularize;

import dev.nnlab.core.api.ApiStatus;
