package gazette.content.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One of flexmark's core block parsers in its own place, asked only about the lines {@link #mayStart}
 * lets through; for any other line it would have answered "none" all the same, only slower. The core
 * parser is switched off in the options and this takes its place among the block parsers ({@link #install}):
 * its order constraints are the core parser's, naming the stand-ins as well as the core parsers they
 * stand in for.
 */
abstract class CoreBlockParserFilter implements CustomBlockParserFactory {
    private static final Map<Class<?>, Class<?>> STAND_INS = Map.of(HeadingParser.Factory.class, HeadingLines.class,
            FencedCodeBlockParser.Factory.class, FenceLines.class);

    private final CustomBlockParserFactory core;
    /** The option that switches the core parser on, switched off by {@link #install}. */
    private final DataKey<Boolean> coreSwitch;

    CoreBlockParserFilter(CustomBlockParserFactory core, DataKey<Boolean> coreSwitch) {
        this.core = core;
        this.coreSwitch = coreSwitch;
    }

    /** Makes {@code builder} parse headings and fenced code through the filters: core parsers off, these added. */
    static Parser.Builder install(Parser.Builder builder) {
        for (CoreBlockParserFilter filter : List.of(new HeadingLines(), new FenceLines())) {
            builder.set(filter.coreSwitch, false);
            builder.customBlockParserFactory(filter);
        }
        return builder;
    }

    /** Whether the core parser could start a block at this line; false only where it certainly could not. */
    abstract boolean mayStart(ParserState state);

    @Override
    public BlockParserFactory apply(DataHolder options) {
        BlockParserFactory parser = core.apply(options);
        return (state, matched) -> mayStart(state) ? parser.tryStart(state, matched) : BlockStart.none();
    }

    @Override
    public SpecialLeadInHandler getLeadInHandler(DataHolder options) {
        return core.getLeadInHandler(options);
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
        return withStandIns(core.getAfterDependents());
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return withStandIns(core.getBeforeDependents());
    }

    @Override
    public boolean affectsGlobalScope() {
        return core.affectsGlobalScope();
    }

    private static Set<Class<?>> withStandIns(Set<Class<?>> dependents) {
        if (dependents == null) {
            return null;
        }
        Set<Class<?>> named = new HashSet<>(dependents);
        for (Class<?> dependent : dependents) {
            Class<?> standIn = STAND_INS.get(dependent);
            if (standIn != null) {
                named.add(standIn);
            }
        }
        return named;
    }
}
