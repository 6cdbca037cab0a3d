package kr.drregistry.plan.model;

import java.util.List;

/** Null-tolerant immutable copies for the list components of the plan records. */
final class Lists {
    private Lists() {
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
