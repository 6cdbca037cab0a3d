package kr.drregistry.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs dr-validate in this JVM (as {@code java -jar dr-validate.jar ARGS} would) and keeps what it wrote. */
record Cli(int exit, String out, String err) {
    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = DrValidate.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Cli(exit, out.toString(), err.toString());
    }
}
