package slotbot.funnel.bot;

/**
 * Where each part of a bot file starts, by its JSON pointer ("/blocks/2/arrows/0"): so that a fault
 * found while a dialog plays names the line of the file the author has to open, not only the block.
 * Whoever reads the file knows its lines; the runtime only asks.
 */
public interface SourceLines {

    /** For a bot read from a tree with no file behind it: every line is 0, "unknown". */
    SourceLines NONE = new SourceLines() {
        @Override
        public int at(String pointer) {
            return 0;
        }

        @Override
        public int textAt(String pointer) {
            return 0;
        }
    };

    /** The line (from 1) where the value at this pointer starts, or 0 when unknown. */
    int at(String pointer);

    /** The line of a text's first line (for a block scalar, |, the line after its key), or 0 when unknown. */
    int textAt(String pointer);
}
