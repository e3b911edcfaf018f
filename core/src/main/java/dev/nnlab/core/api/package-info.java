/** The API status markers of nnlab's library (see docs/library.md, "API status"). */
@ApiStatus(ApiStatus.Level.STABLE)
package dev.nnlab.core.api;
