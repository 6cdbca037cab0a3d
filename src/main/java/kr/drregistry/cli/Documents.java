package kr.drregistry.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.parse.DrrParseException;
import kr.drregistry.topology.parse.DrrParser;
import kr.drregistry.topology.parse.ParseError;
import kr.drregistry.topology.parse.SourceIndex;

/**
 * Reads filings from files through the registry's own parser ({@link DrrParser#parse(byte[], String)}, the one entry
 * point for every drr format the registry accepts, so a new format version is read here as soon as the parser reads
 * it). The syntax comes from the file name ({@code .json}; {@code .yaml}/{@code .yml}), otherwise from the first
 * character ({@code {} is JSON).
 */
final class Documents {
    private final DrrParser parser = new DrrParser();

    /** One file as read: its topology, or the errors that refused it; and the text positions of its elements. */
    record Document(String name, byte[] body, DrrParser.Syntax syntax, Topology topology, List<ParseError> errors,
                    SourceIndex[] index, DrrParser parser) {
        boolean parsed() {
            return topology != null;
        }

        /** Where the elements of the document stand (read on first use: only SARIF and the text report need it). */
        SourceIndex locations() {
            if (index[0] == null) {
                index[0] = SourceIndex.of(body, syntax, parser.limits());
            }
            return index[0];
        }
    }

    /** A file that could not be read at all (missing, a folder, unreadable). */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    Document read(Path file, Messages texts) throws Unreadable {
        byte[] body;
        try {
            if (Files.isDirectory(file)) {
                throw new Unreadable(texts.get("error.directory", file));
            }
            long size = Files.size(file);
            if (size > parser.limits().maxBytes()) {
                throw new Unreadable(texts.get("error.too-large", file, parser.limits().maxBytes()));
            }
            body = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new Unreadable(texts.get("error.no-file", file));
        } catch (IOException e) {
            throw new Unreadable(texts.get("error.unreadable", file, e.getMessage()));
        }
        return parse(file.toString(), body);
    }

    Document parse(String name, byte[] body) {
        DrrParser.Syntax syntax = syntaxOf(name, body);
        String mediaType = syntax == DrrParser.Syntax.JSON ? "application/json" : "application/yaml";
        try {
            return new Document(name, body, syntax, parser.parse(body, mediaType), List.of(), new SourceIndex[1], parser);
        } catch (DrrParseException e) {
            return new Document(name, body, syntax, null, e.errors(), new SourceIndex[1], parser);
        }
    }

    static DrrParser.Syntax syntaxOf(String name, byte[] body) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return DrrParser.Syntax.JSON;
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return DrrParser.Syntax.YAML;
        }
        for (byte b : body) {
            if (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
                continue;
            }
            return b == '{' ? DrrParser.Syntax.JSON : DrrParser.Syntax.YAML;
        }
        return DrrParser.Syntax.YAML;
    }
}
