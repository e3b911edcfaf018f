/** Statistics helpers of the conformance kit. */
@ApiStatus(ApiStatus.Level.INTERNAL)
package dev.nnlab.tck.stat;

import dev.nnlab.core.api.ApiStatus;
