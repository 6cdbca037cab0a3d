package kr.drregistry.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs dr-validate in this JVM (as {@code java -jar dr-validate.jar ARGS} would) and keeps what it wrote. */
record Cli(int exit, String out, String err) {
    /** A drr/v1 document with an unknown field at line 7 (and an empty site list): refused by the parser. */
    static java.nio.file.Path refusedDocument(java.nio.file.Path dir) throws java.io.IOException {
        return java.nio.file.Files.writeString(dir.resolve("bad.yaml"),
                "format: drr/v1\noperator: x\nasOf: 2026-11-01\nsites: []\nservices: []\ncomponents: []\nsurprise: 1\n");
    }

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = DrValidate.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Cli(exit, out.toString(), err.toString());
    }
}
