package dev.nnlab.network.doctor;

import dev.nnlab.network.diagnostics.Saturation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * What a {@link Watch} has seen of a run at an epoch's end, as text a training checkpoint can carry:
 * every reading, the epochs' ends, the findings already told (in the order they were told), the
 * weights distances are measured from and the step count. A resumed run's watch restored from it
 * goes on exactly as the uninterrupted run's did: the same readings, the same rules, each finding
 * told once. Doubles are stored as their bits (Base64 of a binary stream), so nothing is rounded.
 */
record WatchState(
    long step, int lastEpoch, int lastBatch, List<DMatrixRMaj> initialWeights, List<Reading> readings,
    List<EpochReading> epochs, List<Observation> told) {

  private static final int VERSION = 1;

  String encode() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(VERSION);
      out.writeLong(step);
      out.writeInt(lastEpoch);
      out.writeInt(lastBatch);
      out.writeInt(initialWeights == null ? -1 : initialWeights.size());
      for (DMatrixRMaj w : initialWeights == null ? List.<DMatrixRMaj>of() : initialWeights) {
        out.writeInt(w.numRows);
        out.writeInt(w.numCols);
        for (int i = 0; i < w.getNumElements(); i++) {
          out.writeDouble(w.data[i]);
        }
      }
      out.writeInt(readings.size());
      for (Reading r : readings) {
        out.writeInt(r.epoch());
        out.writeInt(r.batch());
        out.writeLong(r.step());
        out.writeDouble(r.cost());
        out.writeInt(r.layers().size());
        for (LayerReading l : r.layers()) {
          out.writeInt(l.layer());
          out.writeUTF(l.activation());
          out.writeUTF(l.kind().name());
          for (double v : new double[] {l.blocked(), l.activationMean(), l.activationStd(), l.weightNorm(),
              l.weightGradientNorm(), l.biasGradientNorm(), l.gradientRms(), l.updateRatio(), l.distance(),
              l.penaltyShare()}) {
            out.writeDouble(v);
          }
        }
      }
      out.writeInt(epochs.size());
      for (EpochReading e : epochs) {
        out.writeInt(e.epoch());
        for (double v : new double[] {e.trainingCost(), e.heldOutCost(), e.heldOutAccuracy(), e.probeAccuracy(),
            e.topClassShare()}) {
          out.writeDouble(v);
        }
      }
      out.writeInt(told.size());
      for (Observation o : told) {
        out.writeUTF(o.symptom().name());
        out.writeUTF(o.severity().name());
        out.writeInt(o.layer());
        out.writeInt(o.epoch());
        out.writeInt(o.batch());
        out.writeUTF(o.evidence());
        out.writeUTF(o.fix());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Base64.getEncoder().encodeToString(bytes.toByteArray());
  }

  /** @throws IllegalArgumentException if {@code text} is not what {@link #encode} writes */
  static WatchState decode(String text) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(text)))) {
      int version = in.readInt();
      if (version != VERSION) {
        throw new IllegalArgumentException("the doctor's saved state is of version " + version + ", not " + VERSION);
      }
      long step = in.readLong();
      int lastEpoch = in.readInt();
      int lastBatch = in.readInt();
      int matrices = in.readInt();
      List<DMatrixRMaj> initial = matrices < 0 ? null : new ArrayList<>();
      for (int k = 0; k < matrices; k++) {
        int rows = in.readInt();
        int columns = in.readInt();
        if (rows < 0 || columns < 0 || (long) rows * columns * Double.BYTES > in.available()) {
          throw new IllegalArgumentException("the doctor's saved state claims a " + rows + "×" + columns
              + " matrix in " + in.available() + " bytes");
        }
        DMatrixRMaj w = new DMatrixRMaj(rows, columns);
        for (int i = 0; i < w.getNumElements(); i++) {
          w.data[i] = in.readDouble();
        }
        initial.add(w);
      }
      List<Reading> readings = new ArrayList<>();
      for (int n = in.readInt(); n > 0; n--) {
        int epoch = in.readInt();
        int batch = in.readInt();
        long at = in.readLong();
        double cost = in.readDouble();
        List<LayerReading> layers = new ArrayList<>();
        for (int m = in.readInt(); m > 0; m--) {
          layers.add(new LayerReading(in.readInt(), in.readUTF(), Saturation.Kind.valueOf(in.readUTF()),
              in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble(),
              in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble()));
        }
        readings.add(new Reading(epoch, batch, at, cost, layers));
      }
      List<EpochReading> epochs = new ArrayList<>();
      for (int n = in.readInt(); n > 0; n--) {
        epochs.add(new EpochReading(in.readInt(), in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble(),
            in.readDouble()));
      }
      List<Observation> told = new ArrayList<>();
      for (int n = in.readInt(); n > 0; n--) {
        told.add(new Observation(Symptom.valueOf(in.readUTF()), Observation.Severity.valueOf(in.readUTF()),
            in.readInt(), in.readInt(), in.readInt(), in.readUTF(), in.readUTF()));
      }
      if (in.available() > 0) {
        throw new IllegalArgumentException("the doctor's saved state has " + in.available() + " bytes too many");
      }
      return new WatchState(step, lastEpoch, lastBatch, initial, readings, epochs, told);
    } catch (IOException e) {
      throw new IllegalArgumentException("the doctor's saved state ends early", e);
    }
  }
}
