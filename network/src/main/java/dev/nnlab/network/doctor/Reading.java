package dev.nnlab.network.doctor;

import java.util.List;

/**
 * The instruments at one sampled mini-batch.
 *
 * @param epoch from 0
 * @param batch from 0 within the epoch
 * @param step mini-batches trained so far, this one included
 * @param cost the mini-batch's cost before its update
 * @param layers one per layer with weights and an activation, input side first
 */
public record Reading(int epoch, int batch, long step, double cost, List<LayerReading> layers) {

  public Reading {
    layers = List.copyOf(layers);
  }
}
