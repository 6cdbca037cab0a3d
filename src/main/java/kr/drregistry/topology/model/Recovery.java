package kr.drregistry.topology.model;

import java.util.List;

/**
 * drr/v2 {@code components[].recovery}: repair in place (rollback, restart, reconfiguration) in {@code minutes};
 * {@code requires} lists components that must be up for the repair (never null). A recovery never makes a
 * component up in the loss simulation: it is the repair that ends a scenario.
 */
public record Recovery(int minutes, List<String> requires) {
    public Recovery {
        requires = List.copyOf(requires == null ? List.of() : requires);
    }
}
