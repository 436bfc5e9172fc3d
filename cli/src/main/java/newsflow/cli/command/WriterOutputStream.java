package newsflow.cli.command;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Lets code that prints to a PrintStream write to the command's PrintWriter (UTF-8, line-buffered). */
final class WriterOutputStream extends OutputStream {
  private final PrintWriter writer;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

  WriterOutputStream(PrintWriter writer) {
    this.writer = writer;
  }

  @Override
  public void write(int b) {
    buffer.write(b);
    if (b == '\n') flush();
  }

  @Override
  public void flush() {
    writer.write(buffer.toString(StandardCharsets.UTF_8));
    buffer.reset();
    writer.flush();
  }

  @Override
  public void close() {
    flush();
  }
}
