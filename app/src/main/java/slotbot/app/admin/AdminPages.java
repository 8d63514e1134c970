package slotbot.app.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The business owner's admin page: a calendar of the bookings over the admin API, token asked in the page. */
@Controller
class AdminPages {

    @GetMapping("/admin")
    String admin() {
        return "forward:/admin/admin.html";
    }
}
