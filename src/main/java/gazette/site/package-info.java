/**
 * Assembling the site: from articles to everything that lists them — topic pages, tag, people and
 * place pages, the timeline — and the check that no two articles share a URL. Takes
 * {@link gazette.content.Article}s and the config; gives one immutable {@link gazette.site.Site}.
 * Imports {@code diag}, {@code config}, {@code content}.
 */
package gazette.site;
