package dev.nnlab.examples.reproduce;

/**
 * A chart an experiment drew from its runs.
 *
 * @param file the file name to write it under, e.g. {@code ch1-network-accuracy.png}
 * @param caption one sentence saying what it shows
 * @param png the image
 */
public record Figure(String file, String caption, byte[] png) {}
