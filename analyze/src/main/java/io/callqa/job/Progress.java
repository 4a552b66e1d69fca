package io.callqa.job;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counters for the command line's progress line. They are plain JVM counters: valid because the
 * job runs on the embedded MiniCluster inside the launcher's own JVM.
 */
public final class Progress {
    public static final AtomicLong SCORED = new AtomicLong();
    public static final AtomicLong QUARANTINED = new AtomicLong();
    public static final AtomicLong SKIPPED_REPLAY = new AtomicLong();

    private Progress() {}
}
