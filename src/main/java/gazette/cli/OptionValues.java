package gazette.cli;

import gazette.config.BaseUrl;
import gazette.content.NewsDate;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.time.DateTimeException;
import java.time.ZoneOffset;

/**
 * Checks of option values the command line gives, so that an unusable one is a usage error (exit
 * code 2, with the option's name and the command's usage) before anything is read or written, as the
 * contract says, rather than a content error at a made-up {@code --base-url:1:1:}. Each converter
 * hands the value on as it was written; the commands read it as before.
 */
final class OptionValues {
    private OptionValues() {
    }

    /** {@code --base-url}: an http(s) address without query, fragment or credentials ({@link BaseUrl#parse}). */
    static final class SiteAddress implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (BaseUrl.parse(value).isEmpty()) {
                throw new TypeConversionException("'" + value + "' " + BaseUrl.whatIsWrong(value)
                        + " (for example https://example.github.io/uk-kazakhstan/)");
            }
            return value;
        }
    }

    /** {@code --date}: one of the forms front matter takes. */
    static final class PublicationDate implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                NewsDate.parse(value, ZoneOffset.UTC);
                return value;
            } catch (DateTimeException e) {
                throw new TypeConversionException("'" + value + "' is not a date: use 2013-07-01, 2013-07-01T10:30:00+06:00 or 1994-03");
            }
        }
    }

    /** {@code --source-url}: an http(s) link, which is all a build accepts as {@code source_url}. */
    static final class SourceLink implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            // As a build reads source_url: characters a URI may not hold as they are are encoded.
            return gazette.content.SourceLink.http(value).orElseThrow(
                    () -> new TypeConversionException("'" + value + "' is not an http(s) link" + gazette.content.SourceLink.why(value)));
        }
    }
}
