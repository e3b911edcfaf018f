package dev.nnlab.core.layer;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.plugin.Configured;

/**
 * What a layer learns of the network it is placed in when it is built.
 *
 * @param position the layer's place, from 1 (the first layer after the input); names its parameters
 *     {@code layer<position>.<name>} and every message about it
 * @param inputShape the shape of the layer's input
 * @param weightInitializer the network's weight initializer, for layers whose spec names none; null
 *     if the network has none, and then a layer that needs one refuses with an
 *     {@link IllegalArgumentException} saying so
 * @param biasInitializer the network's bias initializer, likewise
 * @param activation the network's activation for this position (the hidden or the output one), for
 *     layers whose spec names none; null if the network has none, likewise
 */
public record LayerContext(
    int position,
    Shape inputShape,
    Configured<Initializer> weightInitializer,
    Configured<Initializer> biasInitializer,
    Configured<Activation> activation) {}
