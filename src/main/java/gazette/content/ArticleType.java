package gazette.content;

/** An ordinary article, or a live blog whose {@code ##} sections are its updates, newest first. */
public enum ArticleType {
    ARTICLE, LIVE
}
