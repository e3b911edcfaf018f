package dev.nnlab.network.fast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class PhaseRunnerTest {

  @Test
  void runsEveryPartOnItsOwnThreadOncePerPhase() {
    try (PhaseRunner runner = new PhaseRunner(3)) {
      AtomicIntegerArray counts = new AtomicIntegerArray(3);
      ConcurrentHashMap<Integer, Thread> threads = new ConcurrentHashMap<>();
      PhaseRunner.Phase phase = (part, parts) -> {
        assertThat(parts).isEqualTo(3);
        counts.incrementAndGet(part);
        threads.put(part, Thread.currentThread());
      };
      for (int i = 0; i < 1000; i++) {
        runner.run(phase);
      }
      for (int part = 0; part < 3; part++) {
        assertThat(counts.get(part)).isEqualTo(1000);
      }
      assertThat(threads.get(0)).isSameAs(Thread.currentThread());
      assertThat(threads.values()).doesNotHaveDuplicates();
    }
  }

  @Test
  void aWorkersFailureReachesTheCaller() {
    try (PhaseRunner runner = new PhaseRunner(2)) {
      assertThatThrownBy(() -> runner.run((part, parts) -> {
            if (part == 1) {
              throw new ArithmeticException("boom");
            }
          }))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("a training worker failed: java.lang.ArithmeticException: boom");
      int[] ran = new int[2];
      runner.run((part, parts) -> ran[part]++);
      assertThat(ran).containsExactly(1, 1);
    }
    assertThatThrownBy(() -> new PhaseRunner(0)).hasMessageContaining("need at least one thread, got 0");
  }
}
