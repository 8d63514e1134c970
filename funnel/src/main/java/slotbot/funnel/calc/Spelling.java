package slotbot.funnel.calc;

import java.util.Collection;

/** Suggests a known name for a misspelt one: the closest within two edits. */
final class Spelling {

    private static final int MAX_DISTANCE = 2;
    private static final int MAX_LENGTH = 64;

    private Spelling() {
    }

    static String nearest(String name, Collection<String> known) {
        if (name.length() > MAX_LENGTH) {
            return null;
        }
        String best = null;
        int bestDistance = MAX_DISTANCE + 1;
        for (String candidate : known) {
            int distance = distance(name, candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Levenshtein distance, two rows. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
