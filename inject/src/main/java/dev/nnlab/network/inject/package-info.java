/**
 * Guice support, in its own module ({@code nnlab-inject}) so that the engine brings no Guice:
 * {@code NetworkModule} assembles a network and trainer from a {@code NetworkSpecification}.
 * Training needs none of it.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
package dev.nnlab.network.inject;

import dev.nnlab.core.api.ApiStatus;
