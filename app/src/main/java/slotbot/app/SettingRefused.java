package slotbot.app;

/**
 * A {@code slotbot.*} setting refused at start-up. The message names the property, the form expected and, unless it
 * is a secret, the value given; {@link SettingRefusedAnalyzer} prints it instead of a stack trace.
 */
public class SettingRefused extends IllegalArgumentException {

    public SettingRefused(String message) {
        super(message);
    }

    /** {@code <property>: expected <form>, got "<value>"}. */
    public static SettingRefused of(String property, String expected, Object given) {
        return new SettingRefused(property + ": expected " + expected + ", got \"" + given + "\"");
    }
}
