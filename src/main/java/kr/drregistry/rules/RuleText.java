package kr.drregistry.rules;

/**
 * What a rule finds and what in general resolves it, for a person reading about the rule rather than about one
 * finding (the format guide shows these; each finding carries its own remedy naming its components and sites).
 */
public record RuleText(String id, LocalizedText meaning, LocalizedText remedy) {
}
