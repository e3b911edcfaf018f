/** The conformance kit for plugin authors: {@code InitializerConformance}, {@code ActivationConformance}, {@code LayerConformance}. */
@ApiStatus(ApiStatus.Level.STABLE)
package dev.nnlab.tck;

import dev.nnlab.core.api.ApiStatus;
