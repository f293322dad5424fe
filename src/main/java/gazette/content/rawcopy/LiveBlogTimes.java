package gazette.content.rawcopy;

import gazette.content.rawcopy.UpdateTimes.UpdateTime;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A live blog's update times taken together, in the copy's order (a null for an update without
 * one). Pages copy them as they show them, and two things about them only the whole blog tells:
 *
 * <ul>
 *   <li>the zone of bare times: a blog that writes {@code 14:05 BST} on one update and {@code 10:32am}
 *       on the next means BST for both, but the build would put the bare one in the site's zone, hours
 *       apart. When the copy names one zone, its bare times are in it (zones of one offset are one:
 *       GMT and UTC, or BST and CET, put a time at the same instant); when it names zones of
 *       several offsets, which one a bare time is in cannot be told, and the editor is warned;</li>
 *   <li>the order: Gazette's live blogs run newest first, as most pages show them, but some pages (and
 *       a copy of their "oldest first" view) run the other way. Read as newest first, such a blog's
 *       times look like a blog crossing midnight at every update, and the build put them on
 *       the following days.</li>
 * </ul>
 */
final class LiveBlogTimes {
    /** A step round the clock of less than this is forward in time; more is backward over midnight. */
    private static final int HALF_DAY = 12 * 60;

    private LiveBlogTimes() {
    }

    /**
     * The one offset the copy's zoned times share, when some times are bare and that offset is the
     * only one named; empty otherwise.
     */
    static Optional<String> sharedOffset(List<UpdateTime> times) {
        TreeSet<String> offsets = new TreeSet<>();
        boolean bare = false;
        for (UpdateTime time : times) {
            if (time != null) {
                time.offset().ifPresent(offsets::add);
                bare |= time.offset().isEmpty();
            }
        }
        return bare && offsets.size() == 1 ? Optional.of(offsets.first()) : Optional.empty();
    }

    /** Whether some times are bare while the copy names more than one zone: which is theirs, the copy does not say. */
    static boolean zoneUnclear(List<UpdateTime> times) {
        return times.stream().anyMatch(t -> t != null && t.offset().isEmpty())
                && times.stream().filter(t -> t != null).map(UpdateTime::offset).flatMap(Optional::stream).distinct().count() > 1;
    }

    /** The zones the copy names, {@code BST, GMT}, for messages. */
    static String zonesNamed(List<UpdateTime> times) {
        TreeSet<String> names = new TreeSet<>();
        times.stream().filter(t -> t != null).map(UpdateTime::zone).flatMap(Optional::stream).forEach(names::add);
        return String.join(", ", names);
    }

    /**
     * Whether the times run oldest first: each step from one timed update to the next goes forward
     * (by less than half a day round the clock, so {@code 23:50} to {@code 00:10} is forward over
     * midnight), and none goes back. Times that are equal say nothing; a blog with fewer than two
     * times has no order to tell.
     */
    static boolean oldestFirst(List<UpdateTime> times) {
        List<Integer> minutes = new ArrayList<>();
        for (UpdateTime time : times) {
            if (time != null) {
                minutes.add(time.minutes());
            }
        }
        int forward = 0;
        for (int i = 1; i < minutes.size(); i++) {
            int step = Math.floorMod(minutes.get(i) - minutes.get(i - 1), 24 * 60);
            if (step >= HALF_DAY) {
                return false;
            }
            forward += step > 0 ? 1 : 0;
        }
        return forward > 0;
    }
}
