package slotbot.app.security.corpus;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The path a lenient router could make of a raw target: percent-decoded (also twice: a proxy may decode once
 * more), backslashes as slashes, path parameters ({@code ;x}) dropped, empty and dot segments resolved. The
 * corpus uses it to decide which probes aim at a protected API, so it errs on the side of "protected".
 */
final class PathNormaliser {

    private PathNormaliser() {
    }

    static String normalise(String target) {
        int query = target.indexOf('?');
        String path = query < 0 ? target : target.substring(0, query);
        path = decode(decode(path)).replace('\\', '/');
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            int parameter = segment.indexOf(';');
            String name = parameter < 0 ? segment : segment.substring(0, parameter);
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                segments.pollLast();
            } else {
                segments.addLast(name);
            }
        }
        return "/" + String.join("/", segments);
    }

    private static String decode(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                out.append((char) Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
