package slotbot.funnel.bot;

/**
 * The condition that makes a block answer on any input, wherever the client is: a start-condition
 * block when the block is a state, a quick answer when it is not.
 *
 * @param callbacksOnly reacts to callbacks only, so that typing a callback's text cannot fake one
 */
public record Trigger(Condition condition, int priority, boolean callbacksOnly) {
}
