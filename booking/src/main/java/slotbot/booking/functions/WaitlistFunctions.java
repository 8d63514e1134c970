package slotbot.booking.functions;

import slotbot.booking.calendar.JoinRequest;
import slotbot.booking.calendar.Requester;
import slotbot.booking.calendar.Waitlist;
import slotbot.booking.calendar.WaitlistEntry;

import java.util.Map;

/** join_waitlist and leave_waitlist: positional arguments to the {@link Waitlist}, for the calling client. */
final class WaitlistFunctions {

    private final Waitlist waitlist;

    WaitlistFunctions(Waitlist waitlist) {
        this.waitlist = waitlist;
    }

    /** join_waitlist(company_id, service_ids, date, employee_id) */
    Map<String, Object> join(Call call) {
        String client = call.client();
        Args args = call.args();
        WaitlistEntry entry = waitlist.join(new JoinRequest(args.id(0, "company_id"), args.serviceIds(1, "service_ids"),
                args.date(2, "date"), args.optionalId(3, "employee_id"), client));
        return Views.map("status", true, "waitlist_id", entry.id());
    }

    /** leave_waitlist(waitlist_id) */
    Map<String, Object> leave(Call call) {
        String client = call.client();
        waitlist.leave(call.args().id(0, "waitlist_id"), Requester.client(client));
        return Views.map("status", true);
    }
}
