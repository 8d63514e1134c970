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
 */
public record Block(String id, boolean state, Trigger trigger, String code, String text, List<Button> buttons,
                    String buttonsVariable, List<Arrow> arrows) {

    private static final Comparator<Arrow> BY_PRIORITY =
            Comparator.comparingInt(Arrow::priority).reversed().thenComparingInt(Arrow::index);

    public Block {
        buttons = List.copyOf(buttons);
        arrows = List.copyOf(arrows);
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
