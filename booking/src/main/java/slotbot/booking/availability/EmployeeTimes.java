package slotbot.booking.availability;

import slotbot.booking.catalog.Schedule;

/** What the engine needs of one employee: when they work and when they are already booked. */
public record EmployeeTimes(long employeeId, Schedule schedule, BusyTimes busy) {
}
