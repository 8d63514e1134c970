package slotbot.booking.calendar;

/** No active branch has the id given as {@code company_id}. */
public final class UnknownBranch extends InvalidRequest {

    private final long companyId;

    UnknownBranch(long companyId) {
        super("company_id: no branch with id " + companyId);
        this.companyId = companyId;
    }

    public long companyId() {
        return companyId;
    }
}
