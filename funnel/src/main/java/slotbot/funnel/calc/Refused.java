package slotbot.funnel.calc;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Builder functions slotbot refuses on purpose: the service behind them is not run here. A bot
 * that calls one is refused when it is checked, with what the function needs and what to use
 * instead, never as an unknown function. The names are the builder's own (its calculator's list).
 */
final class Refused {

    private record Family(Pattern names, String service, String instead) {
    }

    private static final List<Family> FAMILIES = List.of(
            family("get_\\w+_payment_url|get_\\w+_subscription_(url|info)|\\w*_recurrent_payment|tinkoff_\\w+|cloudpayments_\\w+"
                            + "|prodamus_\\w+|robokassa_\\w+|paypal_\\w+|stripe_\\w+|life_pay_\\w+|lava_\\w+|payeer_function"
                            + "|coinpayments_\\w+|inxy_\\w+|\\w+_generate_payment_url|mandarin_\\w+|payselection_\\w+|\\w*bepaid\\w*"
                            + "|tg_send_invoice",
                    "a payment provider",
                    "book with create_booking and give the client a link button to your payment page"),
            family("get_order_id|create_order|set_order_\\w+|get_order_\\w+|get_(active|success|fail)_orders_ids"
                            + "|move_order_to_next_state|get_state_id|change_state|latest_order_datetime|count_client_orders"
                            + "|get_count_orders|delete_order|assign_order_to_user|get_current_pipline_id|amo_\\w+|bitrix_\\w+"
                            + "|moysklad_\\w+|klientiks_\\w+|getcourse_\\w+|change_order_shop_status",
                    "the builder's CRM deals or an outside CRM",
                    "keep what a deal held in the client's variables (set_client_var) or in project variables (project.x);"
                            + " bookings are kept by the booking functions"),
            family("sheet_\\w+|gd_\\w+|save_google_doc|get_info_from_table|get_records_from_table|\\w+_table_\\w*"
                            + "|set_inline_menu_from_sheet|c2n|n2c|addCols|add_cols",
                    "tables (Google Sheets, Google Docs or Salebot tables)",
                    "keep shared data in project variables (project.x), and services and prices in the catalog"),
            family("create_list\\w*|add_to_list\\w*|list_size\\w*|lists_joint_count|move_to_list\\w*|remove_from_list\\w*"
                            + "|clear_list\\w*|inlist|some_client_in_list|create_label\\w*|add_label|remove_label\\w*|has_label"
                            + "|count_of_clients_with_label|get_all_client_labels|get_all_client_lists|remove_multiple_client_labels"
                            + "|remove_list_from_project|find_clients_by_multiple_labels|has_client_multiple_labels",
                    "the builder's client lists and labels",
                    "keep a list of client ids in a project variable (project.x = append(x, client_id))"),
            family("assign_to_user|distribute_client|free_client|get_operator\\w*|check_operator_status|set_note|add_unread"
                            + "|clear_unread|create_task|update_task|done_task|delete_task|status_task|days_from_last_message"
                            + "|unsubscribe|block_client|unblock_client|delete_pended_messages\\w*|pause_bot|get_bind_clients"
                            + "|get_main_id|merge_client|unmerge_client|get_merge_link|find_client_id|get_client_id_by_platform_id",
                    "the builder's operators, tasks and client cards",
                    "tell the business with callback() to a manager's dialog or a webhook (docs/api.md)"),
            family("tg_(?!escape$)\\w+|vk_\\w+|insta_\\w+|ig_\\w+|fb_\\w+|whatsapp_message|check_whatsapp"
                            + "|get_whatsapp_bot_id_by_phone|check_insta_subscription|check_vk_subscription|platform_message|message"
                            + "|send_carousel|online_chat_send_form|like_client_message|reply_to_mention|comment_text"
                            + "|remove_last_message|last_message_id|last_messages_ids",
                    "a messenger's own API",
                    "write the message as a block's text and buttons; to reach another client use callback(client_id, text)"),
            family("send_email\\w*|sendpulse_\\w+|confirm_email_subscription",
                    "e-mail or SMS sending", "send them from the webhook receiver of your own server (docs/api.md)"),
            family("requests_(post|get|put|patch|delete)|proxy\\w*|short\\w*|quiz_link\\w*|code_executor|remove_links"
                            + "|remove_one_time_links|remove_timer_links",
                    "calls to other servers, which bot code never makes (it runs without network access)",
                    "receive the booking webhooks on your server (docs/api.md) and call the function API from there"),
            family("open_ai_\\w+|ai_context_answer|clear_assistant_chat_history|vk_vision_recognize_text",
                    "an AI service", "answer with blocks and conditions; get_info_for_booking() gives a text for your own assistant"),
            family("uiscom_\\w+|sipuni_\\w+|mango_\\w+|iptelefon_\\w+|zadarma_call|zvonobot_\\w+|telphin_\\w+|onlinepbx_\\w+"
                            + "|megafon_call",
                    "telephony", "have the business call back: notify it with callback() or a webhook"),
            family("ga4_event|ga_\\w+|ym_\\w+", "web analytics", "count in project variables (project.visits = visits + 1)"),
            family("bizon365_\\w+|myownconference_\\w+|webinargeek_\\w+|register_customer\\w*|del_customer_from_course"
                            + "|has_customer_tariff\\w*|access_course_from_webapp|customer_was_on_translation|get_certificate"
                            + "|get_custom_image",
                    "webinars and online courses", "keep a client's access in their variables"),
            family("game_\\w+", "the builder's chat games", "keep scores in project variables (project.scores)"),
            family("wildberries_\\w+|ozon_\\w+|send_(un)?subscribe_to_\\w+",
                    "marketplaces and ad networks", "handle them outside the bot, from a webhook (docs/api.md)"));

    private Refused() {
    }

    private static Family family(String names, String service, String instead) {
        return new Family(Pattern.compile(names), service, instead);
    }

    /** Why {@code name} is refused and what to use instead, or null when it is no such function. */
    static String why(String name) {
        if (name.length() > 100) {
            return null;
        }
        for (Family family : FAMILIES) {
            if (family.names().matcher(name).matches()) {
                return "Function '" + name + "' needs " + family.service() + ", which slotbot does not run: " + family.instead() + ".";
            }
        }
        return null;
    }
}
