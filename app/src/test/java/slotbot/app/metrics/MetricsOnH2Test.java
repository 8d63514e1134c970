package slotbot.app.metrics;

class MetricsOnH2Test extends MetricsContract {
}
