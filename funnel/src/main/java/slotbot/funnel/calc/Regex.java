package slotbot.funnel.calc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/** findall of Python's re, through {@link BoundedRegex}: a bounded pattern and a bounded match. */
final class Regex {

    private Regex() {
    }

    /** Python's re.findall: whole matches, or the one group, or a list of the groups per match. */
    static List<Object> findAll(String pattern, String text, Budget budget) {
        return BoundedRegex.run(BoundedRegex.compile(pattern, 0), text, matcher -> matches(matcher, budget));
    }

    private static List<Object> matches(Matcher matcher, Budget budget) {
        List<Object> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(groups(matcher));
            budget.checkItems(found.size());
        }
        return found;
    }

    private static Object groups(Matcher matcher) {
        if (matcher.groupCount() == 0) {
            return matcher.group();
        }
        if (matcher.groupCount() == 1) {
            return orEmpty(matcher.group(1));
        }
        List<Object> groups = new ArrayList<>();
        for (int i = 1; i <= matcher.groupCount(); i++) {
            groups.add(orEmpty(matcher.group(i)));
        }
        return groups;
    }

    private static String orEmpty(String group) {
        return group == null ? "" : group;
    }
}
