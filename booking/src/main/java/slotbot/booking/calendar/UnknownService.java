package slotbot.booking.calendar;

/** One of {@code service_ids} names no active service of the branch. */
public final class UnknownService extends InvalidRequest {

    private final long serviceId;

    UnknownService(long serviceId, long companyId) {
        super("service_ids: no service with id " + serviceId + " in branch " + companyId);
        this.serviceId = serviceId;
    }

    public long serviceId() {
        return serviceId;
    }
}
