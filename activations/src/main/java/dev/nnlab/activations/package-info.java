/** The stock activations. Use them by name ({@code sigmoid}, {@code relu}, ...): the names and parameters are stable, the classes are not. */
@ApiStatus(ApiStatus.Level.INTERNAL)
package dev.nnlab.activations;

import dev.nnlab.core.api.ApiStatus;
