/** Per-layer training diagnostics (activation statistics, saturation, gradient norms, update ratios); layers count from 1. */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
package dev.nnlab.network.diagnostics;

import dev.nnlab.core.api.ApiStatus;
