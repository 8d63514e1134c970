package slotbot.funnel.bot;

import java.util.Comparator;
import java.util.List;

/**
 * One step of a bot: its code runs first, then its buttons are built, then its text is sent.
 *
 * @param state         entering moves the client into the block (otherwise it answers and the client stays)
 * @param trigger       when present, the block reacts to matching input wherever the client is
 * @param buttons       static buttons, used when {@code buttonsVariable} is null
 * @param buttonsVariable the variable whose list makes the buttons ({@code buttons: "#{buttons}"})
 * @param lines         where the block, its text and its code start in the bot file (0: unknown)
 * @param name          the block's name for people (get_block_name_by_id), its id when the file gives none
 */
public record Block(String id, boolean state, Trigger trigger, String code, String text, List<Button> buttons,
                    String buttonsVariable, List<Arrow> arrows, Lines lines, String name) {

    /** Lines of the bot file, from 1; 0 where unknown. {@code code} is the line of the code's first line. */
    public record Lines(int block, int text, int code) {
        public static final Lines UNKNOWN = new Lines(0, 0, 0);

        /** The file line of a line of the block's code (counted from 1), or that code line itself when the file is unknown. */
        public int ofCode(int codeLine) {
            return code > 0 && codeLine > 0 ? code + codeLine - 1 : codeLine;
        }
    }

    private static final Comparator<Arrow> BY_PRIORITY =
            Comparator.comparingInt(Arrow::priority).reversed().thenComparingInt(Arrow::index);

    public Block {
        buttons = List.copyOf(buttons);
        arrows = List.copyOf(arrows);
        name = name == null ? id : name;
    }

    public Block(String id, boolean state, Trigger trigger, String code, String text, List<Button> buttons,
                 String buttonsVariable, List<Arrow> arrows, Lines lines) {
        this(id, state, trigger, code, text, buttons, buttonsVariable, arrows, lines, null);
    }

    /** Arrows that wait for input, the higher priority first, ties in file order. */
    public List<Arrow> inputArrows() {
        return arrows.stream().filter(Arrow::waitsForInput).sorted(BY_PRIORITY).toList();
    }

    public List<Arrow> immediateArrows() {
        return arrows.stream().filter(Arrow::isImmediate).sorted(BY_PRIORITY).toList();
    }

    public List<Arrow> timedArrows() {
        return arrows.stream().filter(Arrow::isTimed).toList();
    }

    public boolean hasCode() {
        return code != null && !code.isBlank();
    }
}
