/** The initializer plugin contract: {@code Initializer}, {@code Fan}, the declared distribution and the provider. */
@ApiStatus(ApiStatus.Level.STABLE)
package dev.nnlab.core.init;

import dev.nnlab.core.api.ApiStatus;
