/**
 * The stock layer plugins ({@code dense}, {@code conv}, pooling, {@code flatten}, {@code dropout},
 * {@code batch-norm}, {@code prelu}), each a {@link dev.nnlab.core.layer.LayerProvider} registered in
 * {@code META-INF/services}. Depends on {@code core} only.
 */
@ApiStatus(ApiStatus.Level.INTERNAL)
package dev.nnlab.layers;

import dev.nnlab.core.api.ApiStatus;
