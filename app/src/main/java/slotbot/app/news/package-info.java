/**
 * News between app instances: "something new was stored for chat X, for the calendar of branch Y". The instance that
 * committed tells its own open streams at once ({@link slotbot.app.news.News#stored}); other instances hear of it by
 * one listener each, however many streams they hold: on PostgreSQL a LISTEN on a connection of its own, fed by
 * batched NOTIFYs sent after the commit and outside the request's transaction ({@link slotbot.app.news.PostgresNews}),
 * plus a catch-up poll every few seconds for a notification lost to a crash; on H2 one poll a second for all streams
 * ({@link slotbot.app.news.CatchUpPoll}). Nothing is added to a booking's or a chat turn's transaction.
 */
package slotbot.app.news;
