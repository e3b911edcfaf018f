package dev.nnlab.examples.sweep;

import dev.nnlab.examples.train.TrainingSetup;
import dev.nnlab.network.data.DataSetDefinition;

/**
 * A run's setup and the data it trains on.
 *
 * @param setup the validated setup
 * @param dataSet the data set
 * @param trainSize train on the first this many training images, or null for all
 */
public record ResolvedCell(TrainingSetup setup, DataSetDefinition dataSet, Integer trainSize) {}
