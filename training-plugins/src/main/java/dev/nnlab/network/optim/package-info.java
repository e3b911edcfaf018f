/** The stock optimizers ({@code sgd}, {@code momentum}, {@code adam}, ...), by name or as objects. */
@ApiStatus(ApiStatus.Level.STABLE)
package dev.nnlab.network.optim;

import dev.nnlab.core.api.ApiStatus;
