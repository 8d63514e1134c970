package slotbot.app.security.corpus;

import java.util.ArrayList;
import java.util.List;

/** The whole corpus, in the order it is sent. */
public final class HostileCorpus {

    private HostileCorpus() {
    }

    /** What a stranger can send: the public endpoints, and the protected ones without (or with a wrong) token. */
    public static List<Probe> withoutToken(Fixture f) {
        List<Probe> probes = new ArrayList<>();
        probes.addAll(ProtectedCorpus.withoutToken(f));
        probes.addAll(ChatCorpus.all(f));
        probes.addAll(ServerCorpus.all());
        return probes;
    }

    /** What a holder of the token can send; the catalog comes last, since a valid import deactivates the sandbox. */
    public static List<Probe> withToken(Fixture f) {
        List<Probe> probes = new ArrayList<>();
        probes.addAll(FunctionCorpus.all(f));
        probes.addAll(AdminCorpus.all(f));
        probes.addAll(ProtectedCorpus.withToken(f));
        probes.addAll(CatalogCorpus.all(f));
        return probes;
    }
}
