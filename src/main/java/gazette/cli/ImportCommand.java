package gazette.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** Placeholder until the importer lands. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Turns raw news copy into Markdown articles.")
final class ImportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 1;
    }
}
