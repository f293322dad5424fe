package gazette.browser;

/** {@link ReaderJourney} on a desktop: a viewport 1280 CSS pixels wide. */
class DesktopReaderTest extends ReaderJourney {
    @Override
    int width() {
        return 1280;
    }

    @Override
    int height() {
        return 800;
    }
}
