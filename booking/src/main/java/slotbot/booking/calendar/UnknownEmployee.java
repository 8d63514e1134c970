package slotbot.booking.calendar;

/** {@code employee_id} names no active employee of the branch. */
public final class UnknownEmployee extends InvalidRequest {

    private final long employeeId;

    UnknownEmployee(long employeeId, long companyId) {
        super("employee_id: no employee with id " + employeeId + " in branch " + companyId);
        this.employeeId = employeeId;
    }

    public long employeeId() {
        return employeeId;
    }
}
