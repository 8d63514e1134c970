package slotbot.app.security.corpus;

/**
 * What the corpus aims at: the test catalog's branch, a sandbox branch made through the admin API (so that
 * edits hit it, not the branch the final booking needs), a booking, web chat conversations, the Telegram secret.
 */
public record Fixture(long company, long category, long jobTitle, long service, long employee, long booking,
                      String chatClient, String regexClient, String telegramSecret, String botYaml, String catalogYaml) {

    /** The test catalog's branch, service and employee (test-catalog.yaml). */
    public static final long BRANCH = 14275391;
    public static final long SERVICE = 844;
    public static final long EMPLOYEE = 463665;
    public static final long CLOSED_BRANCH = 2002;
    public static final String CLIENT = "corpus-client";
}
