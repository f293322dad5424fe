/**
 * Checks over a built site: every link an author wrote and every link a page carries leads to a
 * page and anchor that exist, feeds and the sitemap name only existing pages. Takes the
 * {@link gazette.site.Site} and the rendered files; gives problems. Imports {@code diag},
 * {@code config}, {@code content}, {@code site}, {@code render}.
 */
package gazette.check;
