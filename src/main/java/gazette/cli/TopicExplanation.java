package gazette.cli;

import gazette.content.Article;
import gazette.content.LiveUpdate;
import gazette.content.TopicMatch;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

/** Prints which keywords gave each article and live update its topics ({@code --explain-topics}). */
final class TopicExplanation {
    private TopicExplanation() {
    }

    static void print(PrintStream out, List<Article> articles) {
        for (Article a : articles) {
            out.println(a.sourceFile() + ": " + describe(a.topicsExplained(), a.topics().isEmpty()));
            for (LiveUpdate u : a.updates()) {
                out.println("  #" + u.id() + ": " + describe(u.topicsExplained(), u.topics().isEmpty()));
            }
        }
    }

    private static String describe(List<TopicMatch> matches, boolean none) {
        if (matches.isEmpty()) {
            return none ? "no topics" : "topics given in the file";
        }
        return matches.stream().map(m -> m.topic() + " (" + String.join(", ", m.words()) + ")")
                .collect(Collectors.joining("; "));
    }
}
