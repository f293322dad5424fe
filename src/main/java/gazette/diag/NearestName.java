package gazette.diag;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The known name a mistyped one was most likely meant to be, for a "did you mean" hint: the one
 * fewest edits away (a letter added, dropped, changed, or two swapped), ignoring case, when that is
 * close enough to be a slip of the keyboard rather than another word: one edit in a short name, up
 * to three in a long one. {@code topic} gives {@code topics}, {@code titel} {@code title},
 * {@code base_url} {@code baseUrl}, {@code Title} {@code title} (a name that differs in case alone is
 * the nearest of all); {@code datum} gives nothing.
 */
public final class NearestName {
    private NearestName() {
    }

    public static Optional<String> of(String given, Collection<String> known) {
        String typed = given.toLowerCase(Locale.ROOT);
        int allowed = Math.max(1, Math.min(3, typed.length() / 3));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : known.stream().sorted().toList()) {
            int distance = distance(typed, name.toLowerCase(Locale.ROOT));
            if (!name.equals(given) && distance <= allowed && distance < bestDistance) {
                best = name;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code did you mean 'topics'? } for the start of a hint, or nothing. */
    public static String hint(String given, Collection<String> known) {
        return of(given, known).map(name -> "did you mean '" + name + "'? ").orElse("");
    }

    /** Edits from one to the other, a swap of neighbours counting as one (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
