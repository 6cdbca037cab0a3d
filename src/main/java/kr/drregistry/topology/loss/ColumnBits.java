package kr.drregistry.topology.loss;

/**
 * What the numbers of one column read of each component: whether it is down, below full capacity, recovery- or
 * RPO-affected, and which path it takes. {@link #rows} reads the row-major vectors of {@link LossState} (for a
 * single question); {@link #slice} reads one column of a block transposed to column-major bitsets (for computing
 * many columns, where the row-major lookups would miss the cache on every component).
 */
interface ColumnBits {
    boolean down(int c);

    boolean notFull(int c);

    boolean recoveryAffected(int c);

    boolean rpoAffected(int c);

    /** {@link LossModel#ACTIVE}, {@link LossModel#FAILOVER}, {@link LossModel#RESTORE} or {@link LossModel#DOWN}. */
    int path(int c);

    /**
     * The components that are up and, unless {@code allUp}, recovery-affected or (with {@code notFull}) below full
     * capacity, as a bitset written into {@code into} (one word per 64 components); null when these bits have no word
     * form to combine (the row-major reading, asked for a single component, where a pass over every word would cost
     * more than it saves).
     */
    default long[] upWords(boolean allUp, boolean notFull, long[] into) {
        return null;
    }

    /** The bits of {@code column} read from the row-major vectors. */
    static ColumnBits rows(LossState st, int column) {
        int w = st.words;
        return new ColumnBits() {
            @Override public boolean down(int c) {
                return Bits.get(st.down, c, w, column);
            }

            @Override public boolean notFull(int c) {
                return Bits.get(st.notFull, c, w, column);
            }

            @Override public boolean recoveryAffected(int c) {
                return Bits.get(st.recoveryAffected(), c, w, column);
            }

            @Override public boolean rpoAffected(int c) {
                return Bits.get(st.rpoAffected(), c, w, column);
            }

            @Override public int path(int c) {
                return st.path(c, column);
            }
        };
    }

    /** Column {@code j} of a transposed block: {@code vectors[k][j]} is the column-major bitset of vector k. */
    static ColumnBits slice(long[][] down, long[][] notFull, long[][] recovery, long[][] rpo, long[][] pathA,
                            long[][] pathB, int j) {
        long[] d = down[j], nf = notFull[j], ra = recovery[j], rp = rpo[j], a = pathA[j], b = pathB[j];
        return new ColumnBits() {
            @Override public boolean down(int c) {
                return (d[c >>> 6] & (1L << c)) != 0;
            }

            @Override public boolean notFull(int c) {
                return (nf[c >>> 6] & (1L << c)) != 0;
            }

            @Override public boolean recoveryAffected(int c) {
                return (ra[c >>> 6] & (1L << c)) != 0;
            }

            @Override public boolean rpoAffected(int c) {
                return (rp[c >>> 6] & (1L << c)) != 0;
            }

            @Override public long[] upWords(boolean allUp, boolean withNotFull, long[] into) {
                for (int i = 0; i < into.length; i++) {
                    into[i] = ~d[i] & (allUp ? -1L : withNotFull ? ra[i] | nf[i] : ra[i]);
                }
                return into;
            }

            @Override public int path(int c) {
                long bit = 1L << c;
                int i = c >>> 6;
                return (d[i] & bit) != 0 ? LossModel.DOWN : (a[i] & bit) != 0 ? LossModel.ACTIVE
                        : (b[i] & bit) != 0 ? LossModel.FAILOVER : LossModel.RESTORE;
            }
        };
    }
}
