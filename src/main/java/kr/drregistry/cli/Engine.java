package kr.drregistry.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import kr.drregistry.topology.facility.FacilityLookup;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.rules.InvalidPolicyException;
import kr.drregistry.rules.Policies;
import kr.drregistry.rules.Policy;
import kr.drregistry.rules.PolicyJson;
import kr.drregistry.topology.validation.Rule;
import kr.drregistry.topology.validation.ValidationReport;
import kr.drregistry.topology.validation.Validator;
import kr.drregistry.topology.validation.rules.AllRules;

/** The registry's validator under one policy: the shipped default, or a policy document from a file. */
final class Engine {
    private final Validator validator = AllRules.validator();
    private final Policy policy;
    private final FacilityLookup facilities;

    private Engine(Policy policy) {
        this(policy, FacilityLookup.NONE);
    }

    private Engine(Policy policy, FacilityLookup facilities) {
        this.policy = policy;
        this.facilities = facilities;
    }

    /** This engine, resolving foreign facility references through {@code lookup} (FILING-FORMAT-V2.md §7.10). */
    Engine withFacilities(FacilityLookup lookup) {
        return new Engine(policy, lookup);
    }

    /** A policy file that cannot be used. */
    static final class BadPolicy extends Exception {
        private static final long serialVersionUID = 1L;

        BadPolicy(String message) {
            super(message);
        }
    }

    /** The engine with the policy in {@code file}, or the shipped default when {@code file} is null. */
    static Engine with(Path file, Messages texts) throws BadPolicy {
        if (file == null) {
            return new Engine(Policies.defaultPolicy());
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new Engine(PolicyJson.read(in));
        } catch (InvalidPolicyException e) {
            List<String> problems = new ArrayList<>();
            e.problems().forEach(p -> problems.add(p.toString()));
            throw new BadPolicy(texts.get("error.policy", file, String.join("; ", problems)));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new BadPolicy(texts.get("error.no-file", file));
        } catch (IOException e) {
            throw new BadPolicy(texts.get("error.unreadable", file, e.getMessage()));
        }
    }

    Policy policy() {
        return policy;
    }

    ValidationReport validate(Topology topology) {
        return validator.validate(topology, policy, kr.drregistry.budget.Budget.unlimited(), facilities);
    }

    /** The topology rules the policy turns on, in the contract's order. */
    List<Rule> rules() {
        return AllRules.list().stream().filter(r -> policy.enabled(r.id())).toList();
    }
}
