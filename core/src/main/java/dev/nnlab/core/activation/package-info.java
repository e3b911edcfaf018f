/** The activation plugin contract: {@code Activation}, its provider and the element-wise helper. */
@ApiStatus(ApiStatus.Level.STABLE)
package dev.nnlab.core.activation;

import dev.nnlab.core.api.ApiStatus;
