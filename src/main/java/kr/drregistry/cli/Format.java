package kr.drregistry.cli;

/** {@code --format}: how a report is written. */
enum Format {
    text, json, sarif, junit
}
