package slotbot.app.payments;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.ResponseBody;
import slotbot.app.SlotbotProperties;
import slotbot.app.errors.BadInput;
import slotbot.app.errors.NotFound;
import slotbot.app.dialog.CallbackSender;

import java.util.Map;

/**
 * The payment link of the demo bot. No payment provider is configured, so the page says so; in
 * demo mode it offers a "pay (demo)" button that sends the dialog the callback a payment provider
 * would send, {@code payment_received [order]}, so the paid path can be tried and tested. An order
 * is paid once: a second payment is refused (409), and the callback goes only with the payment row.
 */
@Controller
class DemoPayments {

    private final PayableOrders orders;
    private final CallbackSender callbacks;
    private final TransactionTemplate transactions;
    private final boolean demo;

    DemoPayments(PayableOrders orders, CallbackSender callbacks, TransactionTemplate transactions, SlotbotProperties properties) {
        this.orders = orders;
        this.callbacks = callbacks;
        this.transactions = transactions;
        this.demo = properties.loadsDemo();
    }

    @GetMapping("/pay/{bot}/{client}")
    String page() {
        return "forward:/assets/pay.html";
    }

    @PostMapping("/api/v1/pay/{bot}/{client}")
    @ResponseBody
    ResponseEntity<Map<String, Object>> pay(@PathVariable String bot, @PathVariable String client,
                                            @RequestParam(name = "order", defaultValue = "") String order) {
        if (!demo) {
            throw new NotFound("payments are not configured; demo payments work only with slotbot.demo=true");
        }
        if (!order.matches("\\d{1,18}")) {
            throw new BadInput("order: expected a booking id such as 17, got \"" + (order.length() > 40 ? order.substring(0, 40) : order) + "\"");
        }
        transactions.executeWithoutResult(status -> {
            orders.pay(bot, client, Long.parseLong(order));
            callbacks.send(bot, client, "payment_received [" + order + "]");
        });
        return ResponseEntity.ok(Map.of("status", true, "message", "demo payment sent"));
    }
}
