package dev.nnlab.cli.train;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.nnlab.network.train.EpochEvent;
import dev.nnlab.network.train.Evaluation;
import java.util.Optional;

/**
 * One epoch as the manifest records it. Validation fields are absent when the validation set was
 * not evaluated.
 *
 * @param epoch from 0
 * @param testCorrect test images classified right
 * @param testTotal test images
 * @param testCost mean cost on the test set, plus the regularisation penalty
 * @param validationCorrect validation images classified right
 * @param validationTotal validation images
 * @param validationCost mean cost on the validation set, plus the regularisation penalty
 * @param trainingCost mean mini-batch cost over the epoch (before each update, no penalty)
 * @param trainSeconds wall time of the epoch's mini-batches
 * @param evaluationSeconds wall time of the evaluations after the epoch
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EpochRecord(
    int epoch,
    int testCorrect,
    int testTotal,
    double testCost,
    Integer validationCorrect,
    Integer validationTotal,
    Double validationCost,
    double trainingCost,
    double trainSeconds,
    double evaluationSeconds) {

  /** The record of a finished epoch; the event must include a test evaluation. */
  public static EpochRecord of(EpochEvent event) {
    Evaluation test =
        event
            .evaluation(TrainingRun.TEST)
            .orElseThrow(() -> new IllegalStateException("epoch " + event.epoch() + " has no test evaluation"));
    Optional<Evaluation> validation = event.evaluation(TrainingRun.VALIDATION);
    return new EpochRecord(
        event.epoch(),
        test.correct(),
        test.total(),
        test.cost(),
        validation.map(Evaluation::correct).orElse(null),
        validation.map(Evaluation::total).orElse(null),
        validation.map(Evaluation::cost).orElse(null),
        event.trainingCost(),
        event.trainingNanos() / 1e9,
        event.evaluationNanos() / 1e9);
  }
}
