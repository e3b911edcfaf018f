package dev.nnlab.core.layer;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.plugin.Configured;

/**
 * Declared by a 2-D convolution (cross-correlation, as in PyTorch's {@code Conv2d}) with square
 * kernels: z[f][i][j] = b[f] + Σ_c Σ_u Σ_v W[f][c][u][v] · x[c][i·stride + u − padding][j·stride + v −
 * padding], zero outside the input, and a = f(z). Its parameters are, in order, the weights
 * ({@code filters × (inputChannels·kernel·kernel)}, column {@code (c·kernel + u)·kernel + v}: PyTorch's
 * {@code weight.view(filters, -1)}) and the biases ({@code filters × 1}). The output is
 * {@code filters × ((h + 2·padding − kernel)/stride + 1) × ((w + 2·padding − kernel)/stride + 1)}.
 */
public record ConvolutionGeometry(
    Shape input, int filters, int kernel, int stride, int padding, Configured<Activation> activation) {}
