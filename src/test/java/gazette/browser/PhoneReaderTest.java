package gazette.browser;

/** {@link ReaderJourney} on a phone: a viewport 390 CSS pixels wide (an iPhone 12 to 15), touch layout. */
class PhoneReaderTest extends ReaderJourney {
    @Override
    int width() {
        return 390;
    }

    @Override
    int height() {
        return 844;
    }
}
