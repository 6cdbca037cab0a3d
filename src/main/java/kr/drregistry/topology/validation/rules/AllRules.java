package kr.drregistry.topology.validation.rules;

import java.util.List;

import kr.drregistry.topology.validation.Rule;
import kr.drregistry.topology.validation.Validator;

/**
 * Every validator rule, in the stable order of the contracts' rule tables: drr/v1, then the rules drr/v2 adds. Every
 * document, drr/v1 ones included, is judged by all of them with drr/v2 semantics (FILING-FORMAT-V2.md §7.11).
 */
public final class AllRules {
    /** The rules drr/v2 adds (FILING-FORMAT-V2.md §4, §7.13); the drr/v1 format guide leaves them out. */
    public static final java.util.Set<String> V2_ONLY = java.util.Set.of(Ops003.ID, Ops004.ID, Ops005.ID, Data004.ID,
            Geo002.ID, Drill003.ID, Fac008.ID, Fac009.ID, Fac010.ID);

    private AllRules() {
    }

    /** SPOF-001, SPOF-002, OPS-001, OPS-002, DATA-001..003, RTO-001, CAP-001, GEO-001, DRILL-001, DRILL-002, CLOUD-001, FAC-001..007. */
    public static List<Rule> list() {
        return List.of(
                new Spof001(), new Spof002(), new Ops001(), new Ops002(),
                new Data001(), new Data002(), new Data003(), new Rto001(),
                new Cap001(), new Geo001(), new Drill001(), new Drill002(), new Cloud001(),
                new Fac001(), new Fac002(), new Fac003(), new Fac004(), new Fac005(), new Fac006(), new Fac007(),
                new Ops003(), new Ops004(), new Ops005(), new Data004(), new Geo002(), new Drill003(),
                new Fac008(), new Fac009(), new Fac010());
    }

    /** A validator with every rule: the one the service, the command-line tool and the benchmark run. */
    public static Validator validator() {
        return new Validator(list());
    }
}
