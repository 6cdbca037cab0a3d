package kr.drregistry.topology.guide;

/**
 * The example filings the product ships (the repository's {@code examples/} folder; the format guide lists them and the
 * topology workspace loads them): each names its title and its one-line description in the {@code topology} message
 * bundle, {@code {topology:example(key)}} and {@code {topology:example_hint(key)}}, which Qute checks at build time.
 */
public enum ExampleKey {
    /** The commented skeleton of drr/v1. */
    SKELETON,
    /** A multi-site operator without a critical, high or medium finding. */
    HEALTHY,
    /** The 2022 Pangyo data-centre fire's shape, in drr/v1. */
    KAKAO,
    /** A data-centre (IDC) operator filing facility data. */
    IDC,
    /** The 2022 Pangyo shape in drr/v2. */
    KAKAO_V2
}
