package kr.drregistry.topology.loss;

/**
 * The per-service numbers of one column: recovery minutes ({@link ScenarioNumbers#DOWN} for a down service),
 * capacity ({@code min(100, E)}, {@link ScenarioNumbers#DOWN} when down), and RPO with its limiting component
 * (scenario columns only; null arrays for the S⁰ and baseline columns).
 */
record ColumnNumbers(long[] recovery, long[] capacity, long[] rpo, int[] rpoLimiting) {
}
