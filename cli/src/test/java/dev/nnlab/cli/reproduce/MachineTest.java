package dev.nnlab.cli.reproduce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MachineTest {

  @Test
  void describesThisMachine() {
    Machine machine = Machine.current();

    assertThat(machine.cores()).isEqualTo(Runtime.getRuntime().availableProcessors());
    assertThat(machine.java()).startsWith(System.getProperty("java.version"));
    assertThat(machine.os()).contains(System.getProperty("os.arch"));
    assertThat(machine.cpu()).isNotBlank();
    assertThat(machine.toString()).contains(machine.cores() + " cores available");
  }
}
