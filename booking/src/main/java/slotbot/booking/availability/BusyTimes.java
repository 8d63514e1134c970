package slotbot.booking.availability;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * When one employee is taken: their active bookings merged into disjoint spans, sorted, in epoch
 * seconds. Kept as two arrays so that asking "is [s, e) free?" is one binary search.
 */
public final class BusyTimes {

    public static final BusyTimes NONE = new BusyTimes(new long[0], new long[0]);

    private final long[] starts;
    private final long[] ends;

    private BusyTimes(long[] starts, long[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    public static BusyTimes of(Collection<TimeSpan> spans) {
        Builder builder = builder();
        spans.forEach(span -> builder.add(span.start().getEpochSecond(), span.end().getEpochSecond()));
        return builder.build();
    }

    /** Busy spans given one by one in epoch seconds, in any order: a calendar's rows as they are read. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Collects spans without an object each: a dates turn reads every busy span of every employee for two
     * weeks, thousands of them in a busy calendar.
     */
    public static final class Builder {
        private long[] starts = new long[16];
        private long[] ends = new long[16];
        private int count;

        private Builder() {
        }

        public Builder add(long startSecond, long endSecond) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            starts[count] = startSecond;
            ends[count] = endSecond;
            count++;
            return this;
        }

        /**
         * The spans merged. Starts and ends are sorted apart, which pairs the i-th start with the i-th end: that
         * keeps the union (at any moment as many spans have begun and not ended), and every pair is a span, as the
         * i-th end cannot come before the i-th start. Merging the pairs in order then gives the spans' union.
         */
        public BusyTimes build() {
            if (count == 0) {
                return NONE;
            }
            long[] s = Arrays.copyOf(starts, count);
            long[] e = Arrays.copyOf(ends, count);
            Arrays.sort(s);
            Arrays.sort(e);
            int n = 0;
            for (int i = 0; i < count; i++) {
                if (n > 0 && s[i] <= e[n - 1]) {
                    e[n - 1] = Math.max(e[n - 1], e[i]);
                } else {
                    s[n] = s[i];
                    e[n] = e[i];
                    n++;
                }
            }
            return new BusyTimes(Arrays.copyOf(s, n), Arrays.copyOf(e, n));
        }
    }

    /** These busy times and some more spans (held starts, say), merged. */
    public BusyTimes with(Collection<TimeSpan> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<TimeSpan> all = new ArrayList<>(more);
        all.addAll(spans());
        return of(all);
    }

    /** Taken whenever either is: the spans of both, merged (a calendar seen through another, as a sandbox's drafts). */
    public BusyTimes with(BusyTimes other) {
        return other.isEmpty() ? this : with(other.spans());
    }

    /**
     * These busy times but for one span: a booking's own, when the times it may move to are sought. Exact, as one
     * employee's busy spans never overlap (they may touch, and are then merged: the rest of the merged span stays busy).
     */
    public BusyTimes without(TimeSpan span) {
        long cutStart = span.start().getEpochSecond();
        long cutEnd = span.end().getEpochSecond();
        List<TimeSpan> left = new ArrayList<>(starts.length + 1);
        for (int i = 0; i < starts.length; i++) {
            if (ends[i] <= cutStart || starts[i] >= cutEnd) {
                left.add(new TimeSpan(Instant.ofEpochSecond(starts[i]), Instant.ofEpochSecond(ends[i])));
                continue;
            }
            if (starts[i] < cutStart) {
                left.add(new TimeSpan(Instant.ofEpochSecond(starts[i]), Instant.ofEpochSecond(cutStart)));
            }
            if (ends[i] > cutEnd) {
                left.add(new TimeSpan(Instant.ofEpochSecond(cutEnd), Instant.ofEpochSecond(ends[i])));
            }
        }
        return of(left);
    }

    private List<TimeSpan> spans() {
        List<TimeSpan> spans = new ArrayList<>(starts.length);
        for (int i = 0; i < starts.length; i++) {
            spans.add(new TimeSpan(Instant.ofEpochSecond(starts[i]), Instant.ofEpochSecond(ends[i])));
        }
        return spans;
    }

    /** True when no busy span overlaps [start, end), both in epoch seconds. */
    public boolean isFree(long start, long end) {
        int i = firstEndingAfter(start);
        return i == ends.length || starts[i] >= end;
    }

    public boolean isEmpty() {
        return starts.length == 0;
    }

    /** The index of the first span whose end is after {@code second}, or the count of spans. */
    private int firstEndingAfter(long second) {
        int low = 0;
        int high = ends.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ends[mid] <= second) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
