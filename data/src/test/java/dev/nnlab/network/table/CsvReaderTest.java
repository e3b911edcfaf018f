package dev.nnlab.network.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {

  @TempDir Path temp;

  private Path csv(String text) throws IOException {
    Path file = temp.resolve("t.csv");
    Files.writeString(file, text);
    return file;
  }

  @Test
  void readsFeaturesAsFloatsAndStringLabelsSortedAsText() throws IOException {
    Table t = CsvReader.read(csv("a,kind,b\n1.5,cat,2\n3,dog,4e1\n\n-1,cat,0\n"), "kind", false, null);

    assertThat(t.features()).containsExactly("a", "b");
    assertThat(t.rows()).isEqualTo(3);
    assertThat(t.classes()).containsExactly("cat", "dog");
    assertThat(t.labels()).containsExactly(0, 1, 0);
    assertThat(java.util.Arrays.copyOf(t.values(), 6)).containsExactly(1.5f, 2f, 3f, 40f, -1f, 0f);
  }

  @Test
  void integerLabelsSortAsNumbersAndTheColumnMayBeAnIndex() throws IOException {
    Table t = CsvReader.read(csv("x,y\n0.1,10\n0.2,2\n0.3,02\n"), "1", false, null);

    assertThat(t.classes()).containsExactly("2", "10");
    assertThat(t.labels()).containsExactly(1, 0, 0);
  }

  @Test
  void quotedCellsMayHoldCommas() {
    assertThat(CsvReader.cells("1,\"a, \"\"b\"\"\",3")).containsExactly("1", "a, \"b\"", "3");
  }

  @Test
  void regressionTargetsAreNumbers() throws IOException {
    Table t = CsvReader.read(csv("x,y\n1,0.5\n2,1.5\n"), "y", true, null);

    assertThat(t.regression()).isTrue();
    assertThat(t.targets()[1]).isEqualTo(1.5f);
  }

  @Test
  void everyBadCellIsOneLineNamingTheLineAndTheColumn() throws IOException {
    assertThatThrownBy(() -> CsvReader.read(csv("a,b,y\n1,2,0\n3,,1\n"), "y", false, null))
        .hasMessageEndingWith("t.csv: line 3, column b: missing value; fill it in or drop the row");
    assertThatThrownBy(() -> CsvReader.read(csv("a,b,y\n1,NA,0\n"), "y", false, null))
        .hasMessageContaining("line 2, column b: missing value");
    assertThatThrownBy(() -> CsvReader.read(csv("a,b,y\n1,2,0\n1,two,1\n"), "y", false, null))
        .hasMessageContaining("line 3, column b: 'two' is not a finite number");
    assertThatThrownBy(() -> CsvReader.read(csv("a,b,y\n1,2\n"), "y", false, null))
        .hasMessageContaining("line 2 has 2 cells; expected 3");
    assertThatThrownBy(() -> CsvReader.read(csv("a,b,y\n1,2,\n"), "y", false, null))
        .hasMessageContaining("line 2, column y: the label is missing");
    assertThatThrownBy(() -> CsvReader.read(csv("a,y\n1,x\n"), "y", true, null))
        .hasMessageContaining("line 2, column y: 'x' is not a finite number");
    assertThatThrownBy(() -> CsvReader.read(csv("a,y\n1,cat\n"), "y", false, List.of("dog", "emu")))
        .hasMessageContaining("line 2, column y: class 'cat' is not in the training file; expected one of [dog, emu]");
    assertThatThrownBy(() -> CsvReader.read(csv("a,y\n1,0\n"), "label", false, null))
        .hasMessageContaining("no column 'label'; expected one of [a, y] or an index from 0 to 1");
    assertThatThrownBy(() -> CsvReader.read(csv("a,y\n1,0\n2,0\n"), "y", false, null))
        .hasMessageContaining("holds one class only");
    assertThatThrownBy(() -> CsvReader.read(csv("a,y\n"), "y", false, null))
        .hasMessageContaining("the header is the only line");
    assertThatThrownBy(() -> CsvReader.read(csv(""), "y", false, null)).hasMessageContaining("the file is empty");
  }

  @Test
  void storageIsFourBytesACellWhateverTheText() throws IOException {
    StringBuilder text = new StringBuilder("a,b,c,d,y\n");
    for (int i = 0; i < 5000; i++) {
      text.append("0.123456789,1.5,-2.25,1e-3,").append(i % 3).append('\n');
    }
    Table t = CsvReader.read(csv(text.toString()), "y", false, null);

    assertThat(t.rows()).isEqualTo(5000);
    // growth by doubling: at most twice the cells needed
    assertThat(t.values().length).isBetween(5000 * 4, 2 * 5000 * 4);
  }
}
