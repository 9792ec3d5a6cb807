package de.tenor.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One run of the {@code tenor} command line in this JVM, as a user would type it, with what it printed. */
public record CliRun(int code, String out, String err) {

    public static CliRun run(String... args) {
        CommandLine cl = TenorCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
