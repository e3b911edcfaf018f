package dev.nnlab.cli.reproduce;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A chart an experiment drew from its runs.
 *
 * @param file the file name to write it under, e.g. {@code ch1-network-accuracy.png}
 * @param caption one sentence saying what it shows
 * @param png the image (not in the JSON record, which names the file; null when read back from it)
 */
public record Figure(String file, String caption, @JsonIgnore byte[] png) {}
