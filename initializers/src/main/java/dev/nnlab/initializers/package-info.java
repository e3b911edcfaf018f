/** The stock initializers. Use them by name ({@code xavier-normal}, {@code randn}, ...): the names and parameters are stable, the classes are not. */
@ApiStatus(ApiStatus.Level.INTERNAL)
package dev.nnlab.initializers;

import dev.nnlab.core.api.ApiStatus;
