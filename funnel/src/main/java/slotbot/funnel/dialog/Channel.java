package slotbot.funnel.dialog;

/** Where the client writes from, for the built-in variables messenger, platform_id, name and full_name. */
public record Channel(String messenger, String platformId, String name, String fullName) {

    public static Channel web(String clientId) {
        return new Channel("web", clientId, "", "");
    }
}
