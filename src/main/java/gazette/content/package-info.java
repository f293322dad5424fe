/**
 * Interpreting sources: front matter becomes typed fields, Markdown becomes HTML (once per file),
 * live blogs are cut into updates, raw copy ({@code .txt}) goes through the importer first.
 * Takes {@link gazette.source.SourceDoc}s and the {@link gazette.config.SiteConfig}; gives
 * immutable {@link gazette.content.Article}s. Imports {@code diag}, {@code yaml}, {@code config},
 * {@code source}.
 */
package gazette.content;
