package gazette.content.markdown;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.TextContainer;
import com.vladsch.flexmark.util.misc.BitFieldSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.builder.ISequenceBuilder;

/**
 * Character references ({@code &amp;}, {@code &#233;}, {@code &#x1F600;}) whose plain text is the
 * character they stand for.
 *
 * <p>Why: flexmark's entity node gives its plain text through a mapping of the source that writes a
 * numeric reference's character as a Java array would print it ({@code Arrays.toString} of its chars),
 * so {@code &#233;} read {@code [é]} and {@code &#x1F600;} {@code [?, ?]} wherever flexmark or Gazette
 * collects text rather than renders it: a live update's title in the timeline and the feeds, an
 * image's alt text, heading anchors, search data and topic matching. Named references were right. The
 * inline parser ({@link LinearInlineParser#parseEntity}) makes this node instead of flexmark's;
 * {@link BodyHtml} renders it as flexmark rendered its own, and its text comes from the same decoding
 * as the rendered page.
 */
final class CharacterReferences {
    private CharacterReferences() {
    }

    /** A character reference; the page shows, and the plain text holds, the character it stands for. */
    static final class CharacterReference extends HtmlEntity {
        CharacterReference(BasedSequence chars) {
            super(chars);
        }

        @Override
        public boolean collectText(ISequenceBuilder<? extends ISequenceBuilder<?, BasedSequence>, BasedSequence> out, int flags,
                NodeVisitor nodeVisitor) {
            out.append(BitFieldSet.any(flags, TextContainer.F_NODE_TEXT) ? getChars() : getChars().unescape());
            return false;
        }
    }
}
