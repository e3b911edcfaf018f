/**
 * The stock layer plugins ({@code dense}, {@code conv}, pooling, {@code flatten}, {@code dropout},
 * {@code batch-norm}, {@code prelu}), each a {@link dev.nnlab.core.layer.LayerProvider} registered in
 * {@code META-INF/services}. Depends on {@code core} only.
 */
package dev.nnlab.layers;
