package gazette.content;

import gazette.config.TopicId;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * One article, read from one file in the source folder.
 *
 * @param sourceFile      the file, relative to the site folder
 * @param slugAt          where the slug comes from: the {@code slug} key, or the front matter's start
 * @param slug            the URL name: {@code articles/SLUG/}
 * @param title           the headline
 * @param date            publication date, as precise as the source
 * @param updated         last update, if any
 * @param type            article or live blog
 * @param topics          topic ids: from front matter, else from the keyword rules
 * @param topicsExplained keyword matches, when the rules assigned the topics
 * @param tags            free tags
 * @param people          people named
 * @param places          places named
 * @param summary         the standfirst as plain text (front matter, else the first paragraph)
 * @param source          publication the copy comes from
 * @param sourceUrl       link to the original
 * @param author          byline
 * @param dateline        place line, printed before the first paragraph
 * @param body            the article's HTML; for a live blog, its introduction only
 * @param updates         a live blog's updates as published, newest first
 * @param events          dated events it reports
 * @param draft           kept out of the build unless {@code --drafts}
 * @param text            the whole plain text, for search
 * @param links           link targets written in the body, with their positions in the source file
 * @param summaryInText   whether the text already says the summary (or there is none), so pages need not print it above the body
 * @param namesAt         where its tags, people and places are written, to report names other articles spell differently
 * @param media           its relative links and images that name a media file's place, with whether one was published there
 */
public record Article(String sourceFile, Position slugAt, Slug slug, String title, NewsDate date, Optional<NewsDate> updated,
        ArticleType type, List<TopicId> topics, List<TopicMatch> topicsExplained, List<String> tags,
        List<String> people, List<String> places, String summary, Optional<String> source,
        Optional<String> sourceUrl, Optional<String> author, Optional<String> dateline, Html body,
        List<LiveUpdate> updates, List<Event> events, boolean draft, Utf8Text text, List<Position> links,
        boolean summaryInText, NamePositions namesAt, List<MediaLink> media) {

    /** An article with no links to media files. */
    public Article(String sourceFile, Position slugAt, Slug slug, String title, NewsDate date, Optional<NewsDate> updated,
            ArticleType type, List<TopicId> topics, List<TopicMatch> topicsExplained, List<String> tags,
            List<String> people, List<String> places, String summary, Optional<String> source,
            Optional<String> sourceUrl, Optional<String> author, Optional<String> dateline, Html body,
            List<LiveUpdate> updates, List<Event> events, boolean draft, Utf8Text text, List<Position> links,
            boolean summaryInText, NamePositions namesAt) {
        this(sourceFile, slugAt, slug, title, date, updated, type, topics, topicsExplained, tags, people, places, summary,
                source, sourceUrl, author, dateline, body, updates, events, draft, text, links, summaryInText, namesAt, List.of());
    }

    public Article {
        topics = List.copyOf(topics);
        topicsExplained = List.copyOf(topicsExplained);
        tags = List.copyOf(tags);
        people = List.copyOf(people);
        places = List.copyOf(places);
        updates = List.copyOf(updates);
        events = List.copyOf(events);
        links = List.copyOf(links);
        media = List.copyOf(media);
    }

    public boolean isLive() {
        return type == ArticleType.LIVE;
    }

    /**
     * When it last changed, for feeds, sitemaps and search engines: its {@code updated} date, else its
     * publication date, or, for a live blog, its newest update's time when that is later: a blog given
     * an update at 14:05 changed then, whether or not its {@code updated} was moved, and feed readers
     * look at this date to see that an entry changed.
     *
     * @param zone the site's zone, where a day or month starts
     */
    public NewsDate lastModified(ZoneId zone) {
        NewsDate last = updated.orElse(date);
        for (LiveUpdate u : updates) {
            if (u.date().isPresent() && u.date().get().start(zone).isAfter(last.start(zone))) {
                last = u.date().get();
            }
        }
        return last;
    }
}
