package gazette.site;

import gazette.content.NewsDate;

import java.util.Optional;

/**
 * One line of the timeline.
 *
 * @param kind         what it is: a live blog's own entry is {@link Kind#LIVE_BLOG}, as the home page calls it, not an article
 * @param date         when; for an undated live update, the date of its older dated neighbour
 * @param dateGiven    false when the source gave no date and {@code date} is only its position
 * @param between      for an undated update: "30 June 2013 and 1 July 2013", the neighbours it sits between
 * @param title        what to show
 * @param path         the page (and anchor) it links to
 * @param articleTitle the article it comes from
 */
public record TimelineEntry(Kind kind, NewsDate date, boolean dateGiven, Optional<String> between, String title,
        String path, String articleTitle) {

    public enum Kind { EVENT, ARTICLE, LIVE_BLOG, UPDATE }
}
