package gazette.site;

import java.util.List;

/** The timeline's entries of one year, oldest first. */
public record TimelineYear(int year, List<TimelineEntry> entries) {
    public TimelineYear {
        entries = List.copyOf(entries);
    }
}
