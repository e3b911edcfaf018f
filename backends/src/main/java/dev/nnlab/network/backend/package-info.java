/** The backend seam the trainer drives; choose a backend with {@code TrainingEngine}, not through these classes. */
@ApiStatus(ApiStatus.Level.INTERNAL)
package dev.nnlab.network.backend;

import dev.nnlab.core.api.ApiStatus;
