/**
 * The business's metrics, as Micrometer meters scraped at {@code /actuator/prometheus}: bookings, chat turns,
 * timers, the outboxes' backlogs and rate-limit refusals (docs/metrics.md lists every series). Each meter's
 * name, tags and buckets are fixed here, once; the features record into them. Tags take values from small
 * fixed sets only: never a client's id, phone or name, nor a bot's or a branch's.
 */
package slotbot.app.metrics;
