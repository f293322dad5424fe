/**
 * Raw copy in, Markdown out: reads plain text pasted from news sites and wire services (already
 * decoded by {@link gazette.source.SourceText}) and finds its headline, standfirst, byline,
 * dateline, live updates with their times, photo and video captions and attributed quotes, dropping
 * page furniture. {@link gazette.content.rawcopy.RawCopyReader} gives an
 * {@link gazette.content.rawcopy.ImportedCopy}; {@link gazette.content.rawcopy.MarkdownArticleWriter}
 * turns it into the text of a Gazette {@code .md} article. Imports only {@code diag}.
 */
package gazette.content.rawcopy;
