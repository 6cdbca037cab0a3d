package kr.drregistry.rules;

/**
 * What a finding is about: {@code kind} is one of site, service, component, drill, facility, filing, or
 * plan-section (a section of a disaster-management plan, its id the section name such as {@code officer} or
 * {@code scenarios/datacenter-fire}).
 */
public record Subject(String kind, String id) {
    public static Subject site(String id) { return new Subject("site", id); }
    public static Subject service(String id) { return new Subject("service", id); }
    public static Subject component(String id) { return new Subject("component", id); }
    public static Subject drill(String id) { return new Subject("drill", id); }
    public static Subject filing(String id) { return new Subject("filing", id); }
    public static Subject planSection(String id) { return new Subject("plan-section", id); }
}
