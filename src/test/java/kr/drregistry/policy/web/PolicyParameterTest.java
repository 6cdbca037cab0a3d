package kr.drregistry.policy.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import kr.drregistry.rules.Policies;

/** The policy page names every parameter the rules read, and no other: a parameter added to the policy gets its words. */
class PolicyParameterTest {
    @Test
    void everyParameterOfThePolicyHasItsConstantInTheSameOrder() {
        assertEquals(Policies.PARAMETERS, Arrays.stream(PolicyParameter.values()).map(PolicyParameter::wire).toList());
        for (String name : Policies.PARAMETERS) {
            assertEquals(name, PolicyParameter.of(name).wire());
        }
    }

    @Test
    void aNameThePolicyDoesNotHaveIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PolicyParameter.of("geo.maxDistanceKm"));
    }
}
