package slotbot.app.admin;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import slotbot.app.errors.BadInput;

import java.time.LocalDate;
import java.util.Map;

/**
 * The owner sees who waits for a day at a branch, in line order, and the start held for each one that was offered
 * freed time: {@code GET /api/v1/admin/waitlist?company_id=14275391&date=2030-03-05}.
 */
@RestController
class AdminWaitlistController {

    private final AdminWaitlistRows rows;

    AdminWaitlistController(AdminWaitlistRows rows) {
        this.rows = rows;
    }

    @GetMapping(path = "/api/v1/admin/waitlist", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> day(@RequestParam Map<String, String> query) {
        Long companyId = BookingFilter.id(query, "company_id");
        LocalDate date = BookingFilter.date(query, "date");
        if (companyId == null) {
            throw new BadInput("company_id: expected the branch's id such as 14275391, got nothing");
        }
        if (date == null) {
            throw new BadInput("date: expected a date as yyyy-MM-dd such as \"2030-03-05\", got nothing");
        }
        return ResponseEntity.ok(rows.day(companyId, date));
    }
}
