package kr.drregistry.rules;

/**
 * What a rule is called, what it finds and what in general resolves it, for a person reading about the rule rather
 * than about one finding (the format guide and the policy page show these; each finding carries its own remedy
 * naming its components and sites). {@code name}: a few words, for a list of rules ("주 사이트 밖에 데이터 사본 없음").
 */
public record RuleText(String id, LocalizedText name, LocalizedText meaning, LocalizedText remedy) {
}
