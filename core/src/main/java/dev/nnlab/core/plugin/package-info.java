/** Plugin discovery and spec strings: {@code PluginCatalog}, registries, specs, parameter types. */
@ApiStatus(ApiStatus.Level.STABLE)
package dev.nnlab.core.plugin;

import dev.nnlab.core.api.ApiStatus;
