package kr.drregistry.topology.model;

import java.util.List;

/**
 * One entry of {@code dependsOn}: either {@code component: x} (anyOf false, one target) or
 * {@code anyOf: [a, b]} (anyOf true, satisfied when at least one target is up).
 */
public record Dependency(List<String> targets, boolean anyOf, DependencyMode mode) {
    public Dependency {
        targets = List.copyOf(targets);
    }

    public static Dependency on(String component, DependencyMode mode) {
        return new Dependency(List.of(component), false, mode);
    }

    public static Dependency anyOf(List<String> components, DependencyMode mode) {
        return new Dependency(components, true, mode);
    }

    public boolean hard() {
        return mode == DependencyMode.HARD;
    }
}
