/**
 * Reading the source folder: finds the article files ({@code *.md}, and {@code *.txt} raw copy
 * with a {@code NAME.yml} sidecar), decodes them strictly as UTF-8 and splits front matter from
 * body, lists the media files published beside them ({@link gazette.source.MediaFile}), and lists
 * the static folder, whose files are published as they are ({@link gazette.source.StaticFolder}). Takes
 * paths, gives {@link gazette.source.SourceDoc}s. Imports {@code diag} and {@code yaml}.
 */
package gazette.source;
