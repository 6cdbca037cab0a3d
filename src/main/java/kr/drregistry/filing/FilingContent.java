package kr.drregistry.filing;

import java.util.Map;

import kr.drregistry.platform.ChunkedBytes;

import kr.drregistry.rules.Severity;

/**
 * What differs between filing types: how a draft body is checked, frozen into canonical JSON with its
 * validation report, and rendered back. One implementation per {@link FilingType}.
 */
public interface FilingContent {
    FilingType type();

    /** Checks a draft body; a malformed one is refused with a problem (400/413/415/422) and nothing is stored. */
    void check(byte[] body, String mediaType);

    /**
     * Checks a draft body of the organisation {@code organisationSlug} whose UTF-8 bytes have the SHA-256
     * {@code sha256} (hex; the caller keeps it beside the draft): as {@link #check(byte[], String)}, and a document
     * that names its filer must name this organisation (422 otherwise).
     */
    default void check(byte[] body, String sha256, String mediaType, String organisationSlug) {
        check(body, mediaType);
    }

    /** Freezes a stored draft into what a version keeps. */
    Frozen freeze(String draft, String mediaType);

    /**
     * Freezes the stored draft of the organisation {@code organisationSlug} (see
     * {@link #check(byte[], String, String, String)}) whose bytes have the SHA-256 {@code sha256} (null when not known),
     * read through {@code draft} only if this content needs its text (a topology parsed when it was saved on this
     * instance does not: a 100,000-component draft is ~60 MB to read back from the database).
     */
    default Frozen freeze(java.util.function.Supplier<String> draft, String sha256, String mediaType, String organisationSlug) {
        return freeze(draft.get(), mediaType);
    }

    /** A frozen version's content in the requested representation ({@code application/json} or YAML). */
    String render(String canonicalJson, boolean yaml);

    /**
     * What a version keeps, in the form it is stored in ({@link kr.drregistry.platform.StoredText}): the canonical JSON
     * with the SHA-256 of its UTF-8 bytes, and the validation report (a 100,000-component topology's report is hundreds
     * of megabytes in full: as a Java String of Korean text it would take twice that); counts by severity and the policy
     * used; {@code kept} stores what the content keeps beside the version (a topology: what it loses per place), in the
     * submission's transaction; {@code findings} gives the rows of {@code version_finding} (a content that stores its
     * report in a form of its own computes them from the report it has in memory). {@code storedReport} gives the stored
     * report when it is written: a content may still be writing it on another thread while the submission stores the
     * finding rows (a 100,000-component topology's takes ~0.5 s); it throws what the writing threw.
     */
    record Frozen(String canonicalSha256, ChunkedBytes storedCanonical, java.util.function.Supplier<ChunkedBytes> storedReport,
                  Map<Severity, Integer> counts, String policyId, String policyVersion, Kept kept, Findings findings) {
        public Frozen(String canonicalJson, String reportJson, Map<Severity, Integer> counts, String policyId,
                      String policyVersion) {
            this(ChunkedBytes.utf8(canonicalJson), ChunkedBytes.utf8(reportJson), counts, policyId, policyVersion,
                    version -> {
                    });
        }

        /** A report stored as its full JSON: the finding rows are read from it. */
        public Frozen(ChunkedBytes canonical, ChunkedBytes reportJson, Map<Severity, Integer> counts, String policyId,
                      String policyVersion, Kept kept) {
            this(canonical.sha256(), kr.drregistry.platform.StoredText.encode(canonical),
                    written(kr.drregistry.platform.StoredText.encode(reportJson)), counts, policyId, policyVersion, kept,
                    Findings.of(reportJson));
        }

        private static java.util.function.Supplier<ChunkedBytes> written(ChunkedBytes stored) {
            return () -> stored;
        }

        /**
         * Lets go of the stored forms once the submission is done with them, after the report's writing has ended
         * (whether it succeeded or not: a failure of it has reached the submission already through {@link #storedReport}).
         */
        public void discard() {
            storedCanonical.discard();
            try {
                storedReport.get().discard();
            } catch (RuntimeException failed) {
                // nothing was written to let go of
            }
        }
    }

    /** The findings of a frozen report as {@code version_finding} needs them. */
    interface Findings {
        /** The rows, or null when PostgreSQL must compute them from {@link #fullJson()} (see {@link VersionFindings}). */
        java.util.List<VersionFindings.Row> rows();

        /** The report as its full JSON (only asked for when {@link #rows()} is null). */
        String fullJson();

        /** The findings of a report stored as its full JSON. */
        static Findings of(ChunkedBytes reportJson) {
            return new Findings() {
                @Override
                public java.util.List<VersionFindings.Row> rows() {
                    return VersionFindings.rows(reportJson);
                }

                @Override
                public String fullJson() {
                    return reportJson.text();
                }
            };
        }
    }

    /** What a content stores beside a version it froze, once the version exists. */
    @FunctionalInterface
    interface Kept {
        void keep(FilingVersion version);
    }
}
