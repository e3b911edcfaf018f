/** The double-precision reference backend; select it with {@code TrainingEngine.REFERENCE}. */
@ApiStatus(ApiStatus.Level.INTERNAL)
package dev.nnlab.network.backend.reference;

import dev.nnlab.core.api.ApiStatus;
