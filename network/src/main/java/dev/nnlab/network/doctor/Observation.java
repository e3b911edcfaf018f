package dev.nnlab.network.doctor;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * One finding of the doctor.
 *
 * @param symptom the rule that fired
 * @param severity how much it matters
 * @param layer the layer it is about (from 1), or 0 for the network or the data as a whole
 * @param epoch the epoch it was first seen in (from 0), or −1 before training
 * @param batch the mini-batch within that epoch it was first seen after, or −1
 * @param evidence one line with the numbers
 * @param fix one line saying what to try
 */
public record Observation(
    Symptom symptom, Severity severity, int layer, int epoch, int batch, String evidence, String fix) {

  /** How much a finding matters. */
  public enum Severity {
    /** The run cannot succeed like this. */
    PROBLEM,
    /** It learns, worse or slower than it could. */
    WARNING,
    /** Worth knowing; nothing to fix. */
    INFO;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Most explanatory first: by {@link Symptom} order, then severity, then the earliest seen. */
  public static final Comparator<Observation> EXPLANATORY_ORDER =
      Comparator.comparing(Observation::symptom)
          .thenComparing(Observation::severity)
          .thenComparingInt(Observation::epoch)
          .thenComparingInt(Observation::batch)
          .thenComparingInt(Observation::layer);

  public Observation {
    Objects.requireNonNull(symptom, "symptom");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(fix, "fix");
  }

  /** Whether it asks for a change (a problem or a warning). */
  public boolean actionable() {
    return severity != Severity.INFO;
  }

  /** Where it was seen, e.g. {@code epoch 0, mini-batch 120, layer 1} or {@code before training}. */
  public String where() {
    String when = epoch < 0 ? "before training" : "epoch " + epoch + (batch >= 0 ? ", mini-batch " + batch : "");
    return layer > 0 ? when + ", layer " + layer : when;
  }

  /** One line for a terminal: {@code doctor: problem saturation (epoch 0, mini-batch 0, layer 1): … Fix: …}. */
  public String line() {
    return "doctor: " + severity.id() + " " + symptom.id() + " (" + where() + "): " + evidence + " Fix: " + fix;
  }
}
