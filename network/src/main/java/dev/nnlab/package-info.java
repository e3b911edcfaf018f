/** The library's entry point, {@link dev.nnlab.Nnlab}. */
@ApiStatus(ApiStatus.Level.STABLE)
package dev.nnlab;

import dev.nnlab.core.api.ApiStatus;
